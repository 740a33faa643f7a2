/**
 * The JSON codec of the model: {@link dev.topology.api.json.TopologyJson} turns topologies and
 * deployments into strings and back, strictly and within stated limits. It reads nothing but the
 * string it is given.
 */
package dev.topology.api.json;
