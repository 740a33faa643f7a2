package dev.topology.api;

/**
 * How bad the failure of a service is, ordered {@code LOW < MEDIUM < HIGH}.
 *
 * <p>The levels and their meanings are the key of the CircleCI Server 2.x architecture page.
 * {@link #compareTo(Enum)} follows the order, so {@code a.compareTo(b) > 0} means {@code a} is
 * worse.
 */
public enum Severity {
  /** Failure has a minor effect on production: no loss of data or functioning. */
  LOW("Failure has a minor effect on production - no loss of data or functioning."),
  /** Failure might cause issues with some jobs, but no loss of data. */
  MEDIUM("Failure might cause issues with some jobs, but no loss of data."),
  /** Failure can cause loss of data, corruption of jobs or workflows, major loss of functionality. */
  HIGH(
      "Failure can cause loss of data, corruption of jobs/workflows, major loss of functionality.");

  private final String meaning;

  Severity(String meaning) {
    this.meaning = meaning;
  }

  /**
   * Returns the meaning of this level, as the source's key states it.
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
