package dev.topology.graph.availability;

import dev.topology.api.Reliability;
import dev.topology.graph.InvalidQueryException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.immutables.value.Value;

/**
 * How a {@link Simulation} runs: its seed, how much simulated time, its bounds, how to cancel
 * it, and the level of its confidence intervals.
 *
 * <pre>{@code
 * model.simulate(SimulationOptions.of(42));
 * model.simulate(SimulationOptions.builder().seed(42).years(10)
 *     .defaultMttr(Duration.ofMinutes(15)).cancelled(stop::get).build());
 * }</pre>
 *
 * <p>Unset, a simulation covers {@link #DEFAULT_HORIZON} (a hundred years of 365.25 days) with
 * seed 0, at most {@link #DEFAULT_MAX_EVENTS} events, 95% intervals from 30 batches, no default
 * MTTR and no cancellation.
 *
 * <p>Cancellation: the library starts no threads and reads no thread state, so it does not look
 * at the interrupt flag of its caller's thread. A caller that wants an interrupt to stop a run
 * passes {@code cancelled(Thread.currentThread()::isInterrupted)} from the running thread, or any
 * other check. The check is asked every 4,096 events; a run it stops is an answer, {@linkplain
 * Simulation#stoppedEarly() stopped early}, not an exception.
 *
 * <p>Immutable; equal when every value but the cancellation check is.
 */
@Value.Immutable
public abstract class SimulationOptions {
  /** The simulated time unless told: a hundred years of 365.25 days. */
  public static final Duration DEFAULT_HORIZON = Duration.ofDays(36_525);
  /** The longest simulated time accepted: a million years of 365.25 days. */
  public static final Duration LONGEST_HORIZON = Duration.ofDays(365_250_000L);
  /** The bound on events unless told: ten million. */
  public static final long DEFAULT_MAX_EVENTS = 10_000_000L;
  /** The most batches accepted. */
  public static final int MOST_BATCHES = 1_000;

  private static final BooleanSupplier NEVER = () -> false;

  SimulationOptions() {}

  /**
   * Returns the seed of the random draws: the same seed, topology and figures give the same
   * answer.
   *
   * @return the seed; 0 unless told
   */
  @Value.Default
  public long seed() {
    return 0L;
  }

  /**
   * Returns how much simulated time the run covers, from time zero with every service up.
   *
   * @return a positive duration, at most {@link #LONGEST_HORIZON}
   */
  @Value.Default
  public Duration horizon() {
    return DEFAULT_HORIZON;
  }

  /**
   * Returns the most events (failures, repairs, ends of restarts) the run processes; a run that
   * reaches it stops early and says so.
   *
   * @return at least 1
   */
  @Value.Default
  public long maxEvents() {
    return DEFAULT_MAX_EVENTS;
  }

  /**
   * Returns the MTTR of the services whose figure is an availability alone, which has no time
   * scale; their MTTF follows from the availability. Without it, such a service is an error.
   *
   * @return a positive duration at most {@link Reliability#LONGEST}, or empty
   */
  public abstract Optional<Duration> defaultMttr();

  /**
   * Returns the level of the confidence intervals.
   *
   * @return a probability in (0, 1); 0.95 unless told
   */
  @Value.Default
  public double confidence() {
    return 0.95;
  }

  /**
   * Returns into how many equal periods the simulated time is cut for the intervals (batch
   * means, see {@link Simulation}).
   *
   * @return from 2 to {@link #MOST_BATCHES}; 30 unless told
   */
  @Value.Default
  public int batches() {
    return 30;
  }

  /**
   * Returns the check that cancels the run, asked every 4,096 events; true stops it. Not part
   * of equality or of {@link #toString()}.
   *
   * @return the check; never true unless told
   */
  @Value.Default
  @Value.Auxiliary
  public BooleanSupplier cancelled() {
    return NEVER;
  }

  /**
   * Checks the options, reporting every problem at once.
   *
   * @throws InvalidQueryException if the horizon is null, not positive or longer than {@link
   *     #LONGEST_HORIZON}, the bound on events below 1, the confidence outside (0, 1), the
   *     batches outside 2 to {@link #MOST_BATCHES}, or the default MTTR not positive or longer
   *     than {@link Reliability#LONGEST}, or the cancellation check null
   */
  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    Duration horizon = horizon();
    if (horizon == null) {
      problems.add("The simulated time is null; give a positive duration, such as"
          + " Duration.ofDays(3_650) for ten years.");
    } else if (horizon.isNegative() || horizon.isZero()) {
      problems.add("The simulated time must be positive; " + words(horizon)
          + " is not.");
    } else if (horizon.compareTo(LONGEST_HORIZON) > 0) {
      problems.add("The simulated time of " + words(horizon) + " is longer than a"
          + " million years (" + words(LONGEST_HORIZON) + "), the longest accepted.");
    }
    if (maxEvents() < 1) {
      problems.add("The bound on events must be at least 1; " + maxEvents() + " is not.");
    }
    double confidence = confidence();
    if (!(confidence > 0 && confidence < 1)) {
      problems.add("The confidence level must lie strictly between 0 and 1 (0.95 for 95%); "
          + confidence + " does not.");
    }
    if (batches() < 2 || batches() > MOST_BATCHES) {
      problems.add("The number of batches must lie from 2 to " + MOST_BATCHES + "; "
          + batches() + " does not.");
    }
    if (cancelled() == null) {
      problems.add("The cancellation check is null; give a check, or leave it out to run to"
          + " the end.");
    }
    defaultMttr().ifPresent(mttr -> {
      if (mttr.isNegative() || mttr.isZero()) {
        problems.add("The default MTTR must be positive; " + words(mttr)
            + " is not.");
      } else if (mttr.compareTo(Reliability.LONGEST) > 0) {
        problems.add("The default MTTR of " + words(mttr) + " is longer than a"
            + " thousand years (" + words(Reliability.LONGEST) + "), the longest"
            + " accepted.");
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidQueryException((problems.size() == 1 ? "Simulation options have a problem: "
          : "Simulation options have " + problems.size() + " problems: ")
          + String.join(" ", problems));
    }
  }

  /** Writes a duration as the model does, or as ISO-8601 when it is too long to write so. */
  private static String words(Duration d) {
    boolean writable = d.compareTo(LONGEST_HORIZON) <= 0
        && d.compareTo(LONGEST_HORIZON.negated()) >= 0;
    return writable ? Reliability.format(d) : d.toString();
  }

  /**
   * Returns the options unset but for the seed.
   *
   * @param seed the seed of the random draws
   * @return the options
   */
  public static SimulationOptions of(long seed) {
    return builder().seed(seed).build();
  }

  /**
   * Returns the options unset: seed 0, a hundred years, the default bounds.
   *
   * @return the options
   */
  public static SimulationOptions defaults() {
    return builder().build();
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
   * Returns a builder that starts from these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link SimulationOptions}. */
  public static final class Builder extends ImmutableSimulationOptions.Builder {
    Builder() {}

    /**
     * Sets the simulated time in years of 365.25 days, to the millisecond.
     *
     * @param years more than 0, at most a million
     * @return this builder
     * @throws InvalidQueryException if the years are not a number, not positive or more than a
     *     million
     */
    public Builder years(double years) {
      if (!(years > 0 && years <= 1_000_000)) {
        throw new InvalidQueryException("A simulated time in years must be more than 0 and at"
            + " most a million; " + years + " is not.");
      }
      return horizon(Duration.ofMillis(Math.round(years * 365.25 * 86_400_000L)));
    }
  }
}
