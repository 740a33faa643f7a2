package dev.topology.graph;

import dev.topology.api.ContainerState;
import dev.topology.api.Lifecycle;
import dev.topology.api.ObservedContainer;
import dev.topology.graph.RecoveryStep.Action;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The recovery waves of a {@link Triage}: what to start, restart or run, causes first, each
 * service after the services of the plan it needs to start.
 */
final class Recovery {
  private final TopologyGraph graph;
  private final GraphIndex g;
  private final Verdict[] verdicts;
  private final Triage.Findings found;
  private final Action[] action;
  private final String[] reason;

  Recovery(TopologyGraph graph, Verdict[] verdicts, Triage.Findings found) {
    this.graph = graph;
    this.g = graph.index();
    this.verdicts = verdicts;
    this.found = found;
    this.action = new Action[g.size()];
    this.reason = new String[g.size()];
  }

  List<RecoveryStep> steps() {
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
      for (String name : after.order()) {
        int v = g.topology.indexOf(name);
        if (action[v] == null && (verdicts[v] == Verdict.UP || verdicts[v] == Verdict.PARTLY_UP)) {
          plan(v, Action.RESTART, "needs " + after.impact().affected(name).orElseThrow().via()
              + ", which restarts");
        }
      }
    }
    return waves();
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
    for (int v : graph.startupOrder().order) {
      if (action[v] != null && g.gate(v)) {
        wave[v] = layer(v, 0, wave);
        gates = Math.max(gates, wave[v]);
      }
    }
    List<RecoveryStep> steps = new ArrayList<>();
    for (int v : graph.startupOrder().order) {
      if (action[v] == null) {
        continue;
      }
      if (!g.gate(v)) {
        int base = Math.max(gates + 1, first.isEmpty() || first.contains(g.name(v)) ? 0 : 1);
        wave[v] = layer(v, base, wave);
      }
      steps.add(new RecoveryStep(g.name(v), action[v], wave[v], reason[v]));
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
