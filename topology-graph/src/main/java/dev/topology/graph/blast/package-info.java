/**
 * Blast radius: every service ranked by what its failure alone takes down in a phase ({@link
 * dev.topology.graph.blast.BlastRadius}), one {@link dev.topology.graph.blast.ServiceBlast} per
 * service.
 *
 * <p>Counts are exact and computed once per phase and engine: a component whose dependents are
 * chains, trees or fans is counted by adding up, the rest by pushing 64-bit words from 64
 * sources at a time, O(V (V + E) / 64) at worst, O(V + E) memory.
 */
@EngineStyle
package dev.topology.graph.blast;

import dev.topology.graph.internal.EngineStyle;
