/**
 * Availability and recovery: the steady-state availability of every service from per-service
 * {@linkplain dev.topology.api.Reliability figures} (independent failures, each shared
 * dependency counted once), which service matters most, what-if answers, recovery times after
 * a failure, and a seeded simulation that adds the cost of restarts. The entry point is {@link
 * dev.topology.graph.TopologyGraph#availability(AvailabilityInputs)}, which returns an {@link
 * dev.topology.graph.availability.AvailabilityModel}.
 */
@EngineStyle
package dev.topology.graph.availability;

import dev.topology.graph.internal.EngineStyle;
