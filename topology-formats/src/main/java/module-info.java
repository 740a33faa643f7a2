/**
 * Readers of the formats teams already have, from strings: Docker Compose files, and the JSON
 * output of {@code docker ps} and {@code docker compose ps}.
 */
module dev.topology.formats {
  requires transitive dev.topology.api;
  requires static org.immutables.value.annotations;
  requires org.yaml.snakeyaml;
  requires tools.jackson.core;

  exports dev.topology.formats.compose;
  exports dev.topology.formats.docker;
}
