package dev.topology.graph;

import dev.topology.api.Deployment;
import dev.topology.api.Topology;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.StartupOrder;

/**
 * The engine's plan step apart from construction, for the benchmarks only: the engine's frozen
 * arrays made once, then its plan (Kahn layering into waves, then the order wave by wave) computed anew on each
 * call, like for like with a Kahn baseline on ready-made arrays. Lives in the engine's package,
 * in the benchmark sources, because the step is not public API: the kernels it calls are in the
 * engine's internal package.
 */
public final class PlanStep {
  private final GraphIndex index;

  /**
   * Freezes {@code topology} in its default deployment.
   *
   * @param topology the topology
   */
  public PlanStep(Topology topology) {
    this.index = GraphIndex.freeze(topology, Deployment.defaults());
  }

  /**
   * Computes the plan.
   *
   * @return the startup order, each node as its position in the topology
   */
  public int[] plan() {
    return StartupOrder.of(index).order;
  }
}
