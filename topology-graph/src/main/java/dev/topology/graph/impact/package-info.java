/**
 * Failure impact: what the failure of one or several services takes down in a phase ({@link
 * dev.topology.graph.impact.Impact}), each {@link dev.topology.graph.impact.AffectedService}
 * with the path that explains it, the source's statements about unnamed dependents ({@link
 * dev.topology.graph.impact.ImpactNote}), and the edges of a failure graph as JGraphT views hand
 * them out ({@link dev.topology.graph.impact.FailureEdge}).
 *
 * <p>An impact is one multi-source breadth-first search over the reversed edges of the phase,
 * O(V + E) time and O(V) memory for any number of failed services; explaining paths are found
 * by a second search of the same cost when first asked for, and built on demand.
 */
@EngineStyle
package dev.topology.graph.impact;

import dev.topology.graph.internal.EngineStyle;
