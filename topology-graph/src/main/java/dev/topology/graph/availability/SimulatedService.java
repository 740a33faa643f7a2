package dev.topology.graph.availability;

import dev.topology.api.Severity;
import dev.topology.graph.InvalidQueryException;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One service's figures in a {@link Simulation}: the share of the simulated time it was up, with
 * a confidence interval, its downtime per 30-day month and how much that varied, and how often
 * it failed, went down and restarted.
 *
 * <p>Immutable; equal when every value is.
 */
@Value.Immutable
public abstract class SimulatedService {
  SimulatedService() {}

  /**
   * Returns the service.
   *
   * @return its canonical name
   */
  public abstract String service();

  /**
   * Returns the service's own severity in the deployment.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns the share of the simulated time the service was up.
   *
   * @return a figure in [0, 1]
   */
  public abstract double availability();

  /**
   * Returns the lower end of the confidence interval of {@link #availability()}.
   *
   * @return a figure in [0, {@link #availability()}]
   */
  public abstract double lower();

  /**
   * Returns the upper end of the confidence interval of {@link #availability()}.
   *
   * @return a figure in [{@link #availability()}, 1]
   */
  public abstract double upper();

  /**
   * Returns the mean downtime per 30-day month: the share of time down times 30 days.
   *
   * @return zero or more
   */
  public abstract Duration downtimePerMonth();

  /**
   * Returns the standard deviation of the downtime over the 30-day months the run covered
   * whole.
   *
   * @return the spread; empty when the run covered fewer than two whole months
   */
  public abstract Optional<Duration> downtimePerMonthSpread();

  /**
   * Returns how many times the service itself failed.
   *
   * @return zero or more
   */
  public abstract long failures();

  /**
   * Returns how many times it went down, by its own failure or by one it requires (services of
   * one runtime cycle go down together, so they count the same outages).
   *
   * @return zero or more
   */
  public abstract long outages();

  /**
   * Returns how many restarts it completed after something it requires came back.
   *
   * @return zero or more
   */
  public abstract long restarts();

  /**
   * Checks the figures: the interval holds the estimate within [0, 1], counts are not negative.
   *
   * @throws InvalidQueryException if they do not
   */
  @Value.Check
  protected void check() {
    if (service() == null || severity() == null) {
      throw new InvalidQueryException(
          "Simulated figures of a service need its name and severity, not null.");
    }
    SimulatedValues.check("The simulated figures of " + service(), lower(), availability(), upper(),
        downtimePerMonth(), failures(), outages(), restarts());
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
   * Returns a builder that starts from these figures.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link SimulatedService}. */
  public static final class Builder extends ImmutableSimulatedService.Builder {
    Builder() {}
  }
}
