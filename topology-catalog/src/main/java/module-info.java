/** The bundled CircleCI Server 2.x catalog, as code. */
module dev.topology.catalog {
  requires transitive dev.topology.api;

  exports dev.topology.catalog;
}
