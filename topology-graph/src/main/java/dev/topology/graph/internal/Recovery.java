package dev.topology.graph.internal;

import dev.topology.api.ContainerState;
import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.ObservedContainer;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.restart.RestartRule;
import dev.topology.graph.triage.RecoveryStep.Action;
import dev.topology.graph.triage.RecoveryStep;
import dev.topology.graph.triage.ServiceStatus;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The recovery waves of a {@link Triage}: what to start, restart, run or check, causes first,
 * each service after the services of the plan it needs to start.
 *
 * <p>What is down is started or restarted. A running, serving service that needs a restarted
 * one is restarted only where the topology declares it restarts with it ({@link
 * RestartRule#DECLARED}); otherwise it is listed to check, so that recovery does not disturb
 * what still serves.
 */
public final class Recovery {
  private final TopologyGraph graph;
  private final GraphIndex g;
  private final Verdict[] verdicts;
  private final TriageFindings found;
  private final Action[] action;
  private final String[] reason;

  public Recovery(TopologyGraph graph, Verdict[] verdicts, TriageFindings found) {
    this.graph = graph;
    this.g = Access.graphs().index(graph);
    this.verdicts = verdicts;
    this.found = found;
    this.action = new Action[g.size()];
    this.reason = new String[g.size()];
  }

  public List<RecoveryStep> steps() {
    List<String> restarted = new ArrayList<>();
    for (ServiceStatus status : found.statuses) {
      int v = g.topology.indexOf(status.service());
      switch (status.verdict()) {
        case DOWN, UNHEALTHY -> {
          plan(v, Action.RESTART, status.reason());
          if (status.lifecycle() != Lifecycle.ONE_SHOT) {
            restarted.add(status.service());
          }
        }
        case NOT_STARTED, NOT_SEEN -> plan(v, Action.START, status.reason());
        case FAILED -> plan(v, Action.RUN, status.reason());
        case UNKNOWN -> plan(v, Action.CHECK, status.reason() + "; check its exit code");
        case PENDING -> {
          if (status.containers().stream().noneMatch(Recovery::running)) {
            plan(v, Action.RUN, status.reason());
          }
        }
        case PARTLY_UP -> plan(v, Action.RESTART, status.reason());
        default -> { }
      }
    }
    if (!restarted.isEmpty()) {
      RestartPlan after = graph.restartPlan(restarted);
      boolean declared = after.rule() == RestartRule.DECLARED;
      for (String name : after.order()) {
        int v = g.topology.indexOf(name);
        if (action[v] == null && serving(v)) {
          String via = after.impact().affected(name).map(AffectedService::via).orElse(null);
          // Without declarations a running service is not disturbed: it is checked instead.
          plan(v, declared ? Action.RESTART : Action.CHECK, declared
              ? "declares it restarts with " + restartedVia(after, v) + ", which restarts"
              : "running; needs " + via + ", which restarts");
        }
      }
      for (String name : after.toCheck()) {
        int v = g.topology.indexOf(name);
        if (action[v] == null && serving(v)) {
          String via = after.impact().affected(name).orElseThrow().via();
          plan(v, Action.CHECK, "running; needs " + via + ", which restarts, but declares no"
              + " restart with it");
        }
      }
    }
    return waves();
  }

  private boolean serving(int v) {
    return verdicts[v] == Verdict.UP || verdicts[v] == Verdict.PARTLY_UP;
  }

  /** The restarted service, or restarting one, that {@code v} declares it restarts with. */
  private String restartedVia(RestartPlan after, int v) {
    Set<String> moving = new HashSet<>(after.restarted());
    moving.addAll(after.order());
    for (Dependency dependency : g.service(v).dependencies()) {
      String target = g.topology.service(dependency.target()).name();
      if (dependency.restartsWith() && moving.contains(target)) {
        return target;
      }
    }
    return after.restarted().get(0);
  }

  private static boolean running(ObservedContainer c) {
    return c.state() == ContainerState.RUNNING;
  }

  private void plan(int v, Action what, String why) {
    action[v] = what;
    reason[v] = why;
  }

  /**
   * Startup gates first; then the causes (and failures nothing explains); then the rest, each
   * after the planned services it needs to start.
   */
  private List<RecoveryStep> waves() {
    Set<String> first = new HashSet<>(found.unexplained);
    found.causes.forEach(c -> first.add(c.service()));
    int[] wave = new int[g.size()];
    int gates = -1;
    for (int v : Access.graphs().startupOrder(graph).order) {
      if (action[v] != null && g.gate(v)) {
        wave[v] = layer(v, 0, wave);
        gates = Math.max(gates, wave[v]);
      }
    }
    List<RecoveryStep> steps = new ArrayList<>();
    for (int v : Access.graphs().startupOrder(graph).order) {
      if (action[v] == null) {
        continue;
      }
      if (!g.gate(v)) {
        int base = Math.max(gates + 1, first.isEmpty() || first.contains(g.name(v)) ? 0 : 1);
        wave[v] = layer(v, base, wave);
      }
      steps.add(RecoveryStep.of(g.name(v), action[v], wave[v], reason[v]));
    }
    steps.sort(Comparator.comparingInt(RecoveryStep::wave).thenComparing(RecoveryStep::service));
    return List.copyOf(steps);
  }

  /** The wave of {@code v}: at least {@code base}, and after every planned service it needs. */
  private int layer(int v, int base, int[] wave) {
    int layer = base;
    for (int i = g.needs.start(v); i < g.needs.end(v); i++) {
      int u = g.needs.target(i);
      if (action[u] != null && (g.gate(u) || !g.gate(v))) {
        layer = Math.max(layer, wave[u] + 1);
      }
    }
    return layer;
  }
}
