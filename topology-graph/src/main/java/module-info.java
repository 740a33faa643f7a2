/**
 * The engine: startup ordering, failure impact and the analyses built on them. JGraphT is
 * required transitively because {@link dev.topology.graph.JGraphTViews} hands out its graphs.
 */
module dev.topology.graph {
  requires transitive dev.topology.api;
  requires transitive org.jgrapht.core;

  exports dev.topology.graph;
}
