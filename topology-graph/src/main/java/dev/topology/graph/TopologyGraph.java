package dev.topology.graph;

/** The engine over one concrete topology. */
public final class TopologyGraph {
  private TopologyGraph() {}
}
