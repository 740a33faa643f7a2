/** Reads a Docker Compose file into a {@link dev.topology.api.Topology}. */
package dev.topology.formats.compose;
