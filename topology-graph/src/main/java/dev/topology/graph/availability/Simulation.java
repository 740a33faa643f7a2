package dev.topology.graph.availability;

import dev.topology.api.Severity;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.internal.AvailabilityData;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.MonteCarlo;
import dev.topology.graph.internal.StudentT;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a seeded Monte Carlo simulation of failures, repairs and restarts over simulated
 * time: per service and for the system, the share of time up with a confidence interval, the
 * downtime per 30-day month and its spread.
 *
 * <p><b>The model.</b> Every counted service (a long-running service of the installation, as for
 * the exact answers) alternates between working and failed; its times to failure and to repair
 * are drawn from exponential distributions with its MTTF and MTTR. A figure given as MTTF and
 * MTTR is used as given; one given with one duration gets the other from its availability; one
 * given as an availability alone takes {@link SimulationOptions#defaultMttr()} as its MTTR (its
 * MTTF follows), and without that default it is an error. A service at availability 1 never
 * fails. A service is <em>up</em> when it works, every service it requires at runtime,
 * transitively, is up (the closure of the exact answers: optional dependencies, one-shot tasks
 * and startup-only services do not count), and its own restart is done:
 *
 * <ul>
 *   <li>when something it requires comes back, it restarts and is up its start duration later;
 *       a loss of anything it requires during that wait starts the wait over once it is back;
 *   <li>under {@link dev.topology.graph.restart.RestartRule#DECLARED} (some dependency of the
 *       installation declares that its owner restarts with its target), only the services that
 *       declare such a restart, with any dependency, wait for their start; the others are up as
 *       soon as what they require is up;
 *   <li>its own repair includes its start: a service whose requirements stayed up is up again
 *       when its repair ends (MTTR is the time to serve again);
 *   <li>the services of a runtime cycle stand and fall together and restart together, in the
 *       longest start duration among those of them that wait.
 * </ul>
 *
 * With zero start durations a service is up exactly when everything in its closure works, so
 * its long-run availability is the exact product of the steady-state answers; with start
 * durations it is lower by the restarts that the exact formula leaves out.
 *
 * <p><b>The estimates.</b> A service's availability is the share of the simulated time it was
 * up; the system's, at a severity, the share in which every counted service of that severity or
 * worse was up. The confidence interval is by batch means: the simulated time is cut into
 * {@link SimulationOptions#batches()} equal batches, and the interval is the estimate plus or
 * minus {@code t * s / sqrt(n)}, where {@code n} is the number of batches the run covered whole,
 * {@code s} the standard deviation of the batches' availabilities and {@code t} the quantile of
 * Student's t distribution with {@code n - 1} degrees of freedom at the confidence level,
 * clipped to [0, 1]. Batches long against the services' MTTF and MTTR make the batch figures
 * close to independent. A figure that never moved in any batch (a service that never went down,
 * because its MTTF is long against the simulated time) has an interval of zero width: the run saw
 * no variation, not certainty. A run that covered fewer than two whole batches (stopped early)
 * has the interval [0, 1]. The downtime per month is the share of time down times 30 days; its
 * spread, the standard deviation of the downtime over the 30-day months the run covered whole.
 *
 * <p><b>Determinism.</b> One {@link java.util.SplittableRandom} of the seed draws every time,
 * in the order of the events, and events are processed by time and then in the order they were
 * scheduled: the same seed, topology, figures and options give an equal answer. A run stops at
 * the end of the simulated time, at the bound on events or when cancelled; an early stop says so
 * ({@link #end()}) and its figures cover the simulated time it reached.
 *
 * <p>Cost: O(V + E) to prepare, then per event O(log V) plus what the change of state reaches in
 * the condensed runtime failure graph; memory O(V + E). Immutable and thread-safe; lists are
 * unmodifiable and by name.
 */
public final class Simulation {
  private final long seed;
  private final Duration horizon;
  private final Duration simulatedTime;
  private final long events;
  private final SimulationEnd end;
  private final double confidence;
  private final List<SimulatedService> services;
  private final List<SimulatedSystem> systems;
  private final GraphIndex g;
  /** Per node, its place in {@link #services}, or -1 when it is not counted. */
  private final int[] place;

  private Simulation(SimulationOptions options, MonteCarlo run, SimulationInputs inputs) {
    this.seed = options.seed();
    this.horizon = options.horizon();
    this.simulatedTime = SimulationInputs.duration(run.end());
    this.events = run.events();
    this.end = SimulationEnd.values()[run.reason()];
    this.confidence = options.confidence();
    this.g = inputs.g;
    this.place = new int[g.size()];
    long batches = run.completeBatches();
    double t = batches >= 2 ? StudentT.quantile((1 + confidence) / 2, batches - 1) : 0;
    List<SimulatedService> rows = new ArrayList<>();
    for (int v = 0; v < g.size(); v++) {
      place[v] = inputs.counted[v] ? rows.size() : -1;
      if (inputs.counted[v]) {
        Estimate e = new Estimate(run, run.account(v), t);
        rows.add(SimulatedService.builder().service(g.name(v))
            .severity(Severity.values()[g.severityLevel(v)]).availability(e.availability)
            .lower(e.lower).upper(e.upper).downtimePerMonth(e.downtime)
            .downtimePerMonthSpread(e.spread).failures(run.failures(v))
            .outages(run.outages(run.account(v))).restarts(run.restarts(v)).build());
      }
    }
    this.services = List.copyOf(rows);
    List<SimulatedSystem> levels = new ArrayList<>();
    for (int level = Severity.values().length - 1; level >= 0; level--) {
      Estimate e = new Estimate(run, run.systemAccount(level), t);
      levels.add(SimulatedSystem.builder().severity(Severity.values()[level])
          .availability(e.availability).lower(e.lower).upper(e.upper)
          .downtimePerMonth(e.downtime).downtimePerMonthSpread(e.spread)
          .outages(run.outages(run.systemAccount(level))).build());
    }
    this.systems = List.copyOf(levels);
  }

  /** Runs the simulation; the one entry {@link AvailabilityModel#simulate} calls. */
  static Simulation run(AvailabilityData data, SimulationOptions options) {
    if (options == null) {
      throw new InvalidQueryException("A simulation needs its options, not null; give"
          + " SimulationOptions.of(seed) or SimulationOptions.defaults().");
    }
    SimulationInputs inputs = SimulationInputs.resolve(data, options);
    MonteCarlo run = new MonteCarlo(inputs.failures, inputs.mttf, inputs.mttr, inputs.start,
        inputs.severity);
    run.run(options.seed(), SimulationInputs.seconds(options.horizon()), options.maxEvents(),
        options.batches(), options.cancelled());
    return new Simulation(options, run, inputs);
  }

  /** One account's estimate, interval and monthly figures. */
  private static final class Estimate {
    final double availability;
    final double lower;
    final double upper;
    final Duration downtime;
    final Optional<Duration> spread;

    Estimate(MonteCarlo run, int account, double t) {
      double down = run.unavailability(account);
      this.availability = 1 - down;
      long n = run.completeBatches();
      if (n >= 2) {
        double half = t * Math.sqrt(run.batchVariance(account) / n);
        this.lower = Math.max(0, Math.min(availability, availability - half));
        this.upper = Math.min(1, Math.max(availability, availability + half));
      } else {
        this.lower = 0;
        this.upper = 1;
      }
      this.downtime = SimulationInputs.duration(down * MonteCarlo.MONTH_SECONDS);
      this.spread = run.completeMonths() >= 2
          ? Optional.of(SimulationInputs.duration(
              Math.sqrt(run.monthVariance(account)) * MonteCarlo.MONTH_SECONDS))
          : Optional.empty();
    }
  }

  /**
   * Returns the seed the run drew from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the simulated time asked for.
   *
   * @return the horizon of the options
   */
  public Duration horizon() {
    return horizon;
  }

  /**
   * Returns the simulated time the run covered: the horizon, or the time of the last event
   * processed when it stopped early.
   *
   * @return a duration from zero to the horizon
   */
  public Duration simulatedTime() {
    return simulatedTime;
  }

  /**
   * Returns how many events the run processed: failures, repairs and ends of restarts.
   *
   * @return zero or more
   */
  public long events() {
    return events;
  }

  /**
   * Returns why the run ended.
   *
   * @return the end
   */
  public SimulationEnd end() {
    return end;
  }

  /**
   * Returns whether the run stopped before the horizon, at the bound on events or cancelled.
   *
   * @return true if it did
   */
  public boolean stoppedEarly() {
    return end.early();
  }

  /**
   * Returns the level of the confidence intervals.
   *
   * @return a probability in (0, 1)
   */
  public double confidence() {
    return confidence;
  }

  /**
   * Returns every counted service's figures, by name.
   *
   * @return an unmodifiable list
   */
  public List<SimulatedService> services() {
    return services;
  }

  /**
   * Returns one service's figures.
   *
   * @param name any name of a service of this installation
   * @return its figures
   * @throws dev.topology.api.NoSuchServiceException if no service has that name (with the
   *     nearest names)
   * @throws InvalidQueryException if the name is null, or names a service that does not count
   *     at runtime (a one-shot task, a startup-only service) or is absent in this deployment
   */
  public SimulatedService service(String name) {
    int v = g.indexOf(name, "A simulated figure");
    if (place[v] < 0) {
      throw new InvalidQueryException("The simulation has no figure for " + g.name(v)
          + ": it does not count at runtime (a one-shot task, a startup-only service, or one"
          + " the availability figures leave out); ask for a long-running service.");
    }
    return services.get(place[v]);
  }

  /**
   * Returns the system's figures at each severity, worst first: HIGH, MEDIUM, LOW.
   *
   * @return an unmodifiable list of three
   */
  public List<SimulatedSystem> systems() {
    return systems;
  }

  /**
   * Returns the system's figures at a severity: the time in which every counted service of at
   * least that severity is up.
   *
   * @param atLeast the severity
   * @return the figures
   * @throws InvalidQueryException if the severity is null
   */
  public SimulatedSystem system(Severity atLeast) {
    if (atLeast == null) {
      throw new InvalidQueryException("A system figure needs a severity, not null; give"
          + " Severity.HIGH, MEDIUM or LOW.");
    }
    return systems.get(Severity.values().length - 1 - atLeast.ordinal());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Simulation s && seed == s.seed && events == s.events
        && confidence == s.confidence && end == s.end && horizon.equals(s.horizon)
        && simulatedTime.equals(s.simulatedTime) && services.equals(s.services)
        && systems.equals(s.systems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed, events, end, simulatedTime, services, systems);
  }

  @Override
  public String toString() {
    SimulatedSystem high = system(Severity.HIGH);
    return "Simulation[seed " + seed + ", " + simulatedTime + " of " + horizon + " simulated, "
        + events + " events, " + end + ", " + services.size() + " services, HIGH up "
        + high.availability() + " (" + high.lower() + " to " + high.upper() + ")]";
  }
}
