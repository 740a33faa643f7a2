package dev.topology.formats.internal;

import dev.topology.api.Severity;

/**
 * The colours and words every picture of a topology shares (DOT, Mermaid, Structurizr's
 * styles), so that two pictures of the same graph read the same. Severity is colour: red for
 * HIGH, amber for MEDIUM, green for LOW.
 */
public final class Palette {
  private static final String[] FILL = {"#d9ead3", "#fff2cc", "#f4cccc"};
  private static final String[] STROKE = {"#38761d", "#b45f06", "#990000"};
  /** The outline of a failed service. */
  public static final String FAILED_STROKE = "#000000";
  /** The fill of a service drawn without its severity. */
  public static final String PLAIN_FILL = "#ffffff";
  /** The outline of a service drawn without its severity. */
  public static final String PLAIN_STROKE = "#666666";
  /** The colour of a startup dependency. */
  public static final String STARTUP_EDGE = "#333333";
  /** The colour of a runtime interaction. */
  public static final String RUNTIME_EDGE = "#1f4e79";
  /** The colour of the edge to a startup gate. */
  public static final String GATE_EDGE = "#990000";
  /** The colour of an optional dependency. */
  public static final String OPTIONAL_EDGE = "#777777";

  /** The words for a one-shot task. */
  public static final String ONE_SHOT = "one-shot task";
  /** The words for a service needed only at startup. */
  public static final String STARTUP_ONLY = "needed only at startup";
  /** The words for a service run outside the installation. */
  public static final String EXTERNAL = "run outside the installation";
  /** The word for a failed service. */
  public static final String FAILED = "failed";
  /** The legend of a startup dependency. */
  public static final String NEEDS = "a needs b to start";
  /** The legend of a runtime interaction. */
  public static final String TALKS = "a talks to b while running";
  /** The legend of the edge to a startup gate. */
  public static final String GATE = "a is down with startup gate b";
  /** The legend of an optional dependency. */
  public static final String WANTS = "a wants b first (optional: never takes a down)";

  private Palette() {}

  /**
   * Returns the fill of a service of a severity.
   *
   * @param severity the severity
   * @return an RGB colour such as {@code #f4cccc}
   */
  public static String fill(Severity severity) {
    return FILL[severity.ordinal()];
  }

  /**
   * Returns the outline of a service of a severity.
   *
   * @param severity the severity
   * @return an RGB colour such as {@code #990000}
   */
  public static String stroke(Severity severity) {
    return STROKE[severity.ordinal()];
  }

  /**
   * Returns the words for a severity.
   *
   * @param severity the severity
   * @return such as {@code HIGH severity}
   */
  public static String severityLabel(Severity severity) {
    return severity + " severity";
  }
}
