package dev.topology.graph.availability;

import dev.topology.graph.internal.AvailabilityData;

/**
 * The answer of a seeded Monte Carlo simulation of failures, repairs and restarts over simulated
 * years. (Contract placeholder: filled in by the simulation's implementation.)
 */
public final class Simulation {
  private Simulation() {}

  /** Runs the simulation; the one entry {@link AvailabilityModel#simulate} calls. */
  static Simulation run(AvailabilityData data, SimulationOptions options) {
    throw new UnsupportedOperationException("not built yet");
  }
}
