package dev.topology.graph.availability;

import dev.topology.api.Severity;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How often the installation is free of failures of at least one severity: the probability
 * that no long-running service of at least {@link #threshold()} is down, itself or through
 * something it requires at runtime (see {@link Availability}).
 *
 * <p>Immutable; equal when all values are.
 */
@Value.Immutable
public abstract class SystemAvailability {
  SystemAvailability() {}

  /**
   * Returns the least severity that counts.
   *
   * @return {@link Severity#HIGH} or {@link Severity#MEDIUM} (MEDIUM or worse)
   */
  public abstract Severity threshold();

  /**
   * Returns how many long-running services have at least that severity.
   *
   * @return zero or more
   */
  public abstract int services();

  /**
   * Returns how many services those depend on, themselves included, each once: the union of
   * their runtime closures.
   *
   * @return zero or more
   */
  public abstract int dependsOn();

  /**
   * Returns the probability that no service of at least that severity is down: the product of
   * the availabilities of the {@link #dependsOn()} services.
   *
   * @return a figure in [0, 1]; 1 when no service has that severity
   */
  public abstract double availability();

  /**
   * Returns the probability that some service of at least that severity is down.
   *
   * @return a figure in [0, 1]
   */
  public abstract double unavailability();

  /**
   * Returns the expected time in a month of 30 days during which some service of at least that
   * severity is down.
   *
   * @return the duration, to the nanosecond
   */
  public abstract Duration downtimePerMonth();

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

  /** The builder of {@link SystemAvailability} values. */
  public static final class Builder extends ImmutableSystemAvailability.Builder {
    Builder() {}
  }

  /** Returns {@code HIGH or worse: 99.7%, 2h9m36s a month (4 services, depending on 9)}. */
  @Override
  public String toString() {
    return threshold() + " or worse: " + Percent.of(availability()) + ", "
        + Percent.duration(downtimePerMonth()) + " a month (" + services()
        + (services() == 1 ? " service" : " services") + ", depending on " + dependsOn() + ")";
  }
}
