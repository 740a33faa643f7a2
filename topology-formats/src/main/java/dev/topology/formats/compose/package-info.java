/**
 * Reads a Docker Compose file into a {@link dev.topology.api.Topology}, with what {@code docker
 * compose up} would fail or hang on, and reads Compose's {@code .env} files.
 */
package dev.topology.formats.compose;
