/**
 * The typed, immutable model of a service topology and its JSON codec.
 */
// The project's modules named below are not found while this one is compiled alone.
@SuppressWarnings("module")
module dev.topology.api {
  requires static org.immutables.value.annotations;
  requires tools.jackson.core;

  exports dev.topology.api;
  exports dev.topology.api.json;
  // The one quoting of names in messages, shared by the project's modules, not by users.
  exports dev.topology.api.internal to
      dev.topology.graph, dev.topology.formats, dev.topology.testing, dev.topology.cli;
}
