/** The engine: startup ordering, failure impact and the analyses built on them. */
module dev.topology.graph {
  requires transitive dev.topology.api;
  requires org.jgrapht.core;

  exports dev.topology.graph;
}
