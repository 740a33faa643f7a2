/**
 * Restart plans: what must restart, and in which waves, after services restart while the system
 * runs ({@link dev.topology.graph.restart.RestartPlan}), by the {@link
 * dev.topology.graph.restart.RestartRule} the topology calls for. A plan is a runtime impact,
 * then one pass in startup order, O(V + E).
 */
package dev.topology.graph.restart;
