/** The engine: startup ordering and failure impact of a topology. */
module dev.topology.graph {
  requires transitive dev.topology.api;
  requires org.jgrapht.core;

  exports dev.topology.graph;
}
