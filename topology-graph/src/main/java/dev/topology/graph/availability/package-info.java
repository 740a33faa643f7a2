/**
 * Availability and recovery: the steady-state availability of every service from per-service
 * {@linkplain dev.topology.api.Reliability figures} (independent failures, each shared
 * dependency counted once), which service matters most, what-if answers, recovery times after
 * a failure, and a seeded simulation that adds the cost of restarts. The entry point is {@link
 * dev.topology.graph.TopologyGraph#availability(AvailabilityInputs)}, which returns an {@link
 * dev.topology.graph.availability.AvailabilityModel}.
 *
 * <h2>Design note: exact sums and costs</h2>
 *
 * <ul>
 *   <li><b>What a service requires</b> is what takes it down in {@link
 *       dev.topology.graph.blast.BlastRadius}'s runtime failure graph, read the other way: the
 *       closure of each service over the condensed graph reversed. The closures are summed as
 *       the blast radius counts them: by adding up where what a service requires directly
 *       reaches disjoint sets (chains, trees, fans; O(V + E)), else 64 services at a time by
 *       pushing 64-bit words, at worst O(V (V + E) / 64), O(V + E) memory.
 *   <li><b>Exact sums</b>: each service contributes {@code -log(a)} in fixed point (a 128-bit
 *       integer of units of 2^-96), so every way of summing (added up, per lane, or counted per
 *       distinct figure and multiplied out) gives the same bits, and a what-if, which adds the
 *       changed services' differences to what they take down, gives exactly the rebuilt answer.
 *       The availability is {@code exp(-sum)}, the unavailability {@code -expm1(-sum)}: no
 *       underflow and no lost digits for a hundred thousand services at 99.99%.
 *   <li><b>Few distinct figures</b> (the usual case: most services at a default): one set of
 *       bit-sliced counters per figure counts how many services of that figure each lane has
 *       reached, the cost per visit of the blast radius's own count. With more than 64 distinct
 *       figures each visit adds its sum to each lane of its word, up to 64 additions.
 *   <li><b>The costliest dependency</b>: a maximum, which may be taken over overlapping sets,
 *       so one pass in topological order, O(V + E). <b>System figures</b>: one search for the
 *       union of the closures of each severity, O(V + E).
 *   <li><b>Recovery</b>: the engine's restart plan, its waves timed in one pass, and one pass
 *       over the failure graph for the services that follow what they require, O(V + E).
 * </ul>
 */
@EngineStyle
package dev.topology.graph.availability;

import dev.topology.graph.internal.EngineStyle;
