/**
 * The engine: startup ordering, failure impact and the analyses built on them, one package per
 * subject. JGraphT is required transitively because {@link dev.topology.graph.JGraphTViews} hands
 * out its graphs. The kernels' package, {@code dev.topology.graph.internal}, is not exported.
 */
module dev.topology.graph {
  requires transitive dev.topology.api;
  requires transitive org.jgrapht.core;
  requires static org.immutables.value.annotations;

  exports dev.topology.graph;
  exports dev.topology.graph.availability;
  exports dev.topology.graph.blast;
  exports dev.topology.graph.diff;
  exports dev.topology.graph.impact;
  exports dev.topology.graph.lint;
  exports dev.topology.graph.restart;
  exports dev.topology.graph.rootcause;
  exports dev.topology.graph.startup;
  exports dev.topology.graph.triage;
}
