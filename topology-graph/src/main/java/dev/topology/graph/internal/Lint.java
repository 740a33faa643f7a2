package dev.topology.graph.internal;

import dev.topology.api.Lifecycle;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.lint.LintRule;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every {@link LintRule} over an engine; see {@link TopologyGraph#lint()}. */
public final class Lint {
  private final GraphIndex g;
  private final List<LintFinding> findings = new ArrayList<>();

  private Lint(GraphIndex g) {
    this.g = g;
  }

  public static List<LintFinding> run(GraphIndex g, StartupOrder startup, Analyses analyses) {
    Lint lint = new Lint(g);
    lint.unusedOneShots();
    lint.runtimeDependencies();
    lint.singlePointsOfFailure(analyses);
    for (RedundantDependencies.Finding found : RedundantDependencies.find(g, startup)) {
      lint.add(LintRule.REDUNDANT_DEPENDENCY, Messages.redundant(g, found),
          found.from(), found.to());
    }
    lint.findings.sort(Comparator.comparing(LintFinding::rule)
        .thenComparing(f -> f.services().get(0))
        .thenComparing(f -> f.services().get(f.services().size() - 1)));
    return List.copyOf(lint.findings);
  }

  private void add(LintRule rule, String message, int... services) {
    findings.add(LintFinding.of(rule, new NameList(g, services), message));
  }

  /** Marks what long-running services need to start, directly or not; the rest waits for none. */
  private void unusedOneShots() {
    int n = g.size();
    boolean[] needed = new boolean[n];
    boolean[] queued = new boolean[n];
    int[] queue = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (g.service(v).lifecycle() == Lifecycle.LONG_RUNNING) {
        queued[v] = true;
        queue[tail++] = v;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      for (int i = g.needs.start(v); i < g.needs.end(v); i++) {
        int w = g.needs.target(i);
        needed[w] = true;
        if (!queued[w]) {
          queued[w] = true;
          queue[tail++] = w;
        }
      }
    }
    for (int v = 0; v < n; v++) {
      if (g.service(v).lifecycle() == Lifecycle.ONE_SHOT && !needed[v] && !g.external(v)) {
        add(LintRule.UNUSED_ONE_SHOT, Messages.unusedOneShot(g.name(v)), v);
      }
    }
  }

  private void runtimeDependencies() {
    for (int v = 0; v < g.size(); v++) {
      for (int i = g.talksTo.start(v); i < g.talksTo.end(v); i++) {
        int w = g.talksTo.target(i);
        Lifecycle target = g.service(w).lifecycle();
        if (target == Lifecycle.ONE_SHOT) {
          add(LintRule.RUNTIME_DEPENDENCY_ON_ONE_SHOT,
              Messages.runtimeOnOneShot(g.name(v), g.name(w)), v, w);
        } else if (target == Lifecycle.STARTUP_ONLY) {
          add(LintRule.RUNTIME_DEPENDENCY_ON_STARTUP_ONLY,
              Messages.runtimeOnStartupOnly(g.name(v), g.name(w)), v, w);
        }
      }
    }
  }

  private void singlePointsOfFailure(Analyses analyses) {
    BlastRadius startup = analyses.blastRadius(Phase.STARTUP);
    BlastRadius runtime = analyses.blastRadius(Phase.RUNTIME);
    int n = g.size();
    for (int v = 0; v < n; v++) {
      int atStartup = Access.blasts().takesDown(startup, v);
      int atRuntime = Access.blasts().takesDown(runtime, v);
      if (2L * atStartup > n || 2L * atRuntime > n) {
        add(LintRule.SINGLE_POINT_OF_FAILURE, Messages.singlePointOfFailure(g.name(v), n,
            2L * atStartup > n ? atStartup : -1, 2L * atRuntime > n ? atRuntime : -1), v);
      }
    }
  }
}
