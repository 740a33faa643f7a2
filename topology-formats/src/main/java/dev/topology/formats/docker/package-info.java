/**
 * Reads the JSON output of {@code docker ps} and {@code docker compose ps} into what was
 * observed of each service.
 */
package dev.topology.formats.docker;
