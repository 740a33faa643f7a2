/**
 * The typed, immutable model of a service topology and its JSON codec.
 */
module dev.topology.api {
  requires static org.immutables.value.annotations;
  requires tools.jackson.core;

  exports dev.topology.api;
  exports dev.topology.api.json;
}
