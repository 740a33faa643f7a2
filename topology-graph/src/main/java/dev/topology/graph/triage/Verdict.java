package dev.topology.graph.triage;

/**
 * What {@link Triage} concludes about one service from its containers; see {@link Triage} for
 * the rules per lifecycle and container state.
 */
public enum Verdict {
  /** It serves: every container runs and none reports a failing health check. */
  UP(false),
  /** Some of its containers serve and some do not: it serves, with less capacity. */
  PARTLY_UP(false),
  /** It runs but its health check fails on every container that runs: it counts as failed. */
  UNHEALTHY(true),
  /** It had started but none of its containers serves now (exited, dead, restarting, paused). */
  DOWN(true),
  /** Its containers were created but never started. */
  NOT_STARTED(true),
  /**
   * No container of it was seen in a {@linkplain dev.topology.api.Coverage#COMPLETE complete}
   * observation: it was never created.
   */
  NOT_SEEN(true),
  /**
   * No container of it was seen in a {@linkplain dev.topology.api.Coverage#PARTIAL partial}
   * observation: it was not looked at, so nothing is known of it. Never counted as failed.
   */
  UNOBSERVED(false),
  /** A one-shot task that exited with code 0: its work is done. */
  COMPLETED(false),
  /** A one-shot task that exited with another code, or died, or keeps restarting. */
  FAILED(true),
  /**
   * A one-shot task that exited with a code the observation does not give: it may have
   * completed or failed. Not counted as failed, nor named a cause.
   */
  UNKNOWN(false),
  /** A one-shot task that is running, or has not run yet: startup is not finished. */
  PENDING(false),
  /** A startup-only service that does not run while the system runs: it is no longer needed. */
  NOT_NEEDED(false);

  private final boolean failed;

  Verdict(boolean failed) {
    this.failed = failed;
  }

  /**
   * Tells whether the service counts as failed: its failure is passed on to what needs it.
   *
   * @return true for {@link #UNHEALTHY}, {@link #DOWN}, {@link #NOT_STARTED}, {@link #NOT_SEEN}
   *     and {@link #FAILED}
   */
  public boolean failed() {
    return failed;
  }

  /**
   * Returns the verdict as words for people.
   *
   * @return lower case, such as {@code "not seen"}
   */
  public String words() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
