/**
 * Readers of the formats teams already have, from strings: Docker Compose files, and the JSON
 * output of {@code docker ps} and {@code docker compose ps}.
 */
module dev.topology.formats {
  requires transitive dev.topology.api;
  requires tools.jackson.core;

  // Each reader's package is exported once it has a public type:
  // exports dev.topology.formats.compose;
  exports dev.topology.formats.docker;
}
