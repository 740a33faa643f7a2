/** The engine: startup ordering and failure impact of a topology. */
package dev.topology.graph;
