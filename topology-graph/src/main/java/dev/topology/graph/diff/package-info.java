/**
 * Diff: how two engines differ ({@link dev.topology.graph.diff.TopologyDiff}): services and
 * edges added and removed, and each {@link dev.topology.graph.diff.Change} of a service's
 * severity, startup wave or blast radius. A merge of the two engines' sorted arrays, O(V + E),
 * plus the blast radii it compares.
 */
@EngineStyle
package dev.topology.graph.diff;

import dev.topology.graph.internal.EngineStyle;
