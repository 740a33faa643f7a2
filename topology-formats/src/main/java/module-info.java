/**
 * Readers of the formats teams already have, from strings: Docker Compose files, and the JSON
 * output of {@code docker ps} and {@code docker compose ps}; and the engine's answers as JSON.
 */
module dev.topology.formats {
  requires transitive dev.topology.api;
  requires org.yaml.snakeyaml;
  requires tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires transitive dev.topology.graph;

  exports dev.topology.formats.compose;
  exports dev.topology.formats.docker;
  exports dev.topology.formats.json;
}
