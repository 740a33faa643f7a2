package dev.topology.api;

/**
 * How bad the failure of a service is, ordered {@code LOW < MEDIUM < HIGH}.
 *
 * <p>The meanings are generic, for any system; a catalog may word them for its own source.
 * {@link #compareTo(Enum)} follows the order, so {@code a.compareTo(b) > 0} means {@code a} is
 * worse.
 */
public enum Severity {
  /** Failure has a minor effect: nothing is lost and the system keeps working. */
  LOW("Failure has a minor effect: nothing is lost and the system keeps working."),
  /** Failure degrades part of the system, but loses no data. */
  MEDIUM("Failure degrades part of the system, but loses no data."),
  /** Failure can lose or corrupt data, or take down a major part of the system. */
  HIGH("Failure can lose or corrupt data, or take down a major part of the system.");

  private final String meaning;

  Severity(String meaning) {
    this.meaning = meaning;
  }

  /**
   * Returns what this level means, for any system.
   *
   * @return one sentence
   */
  public String meaning() {
    return meaning;
  }

  /**
   * Returns the worse of this severity and {@code other}.
   *
   * @param other another severity
   * @return {@code other} if it is worse than this one, otherwise this one
   * @throws InvalidTopologyException if {@code other} is null
   */
  public Severity max(Severity other) {
    if (other == null) {
      throw new InvalidTopologyException("Severity.max needs a severity, not null.");
    }
    return other.compareTo(this) > 0 ? other : this;
  }
}
