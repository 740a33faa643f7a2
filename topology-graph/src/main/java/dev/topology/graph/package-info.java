/**
 * The engine: startup ordering and failure impact of a topology.
 *
 * <p>{@link dev.topology.graph.TopologyGraph#of(dev.topology.api.Topology,
 * dev.topology.api.Deployment)} resolves a topology against a deployment and freezes it into an
 * immutable engine that answers: the {@linkplain dev.topology.graph.StartupPlan startup plan}
 * (order, waves, external prerequisites), its {@linkplain dev.topology.graph.StartupSchedule
 * timed schedule}, transitive prerequisites and dependents, and the {@linkplain
 * dev.topology.graph.Impact impact} of failures in a {@linkplain dev.topology.graph.Phase phase}.
 * A startup cycle is an error that names every cycle ({@link
 * dev.topology.graph.StartupCycleException}).
 *
 * <h2>Design note: representation and costs</h2>
 *
 * <p>V is the number of services, E the number of dependencies.
 *
 * <ul>
 *   <li><b>Representation.</b> Services are numbered in canonical-name order, and each kind of
 *       edge is frozen into compressed sparse rows (an offsets array and a targets array),
 *       forward and reverse: startup dependencies, runtime interactions, and the derived
 *       "at risk while running" edges between long-running services. Rows are sorted, so
 *       walking a row visits neighbours by name, which is what makes every tie-break
 *       deterministic without sorting at query time. This takes about 4 bytes per edge and
 *       direction, where a JGraphT object graph costs some 300 bytes per edge, and it keeps
 *       JGraphT types out of every public signature. Building the rows is two counting-sort
 *       transpositions, O(V + E).
 *   <li><b>Startup order</b>: Kahn's algorithm with a binary min-heap of ready services, O(V log
 *       V + E), once per engine. <b>Waves</b>: longest-path layering in that order, O(V + E).
 *   <li><b>Cycles</b>: only when Kahn's algorithm stalls, the stalled services are copied into a
 *       JGraphT graph and split into strongly connected components by its iterative Kosaraju
 *       inspector, O(V + E); each component's witness cycle is the shortest cycle through its
 *       first service by name, found by breadth-first search, O(V + E) over all components.
 *   <li><b>Schedule</b> (earliest ready times, critical chain): one pass in startup order, O(V +
 *       E).
 *   <li><b>Prerequisites and dependents</b>: breadth-first search, then a pass in startup order,
 *       O(V + E) per query.
 *   <li><b>Impact</b>: one multi-source breadth-first search over the reversed edges of the
 *       phase, O(V + E) time and O(V) memory for any number of failed services; explaining paths
 *       are kept as parent pointers and built on demand.
 * </ul>
 *
 * <p>Every algorithm is iterative, so a chain of a million services cannot overflow the stack.
 * The engine does no I/O and starts no threads; queries allocate their own scratch arrays, so an
 * engine can be shared by any number of threads.
 */
package dev.topology.graph;
