/**
 * Readers of the formats teams already have, from strings: Docker Compose files, and the JSON
 * output of {@code docker ps} and {@code docker compose ps}; the engine's answers as JSON; and
 * writers of Graphviz DOT and Mermaid diagrams of the engine's topologies and impacts. The engine
 * is required transitively because the writers take its answers.
 */
module dev.topology.formats {
  requires transitive dev.topology.api;
  requires static org.immutables.value.annotations;
  requires org.yaml.snakeyaml;
  requires tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires transitive dev.topology.graph;

  exports dev.topology.formats.backstage;
  exports dev.topology.formats.compose;
  exports dev.topology.formats.diagram;
  exports dev.topology.formats.docker;
  exports dev.topology.formats.json;
  exports dev.topology.formats.structurizr;
}
