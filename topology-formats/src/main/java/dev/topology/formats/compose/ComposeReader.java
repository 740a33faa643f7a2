package dev.topology.formats.compose;

import dev.topology.api.Severity;
import dev.topology.api.TopologyException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the text of a Docker Compose file into a {@link ComposeProject}: its services as a
 * {@link dev.topology.api.Topology}, its profiles as on/off choices.
 *
 * <pre>{@code
 * ComposeProject project = ComposeReader.defaults().read(yaml);
 * ComposeProject staged = ComposeReader.builder()
 *     .variables(Map.of("TAG", "1.4"))
 *     .defaultSeverity(Severity.HIGH)
 *     .build()
 *     .read(yaml);
 * Topology withDebug = project.resolve(project.deployment(List.of("debug")));
 * }</pre>
 *
 * <p>The reader does no I/O: the caller reads the file and the variables (an env file, the
 * environment) and passes them in. Only the variables given are interpolated. A reader is
 * immutable and may be shared between threads.
 *
 * <p>Cost: linear in the length of the text; documents are refused beyond 8 MiB of characters,
 * 64 levels of nesting, keys of 1024 characters, or 5,000,000 values with aliases expanded.
 */
public final class ComposeReader {
  private static final ComposeReader DEFAULTS =
      new ComposeReader(Map.of(), Severity.MEDIUM, false);

  private final Map<String, String> variables;
  private final Severity defaultSeverity;
  private final boolean keepScaledToZero;

  private ComposeReader(Map<String, String> variables, Severity defaultSeverity,
      boolean keepScaledToZero) {
    this.variables = variables;
    this.defaultSeverity = defaultSeverity;
    this.keepScaledToZero = keepScaledToZero;
  }

  /**
   * Returns the reader without variables whose services take {@link Severity#MEDIUM} unless a
   * label says otherwise.
   *
   * @return the default reader
   */
  public static ComposeReader defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder, starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a Compose file.
   *
   * @param yaml the text of the file
   * @return the project: its topology and profiles
   * @throws ComposeFileException listing every problem found, each with its place in the file
   */
  public ComposeProject read(String yaml) {
    Object root = ComposeYaml.read(yaml);
    return new ComposeMapping(new Interpolation(variables), defaultSeverity, keepScaledToZero)
        .map(root);
  }

  /**
   * Returns the variables this reader interpolates.
   *
   * @return an unmodifiable map, sorted by name
   */
  public Map<String, String> variables() {
    return variables;
  }

  /**
   * Returns the severity of services without a severity label.
   *
   * @return the severity
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns whether services scaled to 0 stay in the topology.
   *
   * @return false unless {@link Builder#keepScaledToZero(boolean)} said otherwise
   */
  public boolean keepsScaledToZero() {
    return keepScaledToZero;
  }

  @Override
  public String toString() {
    return "ComposeReader[" + variables.size() + " variables, default severity "
        + defaultSeverity + (keepScaledToZero ? ", keeping services scaled to 0" : "") + "]";
  }

  /** Builds a {@link ComposeReader}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> variables = new TreeMap<>();
    private Severity defaultSeverity = Severity.MEDIUM;
    private boolean keepScaledToZero;

    private Builder() {}

    /**
     * Sets whether services scaled to 0 ({@code scale: 0}, {@code deploy.replicas: 0}) stay in
     * the topology as if started. By default they are left out, with a {@linkplain
     * ComposeProject#notes() note}, as {@code docker compose up} starts no container of them.
     *
     * @param keep true to keep them
     * @return this builder
     */
    public Builder keepScaledToZero(boolean keep) {
      this.keepScaledToZero = keep;
      return this;
    }

    /**
     * Adds variables for interpolation, replacing those of the same names.
     *
     * @param values the value of each variable, by name
     * @return this builder
     * @throws TopologyException if the map, a name or a value is null
     */
    public Builder variables(Map<String, String> values) {
      if (values == null) {
        throw new TopologyException("A Compose reader needs variables, not null.");
      }
      values.forEach(this::variable);
      return this;
    }

    /**
     * Adds one variable for interpolation, or replaces its value.
     *
     * @param name the variable's name
     * @param value its value; may be empty
     * @return this builder
     * @throws TopologyException if the name or the value is null
     */
    public Builder variable(String name, String value) {
      if (name == null || value == null) {
        throw new TopologyException("A Compose variable needs a name and a value, not null"
            + " (variable " + Interpolation.quote(String.valueOf(name)) + ").");
      }
      variables.put(name, value);
      return this;
    }

    /**
     * Sets the severity of services without a {@code dev.topology.severity} label.
     *
     * @param severity the severity; {@link Severity#MEDIUM} unless set
     * @return this builder
     * @throws TopologyException if the severity is null
     */
    public Builder defaultSeverity(Severity severity) {
      if (severity == null) {
        throw new TopologyException("A Compose reader needs a default severity, not null.");
      }
      this.defaultSeverity = severity;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public ComposeReader build() {
      return new ComposeReader(java.util.Collections.unmodifiableMap(new TreeMap<>(variables)),
          defaultSeverity, keepScaledToZero);
    }
  }
}
