package dev.topology.benchmarks;

import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupPlan;

/** Makes sure each baseline answers what the engine answers before either is timed. */
final class Checks {
  private Checks() {}

  static void equal(String what, long engine, long baseline) {
    if (engine != baseline) {
      throw new IllegalStateException(
          "The engine and the baseline disagree on the " + what + ": " + engine + " and "
              + baseline + ".");
    }
  }

  /** Waves, one impact and one service's prerequisites, counted on both sides. */
  static void agree(Input in, TopologyGraph engine) {
    StartupPlan plan = engine.startupPlan();
    Baselines.Plan baseline = Baselines.kahnLayers(in.needs, in.neededBy);
    equal("number of waves", plan.waves().size(), baseline.waveCount());
    for (int k = 0; k < baseline.waveCount(); k++) {
      equal("size of wave " + k, plan.waves().get(k).size(),
          baseline.waveStart()[k + 1] - baseline.waveStart()[k]);
    }
    equal("plan from the topology", baseline.waveCount(),
        Baselines.planFromTopology(in.topology).waveCount());
    equal("impact of " + in.failedName(),
        engine.impact(Phase.STARTUP, in.failedName()).affected().size(),
        Baselines.bfs(in.neededBy, in.failed));
    equal("prerequisites of " + in.askedName(), engine.prerequisites(in.askedName()).size(),
        Baselines.bfs(in.needs, in.asked));
  }

  /** The plan step gives the engine's order. */
  static void sameOrder(TopologyGraph engine, Input in, int[] order) {
    java.util.List<String> names = engine.startupPlan().order();
    equal("length of the order", names.size(), order.length);
    for (int k = 0; k < order.length; k++) {
      if (!names.get(k).equals(in.names[order[k]])) {
        throw new IllegalStateException("The plan step disagrees with the engine at " + k + ".");
      }
    }
  }
}
