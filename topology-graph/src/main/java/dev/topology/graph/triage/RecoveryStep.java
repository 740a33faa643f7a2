package dev.topology.graph.triage;

import org.immutables.value.Value;
/**
 * One step of {@link Triage#recovery()}: a service to start, restart, run or check, and the wave
 * it belongs to (every step of a wave can go together once the earlier waves are up).
 */
@Value.Immutable
public abstract class RecoveryStep {
  RecoveryStep() {}

  /**
   * Returns the canonical name.
   *
   * @return the value
   */
  public abstract String service();

  /**
   * Returns what to do with it.
   *
   * @return the value
   */
  public abstract Action action();

  /**
   * Returns the wave, from 0.
   *
   * @return the value
   */
  public abstract int wave();

  /**
   * Returns why, for people.
   *
   * @return the value
   */
  public abstract String reason();

  /**
   * Returns a value with every component given.
   *
   * @param service the canonical name
   * @param action what to do with it
   * @param wave the wave, from 0
   * @param reason why, for people
   * @return the value
   */
  public static RecoveryStep of(String service, Action action, int wave, String reason) {
    return builder().service(service).action(action).wave(wave).reason(reason).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link RecoveryStep}s. */
  public static final class Builder extends ImmutableRecoveryStep.Builder {
    Builder() {}
  }


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
    return "wave " + wave() + ": " + action().word() + " " + service() + " (" + reason() + ")";
  }
}
