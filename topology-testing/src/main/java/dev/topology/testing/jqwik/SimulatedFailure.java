package dev.topology.testing.jqwik;

import dev.topology.api.Observation;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.TriageOptions;
import dev.topology.testing.Observations;
import java.util.List;

/**
 * A failure planted in an installation and what Docker would show of it: the services that
 * failed, in a phase, what that takes down as the engine says ({@link TopologyGraph#impact}),
 * and the containers as {@code docker compose ps -a} would list them. Made by {@link
 * TopologyArbitraries#failures(dev.topology.api.Topology)}, so that a property can check what
 * is built on the engine (triage, an alert router) against the cause it planted:
 *
 * <pre>{@code
 * @Property
 * void triage_namesThePlantedCause(@ForAll("failures") SimulatedFailure failure) {
 *   Triage triage = failure.graph().triage(failure.observation(), failure.triageOptions());
 *   assertThat(triage.failed()).containsAll(failure.failed());
 * }
 * }</pre>
 *
 * <p>The observation is {@linkplain dev.topology.api.Coverage#COMPLETE complete}: it has one
 * container for every service the installation starts (external services have none), named as
 * Compose names it ({@code topology-db-1}, as {@link Observations} does) and labelled with the project ({@value #PROJECT}) and the
 * service. See {@link TopologyArbitraries#failures(TopologyGraph, int)} for the state each
 * container is shown in. Immutable.
 */
public final class SimulatedFailure {
  /** The Compose project the containers of every simulated failure belong to. */
  public static final String PROJECT = Observations.DEFAULT_PROJECT;

  private final TopologyGraph graph;
  private final Impact impact;
  private final Observation observation;

  SimulatedFailure(TopologyGraph graph, Impact impact, Observation observation) {
    this.graph = graph;
    this.impact = impact;
    this.observation = observation;
  }

  /**
   * Returns the engine of the installation that failed.
   *
   * @return the engine
   */
  public TopologyGraph graph() {
    return graph;
  }

  /**
   * Returns the phase the services failed in.
   *
   * @return the phase
   */
  public Phase phase() {
    return impact.phase();
  }

  /**
   * Returns the services planted as failed, by canonical name.
   *
   * @return an unmodifiable list, sorted; never empty
   */
  public List<String> failed() {
    return impact.failed();
  }

  /**
   * Returns what the failure takes down, as the engine answers {@code
   * graph().impact(phase(), failed())}.
   *
   * @return the impact
   */
  public Impact impact() {
    return impact;
  }

  /**
   * Returns the containers as Docker would show them after the failure.
   *
   * @return a complete observation
   */
  public Observation observation() {
    return observation;
  }

  /**
   * Returns the options to triage the observation with: its phase and its Compose project.
   *
   * @return {@code TriageOptions.inferred().withPhase(phase()).withProject(PROJECT)}
   */
  public TriageOptions triageOptions() {
    return TriageOptions.inferred().withPhase(phase()).withProject(PROJECT);
  }

  /**
   * Returns the failure in a few words: the phase, the failed services and what they take down.
   *
   * @return such as {@code SimulatedFailure[startup: db fails, takes down [api, web]]}
   */
  @Override
  public String toString() {
    return "SimulatedFailure[" + phase().name().toLowerCase(java.util.Locale.ROOT) + ": "
        + String.join(", ", failed()) + (failed().size() == 1 ? " fails" : " fail")
        + ", takes down " + impact.affectedNames() + "]";
  }
}
