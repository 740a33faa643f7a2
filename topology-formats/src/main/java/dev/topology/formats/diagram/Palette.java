package dev.topology.formats.diagram;

import dev.topology.api.Severity;

/**
 * The colours and words both exports share, so that a DOT picture and a Mermaid one of the same
 * graph read the same. Severity is colour: red for HIGH, amber for MEDIUM, green for LOW.
 */
final class Palette {
  private static final String[] FILL = {"#d9ead3", "#fff2cc", "#f4cccc"};
  private static final String[] STROKE = {"#38761d", "#b45f06", "#990000"};
  static final String FAILED_STROKE = "#000000";
  static final String PLAIN_FILL = "#ffffff";
  static final String PLAIN_STROKE = "#666666";
  static final String STARTUP_EDGE = "#333333";
  static final String RUNTIME_EDGE = "#1f4e79";
  static final String GATE_EDGE = "#990000";
  static final String OPTIONAL_EDGE = "#777777";

  static final String ONE_SHOT = "one-shot task";
  static final String STARTUP_ONLY = "needed only at startup";
  static final String EXTERNAL = "run outside the installation";
  static final String FAILED = "failed";
  static final String NEEDS = "a needs b to start";
  static final String TALKS = "a talks to b while running";
  static final String GATE = "a is down with startup gate b";
  static final String WANTS = "a wants b first (optional: never takes a down)";

  private Palette() {}

  static String fill(Severity severity) {
    return FILL[severity.ordinal()];
  }

  static String stroke(Severity severity) {
    return STROKE[severity.ordinal()];
  }

  static String severityLabel(Severity severity) {
    return severity + " severity";
  }
}
