package dev.topology.graph.availability;

import dev.topology.api.Severity;
import dev.topology.graph.InvalidQueryException;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The system's figures in a {@link Simulation} at one severity: the share of the simulated time
 * in which every service of at least that severity was up, with a confidence interval, and the
 * downtime per 30-day month, the time in which some such service was down.
 *
 * <p>Immutable; equal when every value is.
 */
@Value.Immutable
public abstract class SimulatedSystem {
  SimulatedSystem() {}

  /**
   * Returns the severity: the figures count the services of this severity or worse.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns the share of the simulated time in which no service of at least {@link #severity()}
   * was down; 1 when no service has such a severity.
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
   * Returns the mean time per 30-day month in which some service of at least {@link
   * #severity()} was down.
   *
   * @return zero or more
   */
  public abstract Duration downtimePerMonth();

  /**
   * Returns the standard deviation of that time over the 30-day months the run covered whole.
   *
   * @return the spread; empty when the run covered fewer than two whole months
   */
  public abstract Optional<Duration> downtimePerMonthSpread();

  /**
   * Returns how many times some service of at least {@link #severity()} went down while all
   * such services were up.
   *
   * @return zero or more
   */
  public abstract long outages();

  /**
   * Checks the figures: the interval holds the estimate within [0, 1], counts are not negative.
   *
   * @throws InvalidQueryException if they do not
   */
  @Value.Check
  protected void check() {
    if (severity() == null) {
      throw new InvalidQueryException("Simulated figures of the system need a severity, not null.");
    }
    SimulatedValues.check("The simulated figures of the system at " + severity(), lower(),
        availability(), upper(), downtimePerMonth(), 0, outages(), 0);
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

  /** The builder of {@link SimulatedSystem}. */
  public static final class Builder extends ImmutableSimulatedSystem.Builder {
    Builder() {}
  }
}
