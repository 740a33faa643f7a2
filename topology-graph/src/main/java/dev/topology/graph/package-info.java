/**
 * The engine: startup ordering, failure impact and the analyses built on them, with {@link
 * dev.topology.graph.TopologyGraph} the one entry point.
 *
 * <p>{@link dev.topology.graph.TopologyGraph#of(dev.topology.api.Topology,
 * dev.topology.api.Deployment)} resolves a topology against a deployment and freezes it into an
 * immutable engine. Its answers live in one package per subject:
 *
 * <ul>
 *   <li>{@link dev.topology.graph.startup}: the startup plan (order, waves, external
 *       prerequisites), its timed schedule, the {@link dev.topology.graph.startup.Phase} of a
 *       failure, and the error that names every startup cycle;
 *   <li>{@link dev.topology.graph.impact}: what the failure of services takes down in a phase,
 *       and why;
 *   <li>{@link dev.topology.graph.restart}: the restarts that follow a runtime restart;
 *   <li>{@link dev.topology.graph.rootcause}: the root causes of observed failures;
 *   <li>{@link dev.topology.graph.blast}: the blast radius of every service;
 *   <li>{@link dev.topology.graph.lint}: lint findings;
 *   <li>{@link dev.topology.graph.diff}: the differences between two engines;
 *   <li>{@link dev.topology.graph.triage}: the triage of what was seen running;
 *   <li>{@link dev.topology.graph.availability}: the steady-state availability of every service
 *       and of the system from figures per service, importance, what-ifs and recovery times.
 * </ul>
 *
 * <p>This package also holds the engine's query error, {@link
 * dev.topology.graph.InvalidQueryException}, and read-only JGraphT views of the engine's graphs,
 * {@link dev.topology.graph.JGraphTViews}, whose edges are {@link dev.topology.graph.Edge}s.
 * The kernels that compute the answers are in a package the module does not export.
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
 *       direction, where a JGraphT object graph costs some 300 bytes per edge; JGraphT users
 *       get read-only views over these rows from {@link dev.topology.graph.JGraphTViews}, and
 *       JGraphT types appear in no other public signature. Building the rows is two counting-sort
 *       transpositions, O(V + E).
 *   <li><b>Startup order and waves</b>: Kahn's algorithm with longest-path layering on the way,
 *       then a counting sort by wave over the services in name order, so the order goes wave by
 *       wave and by name within a wave, O(V + E), once per engine.
 *   <li><b>Cycles</b>: only when Kahn's algorithm stalls, the startup dependencies are split into
 *       strongly connected components by the engine's one iterative Tarjan, O(V + E); each
 *       component's witness cycle is the shortest cycle through its first service by name, found
 *       by breadth-first search, O(V + E) over all components.
 *   <li><b>Schedule</b> (earliest ready times, critical chain): one pass in startup order, O(V +
 *       E).
 *   <li><b>Prerequisites and dependents</b>: breadth-first search, then a pass in startup order,
 *       O(V + E) per query.
 *   <li><b>Impact</b>: one multi-source breadth-first search over the reversed edges of the
 *       phase, O(V + E) time and O(V) memory for any number of failed services; explaining paths
 *       are kept as parent pointers and built on demand.
 *   <li><b>Restart plan</b>: a runtime impact, then one pass in startup order, O(V + E).
 *   <li><b>Failure graph</b> (per phase, on first use, kept): the edges along which a failure
 *       spreads, condensed into strongly connected components by an iterative Tarjan, O(V + E),
 *       since runtime interactions may form cycles.
 *   <li><b>Blast radius</b> (per phase, on first use, kept): exact counts of what every failure
 *       takes down, never a V-by-V matrix. A component whose dependents are chains, trees or
 *       fans is counted by adding up; the rest are counted by pushing 64-bit words from 64
 *       sources at a time and summing them into bit-sliced counters, O(V (V + E) / 64) at
 *       worst, O(V + E) memory. Worst severity reached: one pass, O(V + E).
 *   <li><b>Availability</b> (per model): the same closures read the other way (what each
 *       service requires), summed as exact fixed-point sums of logarithms with the same two
 *       steps; a what-if adds differences along what the changed services take down.
 *   <li><b>Root causes</b>: the intersection of the causes of each observed service that no
 *       other observed one takes down, stopping once empty, O(t (V + E)); counts as for the
 *       blast radius, restricted to the candidates; pairs at O(V + E) each under a fixed cap on
 *       work.
 *   <li><b>Lint</b>: O(V + E) per rule, but redundant dependencies, found by pushing 64-bit
 *       words up the startup dependencies from 64 targets at a time, O(T (V + E) / 64) at worst.
 *   <li><b>Diff</b>: a merge of the two engines' sorted arrays, O(V + E), plus blast radii.
 *   <li><b>One kernel per job</b>, shared by the answers above: one wave plan (the startup plan
 *       and every restart plan place their services with it, one counting sort by wave); one
 *       failure spread (impacts, root causes and the failure graph search with it, and it holds
 *       the startup-gate rule: a gate that is down takes every started service down); one
 *       64-lane sweep (the blast radius, the redundant dependencies and the availability push
 *       their words with it).
 * </ul>
 *
 * <p>Every algorithm is iterative, so a chain of a million services cannot overflow the stack.
 * The engine does no I/O and starts no threads; queries allocate their own scratch arrays, and the
 * results kept on first use are immutable and published through volatile fields, so an engine can
 * be shared by any number of threads.
 */
@EngineStyle
package dev.topology.graph;

import dev.topology.graph.internal.EngineStyle;
