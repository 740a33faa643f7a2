package dev.topology.graph.availability;

import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * One wave of a {@link Recovery}: the services that restart together once the wave before is
 * back, and how long the wave lasts: as long as its slowest start duration.
 *
 * <p>Immutable; equal when all values are.
 */
@Value.Immutable
public abstract class RecoveryWave {
  RecoveryWave() {}

  /**
   * Returns the wave's number, as in {@link dev.topology.graph.restart.RestartPlan#waves()}.
   *
   * @return zero or more
   */
  public abstract int wave();

  /**
   * Returns the services that restart in this wave.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public abstract List<String> services();

  /**
   * Returns when the wave starts, counted from the failure: when the wave before has ended, or
   * when the failed service is repaired for wave 0.
   *
   * @return the duration
   */
  public abstract Duration start();

  /**
   * Returns how long the wave lasts: the longest start duration of its services.
   *
   * @return zero or more
   */
  public abstract Duration duration();

  /**
   * Returns when the wave ends, counted from the failure: {@link #start()} plus {@link
   * #duration()}.
   *
   * @return the duration
   */
  public Duration end() {
    return start().plus(duration());
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
   * Returns a builder that starts from this wave.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link RecoveryWave}s. */
  public static final class Builder extends ImmutableRecoveryWave.Builder {
    Builder() {}
  }

  /** Returns {@code wave 1 at 5m20s for 30s: [api, worker]}. */
  @Override
  public String toString() {
    return "wave " + wave() + " at " + Percent.duration(start()) + " for "
        + Percent.duration(duration()) + ": " + services();
  }
}
