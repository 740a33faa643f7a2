package dev.topology.graph.availability;

import dev.topology.api.Severity;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.internal.NameList;
import dev.topology.graph.internal.SteadyState;
import java.time.Duration;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The steady-state availability of every long-running service of an installation and of the
 * installation as a whole, from one figure per service, assuming services fail independently.
 *
 * <p>What counts as down: a service is up when it and everything it requires at runtime,
 * transitively, are up: the services whose failure takes it down in {@link
 * dev.topology.graph.impact.Impact}'s rules at {@link dev.topology.graph.startup.Phase#RUNTIME}
 * (required startup dependencies and required runtime interactions between long-running
 * services). Optional dependencies, one-shot tasks and startup-only services count for nothing:
 * their failure takes nothing down while the system runs. An external service counts with the
 * figure given for it, like any other. The services of a runtime cycle require each other, so
 * they share one answer.
 *
 * <p>The figure: for {@code C(s)} the services {@code s} requires, itself included, each once
 * (a diamond {@code a -> b, a -> c, b -> d, c -> d} gives {@code C(a) = {a, b, c, d}}), {@code
 * A(s)} is the product of the availabilities {@code a_v} over {@code C(s)}. It is computed as
 * {@code exp(sum log1p(-u_v))} and its complement as {@code -expm1(sum log1p(-u_v))}, with the
 * sum of logarithms kept exactly (in fixed point, to 2^-96), so that a hundred thousand services
 * at 99.99% neither underflow nor lose the digits of their unavailability, and the answer does
 * not depend on the order in which the sum was taken.
 *
 * <p>The system figures ({@link #high()}, {@link #mediumOrWorse()}): the probability that no
 * service of at least that severity is down, the product over the union of their closures.
 *
 * <p>Immutable and thread-safe; lists are unmodifiable views that make each row when asked.
 */
public final class Availability {
  private final GraphIndex g;
  private final SteadyState state;
  private final byte[] sources;
  private final int[] counted;
  private final int[] assumed;

  Availability(GraphIndex g, SteadyState state, byte[] sources) {
    this.g = g;
    this.state = state;
    this.sources = sources;
    this.counted = state.countedNodes();
    this.assumed = Arrays.stream(counted)
        .filter(v -> sources[v] == FigureSource.DEFAULT.ordinal()).toArray();
  }

  /**
   * Returns every long-running service of the installation, external ones included, by name.
   *
   * @return an unmodifiable list, one row per service
   */
  public List<ServiceAvailability> services() {
    return new Rows(counted);
  }

  /**
   * Returns the long-running services worst first: largest unavailability first, then by name.
   *
   * <p>Cost: O(V log V) to rank, on each call.
   *
   * @return an unmodifiable list, one row per service
   */
  public List<ServiceAvailability> weakest() {
    Integer[] boxed = Arrays.stream(counted).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, (a, b) -> {
      int byDown = Double.compare(state.unavailability(b), state.unavailability(a));
      return byDown != 0 ? byDown : Integer.compare(a, b);
    });
    return new Rows(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
  }

  /**
   * Returns the row of one service.
   *
   * <p>Cost: O(1), a hash lookup of the name.
   *
   * @param service any name of a long-running service of this installation
   * @return the row
   * @throws dev.topology.api.NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null, the service is absent in this
   *     deployment, or it is not long-running (a one-shot task or a startup-only service has
   *     no availability of its own: nothing needs it while the system runs)
   */
  public ServiceAvailability service(String service) {
    int v = g.indexOf(service, "Availability.service");
    if (!state.counts(v)) {
      throw new InvalidQueryException(notCounted(g, v));
    }
    return row(v);
  }

  static String notCounted(GraphIndex g, int v) {
    return "The service " + Messages.quote(g.name(v)) + " is " + g.service(v).lifecycle()
        .toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ": it has no"
        + " availability of its own, as nothing needs it while the system runs; ask for a"
        + " long-running service.";
  }

  /**
   * Returns the availability of the system without HIGH failures: the probability that no
   * service of severity HIGH is down.
   *
   * @return the figure
   */
  public SystemAvailability high() {
    return system(Severity.HIGH);
  }

  /**
   * Returns the availability of the system without MEDIUM or HIGH failures: the probability
   * that no service of severity MEDIUM or HIGH is down.
   *
   * @return the figure
   */
  public SystemAvailability mediumOrWorse() {
    return system(Severity.MEDIUM);
  }

  private SystemAvailability system(Severity threshold) {
    int t = threshold.ordinal();
    double down = state.systemUnavailability(t);
    return SystemAvailability.builder().threshold(threshold)
        .services(state.systemServices(t)).dependsOn(state.systemDependsOn(t))
        .availability(state.systemAvailability(t)).unavailability(down)
        .downtimePerMonth(perMonth(down)).build();
  }

  /**
   * Returns the services whose figure was the caller's default, so that a reader sees what was
   * assumed.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> assumed() {
    return new NameList(g, assumed);
  }

  /** The expected downtime in 30 days at an unavailability, to the nanosecond. */
  static Duration perMonth(double unavailability) {
    return Duration.ofNanos(Math.round(unavailability * 2_592_000e9));
  }

  ServiceAvailability row(int v) {
    double down = state.unavailability(v);
    int top = state.costliest(v);
    return ServiceAvailability.builder().service(g.name(v))
        .severity(g.service(v).severity()).source(FigureSource.values()[sources[v]])
        .availability(state.availability(v)).unavailability(down)
        .downtimePerMonth(perMonth(down))
        .costliest(top < 0 ? Optional.empty() : Optional.of(g.name(top)))
        .costliestShare(top < 0 ? 0 : Math.min(1, state.ownUnavailability(top) / down))
        .dependsOn(state.dependsOn(v)).build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Availability that && services().equals(that.services())
        && high().equals(that.high()) && mediumOrWorse().equals(that.mediumOrWorse())
        && assumed().equals(that.assumed());
  }

  @Override
  public int hashCode() {
    return Objects.hash(counted.length, high());
  }

  /**
   * Returns the system figures and the weakest services for people, cut after a dozen rows.
   *
   * @return several lines
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Availability[").append(counted.length)
        .append(counted.length == 1 ? " service" : " services").append("\n  ").append(high())
        .append("\n  ").append(mediumOrWorse());
    List<ServiceAvailability> weakest = weakest();
    int shown = Math.min(weakest.size(), Messages.NAMES_SHOWN);
    for (int i = 0; i < shown; i++) {
      text.append("\n  ").append(weakest.get(i));
    }
    if (shown < weakest.size()) {
      text.append("\n  ... and ").append(weakest.size() - shown).append(" more");
    }
    if (assumed.length > 0) {
      text.append("\n  assumed the default for ").append(Messages.list(assumed()));
    }
    return text.append(']').toString();
  }

  private final class Rows extends AbstractList<ServiceAvailability> implements RandomAccess {
    private final int[] nodes;

    Rows(int[] nodes) {
      this.nodes = nodes;
    }

    @Override
    public ServiceAvailability get(int index) {
      if (index < 0 || index >= nodes.length) {
        throw new IndexOutOfBoundsException("Index " + index + " is out of a list of "
            + nodes.length + " services.");
      }
      return row(nodes[index]);
    }

    @Override
    public int size() {
      return nodes.length;
    }
  }
}
