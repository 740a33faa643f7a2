package dev.topology.formats.compose;

import dev.topology.api.Severity;
import dev.topology.api.TopologyException;
import dev.topology.api.internal.Quoting;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Several files are read as {@code docker compose -f compose.yaml -f compose.override.yaml}
 * reads them: {@link #read(List)} merges each onto the ones before it by the Compose
 * specification's merge rules (compose-spec {@code 13-merge.md}), {@code !reset} and {@code
 * !override} honoured. A service's {@code extends} is applied, and a file's {@code include}
 * read, before the file is merged; the other files they name come from the {@linkplain
 * Builder#resolver(ComposeFileResolver) resolver}, if one is set:
 *
 * <pre>{@code
 * ComposeProject merged = ComposeReader.builder()
 *     .resolver(path -> Optional.ofNullable(files.get(path)))
 *     .build()
 *     .read(List.of(ComposeFile.of("compose.yaml", base),
 *         ComposeFile.of("compose.override.yaml", override)));
 * }</pre>
 *
 * <p>The reader does no I/O: the caller reads the files and the variables (an env file, the
 * environment) and passes them in. Only the variables given are interpolated. A reader is
 * immutable and may be shared between threads (if its resolver may).
 *
 * <p>Cost: linear in the length of the texts; a document is refused beyond 8 MiB of characters,
 * 64 levels of nesting, keys of 1024 characters, or 5,000,000 values with aliases expanded, and
 * a read beyond 1000 files or 64 MiB of text read through the resolver.
 */
public final class ComposeReader {
  private static final ComposeReader DEFAULTS =
      new ComposeReader(Map.of(), Severity.MEDIUM, false, null);

  private final Map<String, String> variables;
  private final Severity defaultSeverity;
  private final boolean keepScaledToZero;
  private final ComposeFileResolver resolver;

  private ComposeReader(Map<String, String> variables, Severity defaultSeverity,
      boolean keepScaledToZero, ComposeFileResolver resolver) {
    this.variables = variables;
    this.defaultSeverity = defaultSeverity;
    this.keepScaledToZero = keepScaledToZero;
    this.resolver = resolver;
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
   * Reads a Compose file. Its messages name places in the file, not the file; a file it names
   * ({@code extends.file}, {@code include}) is resolved from the project folder.
   *
   * @param yaml the text of the file
   * @return the project: its topology and profiles
   * @throws ComposeFileException listing every problem found, each with its place in the file
   */
  public ComposeProject read(String yaml) {
    if (yaml == null) {
      throw new ComposeFileException("", "A Compose file is read from text, not null.");
    }
    return read(List.of(ComposeFile.of("compose.yaml", yaml)), true);
  }

  /**
   * Reads the files of a project, each merged onto the ones before it, as {@code docker compose
   * -f first -f second} does.
   *
   * @param first the main file: relative paths are resolved from its folder
   * @param overrides the files merged onto it, in order
   * @return the project of the merged files
   * @throws ComposeFileException listing every problem found, each with its file and place
   */
  public ComposeProject read(ComposeFile first, ComposeFile... overrides) {
    List<ComposeFile> files = new ArrayList<>();
    files.add(first);
    if (overrides != null) {
      files.addAll(java.util.Arrays.asList(overrides));
    }
    return read(files);
  }

  /**
   * Reads the files of a project, each merged onto the ones before it, as {@code docker compose
   * -f first -f second} does. Each file's services' {@code extends} is applied, then its {@code
   * include} files added, before it is merged. A later file may state the same project {@code
   * name} or none.
   *
   * <p>Messages name the file and the place: {@code compose.override.yaml:
   * services.api.extends.service: no service is named 'bse'. Did you mean 'base'?}. A problem
   * found in the merged project names the one file that alone writes the value it is about (a
   * top-level key, a service's setting); a problem of what the files make together (a
   * dependency on a service no file defines, a value several files write) names no file unless
   * the project has one file.
   *
   * @param files the files in order, the main one first; at least one
   * @return the project of the merged files; {@link ComposeProject#files()} lists every file read
   * @throws ComposeFileException listing every problem found, each with its file and place
   */
  public ComposeProject read(List<ComposeFile> files) {
    if (files == null || files.isEmpty() || files.stream().anyMatch(f -> f == null)) {
      throw new ComposeFileException("", "A Compose project is read from one file or more, not"
          + (files == null ? " null." : files.isEmpty() ? " none." : " null ones."));
    }
    return read(files, false);
  }

  private ComposeProject read(List<ComposeFile> files, boolean anonymous) {
    Interpolation interpolation = new Interpolation(variables);
    ComposeLoading.Loaded loaded = new ComposeLoading(resolver, interpolation)
        .load(files, anonymous);
    try {
      return new ComposeMapping(interpolation, defaultSeverity, keepScaledToZero)
          .map(loaded.document()).withFiles(loaded.files());
    } catch (ComposeFileException e) {
      if (anonymous) {
        throw e;
      }
      if (loaded.files().size() > 1) {
        throw new ComposeFileException(e.problems().stream()
            .map(p -> p.inFile(ProblemOwner.of(loaded.given(), Problems.path(p)))).toList());
      }
      throw new ComposeFileException(e.problems().stream()
          .map(p -> p.inFile(files.get(0).path())).toList());
    }
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

  /**
   * Returns the resolver that reads the files Compose files name.
   *
   * @return the resolver, or empty if the reader reads only the texts it is given
   */
  public java.util.Optional<ComposeFileResolver> resolver() {
    return java.util.Optional.ofNullable(resolver);
  }

  @Override
  public String toString() {
    return "ComposeReader[" + variables.size() + " variables, default severity "
        + defaultSeverity + (keepScaledToZero ? ", keeping services scaled to 0" : "")
        + (resolver == null ? "" : ", with a file resolver") + "]";
  }

  /** Builds a {@link ComposeReader}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> variables = new TreeMap<>();
    private Severity defaultSeverity = Severity.MEDIUM;
    private boolean keepScaledToZero;
    private ComposeFileResolver resolver;

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
     * Sets the resolver that gives the text of the files an {@code extends} or an {@code
     * include} names. Without one, such a file is an error that says a resolver is needed.
     *
     * @param resolver reads a file from its path, relative to the project folder
     * @return this builder
     * @throws TopologyException if the resolver is null
     */
    public Builder resolver(ComposeFileResolver resolver) {
      if (resolver == null) {
        throw new TopologyException("A Compose reader needs a file resolver, not null.");
      }
      this.resolver = resolver;
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
            + " (variable " + Quoting.quote(String.valueOf(name)) + ").");
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
          defaultSeverity, keepScaledToZero, resolver);
    }
  }
}
