package dev.topology.graph.availability;

import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Reliability;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.AvailabilityData;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.internal.SteadyState;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The availability answers of one engine and one set of figures: the steady state of every
 * service and of the system ({@link #steadyState()}), which services matter most ({@link
 * #importance()}), the same answers for changed figures ({@link #whatIf(Map)}), recovery times
 * after a failure ({@link #recovery(String)}) and a simulation that adds the cost of restarts
 * ({@link #simulate(SimulationOptions)}).
 *
 * <pre>{@code
 * AvailabilityModel model = graph.availability(
 *     AvailabilityInputs.fromModel().withDefault(Reliability.parse("99.9% mttr=10m")));
 * model.steadyState().service("api").availability();     // api and all it requires, up
 * model.steadyState().high().downtimePerMonth();        // some HIGH service down, per month
 * model.importance().get(0);                            // where one more nine buys most
 * model.whatIf("db", Reliability.parse("99.99%")).steadyState().high();
 * model.recovery("db").total();                         // repair, then the restart waves
 * }</pre>
 *
 * <p>Which figure a service gets: a figure given for it in {@link AvailabilityInputs#figures()}
 * (by any of its names); else its own {@link dev.topology.api.Service#reliability()}; else the
 * {@linkplain AvailabilityInputs#defaultFigure() default}; {@link #figureOf(String)} says which.
 * Only long-running services need one: one-shot tasks and startup-only services take nothing
 * down while the system runs.
 *
 * <p>Immutable and thread-safe.
 */
public final class AvailabilityModel {
  private final TopologyGraph graph;
  private final GraphIndex g;
  private final Figures figures;
  /** What the simulation reads, made on its first use (idempotent, so a race is harmless). */
  private volatile AvailabilityData data;
  private final SteadyState state;

  static {
    Access.availabilities(AvailabilityModel::of);
  }

  private AvailabilityModel(TopologyGraph graph, Figures figures, SteadyState state) {
    this.graph = graph;
    this.g = figures.g;
    this.figures = figures;
    this.state = state;
  }

  /** The model of an engine and inputs: the entry {@link TopologyGraph#availability} calls. */
  static AvailabilityModel of(TopologyGraph graph, AvailabilityInputs inputs) {
    return of(graph, inputs, SteadyState.Path.AUTO);
  }

  /** The model with the closures summed one chosen way: the tests compare the ways. */
  static AvailabilityModel of(TopologyGraph graph, AvailabilityInputs inputs,
      SteadyState.Path path) {
    Figures resolved = Figures.resolve(graph, inputs);
    SteadyState state = SteadyState.of(Access.graphs().failures(graph, Phase.RUNTIME),
        resolved.counted, resolved.negLog, path);
    return new AvailabilityModel(graph, resolved, state);
  }

  /**
   * Returns the engine the answers are about.
   *
   * @return the engine
   */
  public TopologyGraph graph() {
    return graph;
  }

  /**
   * Returns the steady-state availability of every long-running service and of the system; see
   * {@link Availability} for what counts.
   *
   * <p>Cost: O(1); the figures are computed when the model is built: O(V + E) when what each
   * service requires forms chains, trees or fans, at worst O(V (V + E) / 64) otherwise, as
   * {@link TopologyGraph#blastRadius(Phase)}, and O(V + E) memory.
   *
   * @return the answer
   */
  public Availability steadyState() {
    return new Availability(g, state, figures.sources);
  }

  /**
   * Returns the services the system without HIGH failures ({@link Availability#high()})
   * depends on, ranked by what one more nine of each would gain it: largest {@link
   * Importance#gainPerNine()} first, then by name.
   *
   * <p>Cost: O(k log k) for the {@code k} services that system depends on.
   *
   * @return an unmodifiable list; empty when no long-running service is HIGH
   */
  public List<Importance> importance() {
    List<Importance> rows = new ArrayList<>();
    for (int v : state.systemNodes(dev.topology.api.Severity.HIGH.ordinal())) {
      double birnbaum = state.birnbaum(v);
      double down = state.ownUnavailability(v);
      rows.add(Importance.builder().service(g.name(v)).availability(state.ownAvailability(v))
          .birnbaum(birnbaum).gainPerNine(birnbaum * 0.9 * down).build());
    }
    rows.sort(Comparator.comparingDouble(Importance::gainPerNine).reversed()
        .thenComparing(Importance::service));
    return List.copyOf(rows);
  }

  /**
   * Returns the model with one service's figure changed; see {@link #whatIf(Map)}.
   *
   * @param service any name of a service of this installation
   * @param figure its new figure
   * @return the model with that figure, {@linkplain FigureSource#GIVEN given}
   * @throws NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if an argument is null, or the service is absent in this
   *     deployment
   */
  public AvailabilityModel whatIf(String service, Reliability figure) {
    if (service == null) {
      throw new InvalidQueryException(Messages.nullName("A what-if"));
    }
    if (figure == null) {
      throw new InvalidQueryException("A what-if needs a figure for " + Messages.quote(service)
          + ", not null; give one such as Reliability.parse(\"99.99%\").");
    }
    return whatIf(Map.of(service, figure));
  }

  /**
   * Returns the model with some figures changed, on the same engine, without computing every
   * closure again: only the services that require a changed one, directly or not, change, and
   * each changes by the difference of that one's logarithm. The answers are exactly those of a
   * model built with the changed figures given in {@link AvailabilityInputs#figures()}.
   *
   * <p>A figure for a service that is not long-running changes nothing and is accepted.
   *
   * <p>Cost: O(k (V + E)) at worst for {@code k} changed services, O(what requires them)
   * in practice, and O(V) to copy the figures.
   *
   * @param changed new figures per service, under any of its names
   * @return the model with those figures, {@linkplain FigureSource#GIVEN given}
   * @throws NoSuchServiceException if a name names no service, with the closest names
   * @throws InvalidQueryException if the map, a name or a figure is null, two names name the
   *     same service, or a service is absent in this deployment
   */
  public AvailabilityModel whatIf(Map<String, Reliability> changed) {
    if (changed == null) {
      throw new InvalidQueryException("A what-if needs a map of changed figures, not null;"
          + " give Map.of(\"db\", Reliability.parse(\"99.99%\")).");
    }
    Map<Integer, Reliability> byNode = Figures.byNode(g, changed, "A what-if");
    Figures next = figures.with(byNode);
    int[] nodes = byNode.keySet().stream().mapToInt(Integer::intValue)
        .filter(v -> figures.counted[v]).toArray();
    return new AvailabilityModel(graph, next, state.whatIf(nodes, next.negLog));
  }

  /**
   * Returns how long the installation takes to recover from the failure of one service: its
   * repair, then the restart of what it took down; see {@link Recovery}.
   *
   * <p>Cost: O(V + E).
   *
   * @param failed any name of a long-running service of this installation
   * @return the answer
   * @throws NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null, the service is absent in this
   *     deployment or not long-running, or its figure has no time scale (an availability
   *     alone, or 100%, which never fails)
   */
  public Recovery recovery(String failed) {
    int v = g.indexOf(failed, "recovery");
    if (!figures.counted[v]) {
      throw new InvalidQueryException(Availability.notCounted(g, v));
    }
    return RecoveryTimes.of(graph, figures, v);
  }

  /**
   * Returns the figure used for a service and where it came from.
   *
   * @param service any name of a long-running service of this installation
   * @return the figure
   * @throws NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null, or the service is absent in this
   *     deployment or not long-running (it needs no figure)
   */
  public ServiceFigure figureOf(String service) {
    int v = g.indexOf(service, "figureOf");
    if (!figures.counted[v]) {
      throw new InvalidQueryException(Availability.notCounted(g, v));
    }
    return ServiceFigure.of(g.name(v), figures.figures[v],
        FigureSource.values()[figures.sources[v]]);
  }

  /**
   * Simulates failures, repairs and restarts over simulated time; see {@link Simulation}.
   *
   * @param options the seed, the simulated time, the bounds and the cancellation
   * @return the answer
   */
  public Simulation simulate(SimulationOptions options) {
    AvailabilityData made = data;
    if (made == null) {
      made = figures.data(graph);
      data = made;
    }
    return Simulation.run(made, options);
  }

  /**
   * Returns a summary for people: the system figures and how many figures were assumed.
   *
   * @return one line
   */
  @Override
  public String toString() {
    Availability a = steadyState();
    Map<FigureSource, Integer> bySource = new TreeMap<>();
    for (int v = 0; v < g.size(); v++) {
      if (figures.counted[v]) {
        bySource.merge(FigureSource.values()[figures.sources[v]], 1, Integer::sum);
      }
    }
    return "AvailabilityModel[" + a.services().size() + " services, figures " + bySource
        + "; " + a.high() + "; " + a.mediumOrWorse() + "]";
  }
}
