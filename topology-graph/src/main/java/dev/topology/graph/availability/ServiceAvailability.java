package dev.topology.graph.availability;

import dev.topology.api.Severity;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The steady-state availability of one long-running service: the probability that it and
 * everything it requires at runtime, transitively, are up (see {@link Availability}).
 *
 * <p>Immutable; equal when all values are.
 */
@Value.Immutable
public abstract class ServiceAvailability {
  ServiceAvailability() {}

  /**
   * Returns the service.
   *
   * @return a canonical name
   */
  public abstract String service();

  /**
   * Returns the service's own severity in the deployment.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns where the service's own figure came from.
   *
   * @return the source
   */
  public abstract FigureSource source();

  /**
   * Returns the probability that the service is up: the product of the availabilities of the
   * services its figure {@linkplain #dependsOn() depends on}, each once.
   *
   * @return a figure in [0, 1]
   */
  public abstract double availability();

  /**
   * Returns the probability that it is down, 1 minus {@link #availability()}, computed without
   * the loss of digits of that subtraction.
   *
   * @return a figure in [0, 1]
   */
  public abstract double unavailability();

  /**
   * Returns the expected time it is down in a month of 30 days: {@link #unavailability()} times
   * 30 days.
   *
   * @return the duration, to the nanosecond
   */
  public abstract Duration downtimePerMonth();

  /**
   * Returns the dependency that costs it most: among the services its figure depends on, itself
   * left out, the one with the largest unavailability of its own; ties go to the first by name.
   *
   * @return a canonical name; empty if it depends on no other service, or on none that can fail
   */
  public abstract Optional<String> costliest();

  /**
   * Returns how much of its unavailability the {@linkplain #costliest() costliest dependency}
   * accounts for: that service's own unavailability divided by this one's.
   *
   * @return a share in [0, 1]; 0 when there is no costliest dependency
   */
  public abstract double costliestShare();

  /**
   * Returns how many services its figure depends on: itself and every service it requires at
   * runtime, transitively, each once.
   *
   * @return at least one
   */
  public abstract int dependsOn();

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

  /** The builder of {@link ServiceAvailability} rows. */
  public static final class Builder extends ImmutableServiceAvailability.Builder {
    Builder() {}
  }

  /** Returns {@code api (HIGH) 99.8501%, 1h4m47s a month, costliest db (66.7%), depends on 3}. */
  @Override
  public String toString() {
    return service() + " (" + severity() + ") " + Percent.of(availability()) + ", "
        + Percent.duration(downtimePerMonth()) + " a month"
        + costliest().map(c -> ", costliest " + c + " (" + Percent.share(costliestShare()) + ")")
            .orElse("")
        + ", depends on " + dependsOn();
  }
}
