/** Another team's tool: it reads only the exported packages of the library. */
module dev.topology.consumer {
  requires dev.topology.catalog;
  requires dev.topology.graph;
}
