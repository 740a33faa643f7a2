/**
 * Graphviz DOT and Mermaid flowchart text of an engine's topology or of an impact, as strings:
 * {@link dev.topology.formats.diagram.Exports}. The caller writes them where it likes.
 */
package dev.topology.formats.diagram;
