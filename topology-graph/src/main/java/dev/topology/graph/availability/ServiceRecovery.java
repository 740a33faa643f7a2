package dev.topology.graph.availability;

import java.time.Duration;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * When one service is back after a failure, in a {@link Recovery}.
 *
 * <p>Immutable; equal when all values are.
 */
@Value.Immutable
public abstract class ServiceRecovery {
  ServiceRecovery() {}

  /** How a service comes back. */
  public enum Way {
    /** The failed service itself: back after its mean time to repair. */
    REPAIRED,
    /** Restarted in a wave of the restart plan: back when its own start is done. */
    RESTARTED,
    /**
     * Not restarted (listed to check under {@link dev.topology.graph.restart.RestartRule#DECLARED},
     * or run outside the installation): back as soon as every service it requires at runtime
     * that was repaired or restarted is back.
     */
    FOLLOWS
  }

  /**
   * Returns the service.
   *
   * @return a canonical name
   */
  public abstract String service();

  /**
   * Returns how it comes back.
   *
   * @return the way
   */
  public abstract Way way();

  /**
   * Returns the wave it restarts in.
   *
   * @return the wave, present exactly when {@link #way()} is {@link Way#RESTARTED}
   */
  public abstract OptionalInt wave();

  /**
   * Returns when it is back, counted from the failure.
   *
   * @return the duration
   */
  public abstract Duration backAt();

  /**
   * Checks that a wave is given exactly for a restarted service.
   *
   * @throws dev.topology.graph.InvalidQueryException if it is not
   */
  @Value.Check
  protected void check() {
    if (wave().isPresent() != (way() == Way.RESTARTED)) {
      throw new dev.topology.graph.InvalidQueryException("A service's recovery has a wave"
          + " exactly when it is restarted; '" + service() + "' is " + way() + " with "
          + (wave().isPresent() ? "wave " + wave().getAsInt() : "no wave") + ".");
    }
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
   * Returns a builder that starts from this row.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link ServiceRecovery} rows. */
  public static final class Builder extends ImmutableServiceRecovery.Builder {
    Builder() {}
  }

  /** Returns {@code api back at 5m50s (RESTARTED in wave 1)}. */
  @Override
  public String toString() {
    return service() + " back at " + Percent.duration(backAt()) + " (" + way()
        + (wave().isPresent() ? " in wave " + wave().getAsInt() : "") + ")";
  }
}
