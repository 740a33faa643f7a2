package dev.topology.consumer.alerts;

import dev.topology.api.Observation;
import dev.topology.api.Severity;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.Triage;
import java.util.Objects;

/**
 * Another team's code under test: decides who hears of a failure. A failure whose runtime
 * impact reaches a HIGH effect pages the on-call engineer, MEDIUM opens a ticket, anything else
 * is only logged; from what {@code docker ps} shows, the triage's severity decides the same way,
 * and a failure that nothing explains always pages.
 */
public final class AlertRouter {
  /** Who hears of a failure. */
  public enum Route {
    /** The on-call engineer, now. */
    PAGE,
    /** A ticket for the owning team. */
    TICKET,
    /** The log only. */
    LOG
  }

  private final TopologyGraph graph;

  /**
   * Routes failures of this installation.
   *
   * @param graph the installation's engine
   */
  public AlertRouter(TopologyGraph graph) {
    this.graph = Objects.requireNonNull(graph, "graph");
  }

  /**
   * Routes the failure of services at runtime.
   *
   * @param failed the names of the failed services
   * @return who hears of it
   */
  public Route route(String... failed) {
    Impact impact = graph.impact(Phase.RUNTIME, failed);
    return of(impact.worstSeverity());
  }

  /**
   * Routes what a {@code docker ps} shows.
   *
   * @param observation the containers as observed
   * @return who hears of it; {@link Route#LOG} when nothing failed
   */
  public Route route(Observation observation) {
    Triage triage = graph.triage(observation);
    if (triage.failed().isEmpty()) {
      return Route.LOG;
    }
    if (!triage.unexplained().isEmpty()) {
      return Route.PAGE;
    }
    return triage.severity().map(AlertRouter::of).orElse(Route.PAGE);
  }

  private static Route of(Severity severity) {
    switch (severity) {
      case HIGH:
        return Route.PAGE;
      case MEDIUM:
        return Route.TICKET;
      default:
        return Route.LOG;
    }
  }
}
