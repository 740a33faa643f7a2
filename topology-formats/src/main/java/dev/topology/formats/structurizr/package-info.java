/**
 * Structurizr DSL workspaces: {@link StructurizrWriter} writes a topology as a {@code workspace}
 * with one software system, a container per service and a relationship per dependency, tagged
 * and styled by severity, with a container view laid out automatically; Structurizr's tools
 * (Lite, the CLI, the cloud service) render it.
 */
@StructurizrStyle
package dev.topology.formats.structurizr;
