/**
 * Startup: the {@link dev.topology.graph.startup.StartupPlan} (order, waves, external
 * prerequisites) and its timed {@link dev.topology.graph.startup.StartupSchedule}; the {@link
 * dev.topology.graph.startup.Phase} every failure question is asked in; and {@link
 * dev.topology.graph.startup.StartupCycleException}, which names every {@link
 * dev.topology.graph.startup.StartupCycle} of startup dependencies.
 *
 * <p>The plan is Kahn's algorithm with longest-path layering, then a counting sort by wave over
 * the services in name order, O(V + E), once per engine; a schedule is one pass in startup
 * order, O(V + E). Cycles are looked for only when Kahn's algorithm stalls.
 */
@EngineStyle
package dev.topology.graph.startup;

import dev.topology.graph.internal.EngineStyle;
