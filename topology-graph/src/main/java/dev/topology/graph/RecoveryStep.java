package dev.topology.graph;

/**
 * One step of {@link Triage#recovery()}: a service to start, restart, run or check, and the wave
 * it belongs to (every step of a wave can go together once the earlier waves are up).
 *
 * @param service the canonical name
 * @param action what to do with it
 * @param wave the wave, from 0
 * @param reason why, for people
 */
public record RecoveryStep(String service, Action action, int wave, String reason) {

  /** What to do with a service. */
  public enum Action {
    /** Start it: it was never started, or no container of it was seen. */
    START,
    /** Restart it: it had started and is down, unhealthy, partly up, or needs a restarted one. */
    RESTART,
    /** Run the one-shot task (again): it failed, or has not run yet. */
    RUN,
    /**
     * Check it, without restarting it: it runs and serves, but needs a service that restarts
     * and does not declare it restarts with it; or it is a one-shot task whose exit code is
     * unknown.
     */
    CHECK;

    /**
     * Returns the action as a word for people.
     *
     * @return {@code "start"}, {@code "restart"}, {@code "run"} or {@code "check"}
     */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Override
  public String toString() {
    return "wave " + wave + ": " + action.word() + " " + service + " (" + reason + ")";
  }
}
