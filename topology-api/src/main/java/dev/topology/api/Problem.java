package dev.topology.api;

import java.util.List;

/**
 * One thing wrong with a value, as reported by {@link InvalidTopologyException#problems()}.
 *
 * @param kind the rule that was broken
 * @param services the names of the services involved, as written; empty when none is
 * @param message a full sentence that states the rule and the value that broke it
 */
public record Problem(Kind kind, List<String> services, String message) {

  /** The rules a topology and its values keep. */
  public enum Kind {
    /** A required value is missing. */
    MISSING_VALUE,
    /** A name or alias is blank or holds white space or control characters. */
    INVALID_NAME,
    /** Two services, or one service twice, use the same name or alias. */
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
    UNKNOWN_CHOICE
  }

  /**
   * Creates a problem.
   *
   * @param kind the rule that was broken
   * @param services the names of the services involved
   * @param message a full sentence
   */
  public Problem {
    if (kind == null || message == null || services == null
        || services.stream().anyMatch(java.util.Objects::isNull)) {
      throw new TopologyException("A problem needs a kind, a message and non-null service names.");
    }
    services = List.copyOf(services);
  }

  /**
   * Creates a problem about the named services.
   *
   * @param kind the rule that was broken
   * @param message a full sentence
   * @param services the names involved
   * @return the problem
   */
  public static Problem of(Kind kind, String message, String... services) {
    return new Problem(kind, List.of(services), message);
  }

  @Override
  public String toString() {
    return message;
  }
}
