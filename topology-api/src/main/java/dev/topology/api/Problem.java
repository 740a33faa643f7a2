package dev.topology.api;

import dev.topology.api.internal.Quoting;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One thing wrong with a value or a document, with its place when it has one: every problem of
 * the model ({@link InvalidTopologyException#problems()}), of an observation ({@link
 * InvalidObservationException#problems()}) and of the readers of other formats (a Compose file's,
 * for one) is a {@code Problem}.
 *
 * <pre>{@code
 * Problem.of(Problem.Kind.DANGLING_DEPENDENCY, "Service 'api' depends on 'db', which is not in"
 *     + " the topology.", "api");
 * Problem.builder().kind(Problem.Kind.INVALID_DOCUMENT).file("compose.yaml")
 *     .path("services.web.scale").message("'scale' is a number, not text.").build();
 * }</pre>
 *
 * <p>The place is optional and made of parts a reader knows: the {@linkplain #file() file} (as
 * the caller named it, when a reader was given several), the {@linkplain #path() path} of the
 * value within the document (a dotted key path such as {@code services.web.depends_on.db}), and
 * the {@linkplain #line() line}. The {@linkplain #message() message} is a full sentence that
 * states the rule and the value that broke it; {@link #toString()} puts the place in front of
 * it. Immutable.
 */
@Value.Immutable
public abstract class Problem {

  /** The rules a topology, an observation and the documents read into them keep. */
  public enum Kind {
    /** A required value is missing. */
    MISSING_VALUE,
    /** A name or alias is blank or holds white space or control characters. */
    INVALID_NAME,
    /**
     * Two services, or one service twice, use the same name or alias; or two containers of an
     * observation, one name.
     */
    DUPLICATE_NAME,
    /** A dependency names no service of the topology. */
    DANGLING_DEPENDENCY,
    /** A service depends on itself, under any of its names. */
    SELF_DEPENDENCY,
    /** A service lists the same dependency twice. */
    DUPLICATE_DEPENDENCY,
    /** Values of one service or deployment contradict each other. */
    INCONSISTENT_VALUE,
    /**
     * A deployment names a service that the topology does not have or cannot externalize, or a
     * choice or value that the topology does not declare.
     */
    INVALID_DEPLOYMENT,
    /** A condition names a choice, or a value of a choice, that the topology does not declare. */
    UNKNOWN_CHOICE,
    /**
     * A document breaks its format where the reader looks: text that does not parse, a value of
     * the wrong type or form, a key the format does not have, files that cannot be merged.
     */
    INVALID_DOCUMENT,
    /** A document uses a variable that is not set, or one that it requires and is missing. */
    UNSET_VARIABLE,
    /** A document refers to another file that cannot be read or included, or refers in a loop. */
    UNRESOLVED_REFERENCE,
    /** A document exceeds one of the reader's limits: its length, its nesting, its count. */
    LIMIT_EXCEEDED,
    /**
     * A value lies outside its range or has the wrong form: an availability outside (0, 1], a
     * duration that is negative, absurdly long or in an unknown unit.
     */
    INVALID_VALUE
  }

  Problem() {}

  /**
   * Returns the rule that was broken.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the names of the services involved, as written.
   *
   * @return an unmodifiable list; empty when none is
   */
  public abstract List<String> services();

  /**
   * Returns a full sentence that states the rule and the value that broke it, without the
   * place.
   *
   * @return the sentence
   */
  public abstract String message();

  /**
   * Returns the file the problem is in, as the caller named it to the reader.
   *
   * @return the file; empty for a value given in Java, for a document read from one text, or for
   *     a problem of several files together
   */
  public abstract Optional<String> file();

  /**
   * Returns where in the document the problem is: a dotted key path such as {@code
   * services.web.depends_on.db}.
   *
   * @return the path; empty for the document as a whole or a value given in Java
   */
  public abstract Optional<String> path();

  /**
   * Returns the line of the document the problem is on, from 1.
   *
   * @return the line; empty when the reader places the problem by its path, or not at all
   */
  public abstract OptionalInt line();

  /**
   * Creates a problem about the named services, without a place.
   *
   * @param kind the rule that was broken
   * @param message a full sentence
   * @param services the names involved
   * @return the problem
   * @throws InvalidTopologyException if a value is null
   */
  public static Problem of(Kind kind, String message, String... services) {
    if (services == null) {
      throw new InvalidTopologyException(List.of(missing()));
    }
    return builder().kind(kind).message(message).addServices(services).build();
  }

  /**
   * Returns an empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this problem's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns the same problem, placed in a file unless it names one already: for a caller that
   * read the document from a file it knows.
   *
   * @param name the file as the caller names it; null or empty for none
   * @return this problem if it names a file already or {@code name} is empty, else a copy
   *     naming {@code name}
   */
  public Problem inFile(String name) {
    return file().isPresent() || name == null || name.isEmpty() ? this
        : toBuilder().file(name).build();
  }

  /**
   * Returns the place of the problem as one piece of text: the file and then the path, or the
   * line when there is no path, each followed by a colon and a space.
   *
   * @return such as {@code "compose.yaml: services.web.depends_on.db: "}; empty without a place
   */
  public String place() {
    StringBuilder text = new StringBuilder();
    file().ifPresent(f -> text.append(f).append(": "));
    if (path().isPresent()) {
      text.append(path().get()).append(": ");
    } else if (line().isPresent()) {
      text.append("line ").append(line().getAsInt()).append(": ");
    }
    return text.toString();
  }

  /** Reports every missing or null value at once, instead of a NullPointerException. */
  @Value.Check
  protected void check() {
    if (kind() == null || message() == null
        || services().stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidTopologyException(List.of(missing()));
    }
    if (line().isPresent() && line().getAsInt() < 1) {
      throw new InvalidTopologyException(List.of(of(Kind.INCONSISTENT_VALUE,
          "A problem is on line " + line().getAsInt() + "; lines count from 1.")));
    }
    if (file().isPresent() && file().get().isEmpty()) {
      throw new InvalidTopologyException(List.of(of(Kind.INCONSISTENT_VALUE,
          "A problem names the empty file " + Quoting.quote("") + "; leave the file out"
              + " instead.")));
    }
  }

  private static Problem missing() {
    return new Builder().kind(Kind.MISSING_VALUE)
        .message("A problem needs a kind, a message and non-null service names.").build();
  }

  /**
   * Returns the problem as one line: its {@linkplain #place() place}, then its message.
   *
   * @return such as {@code "compose.yaml: services.web.depends_on.db: no service is named
   *     'db'."}; the message alone for a problem without a place
   */
  @Override
  public String toString() {
    return place() + message();
  }

  /** Builds a {@link Problem}; {@link #kind(Kind)} and {@link #message(String)} are required. */
  public static final class Builder extends ImmutableProblem.Builder {
    Builder() {}
  }
}
