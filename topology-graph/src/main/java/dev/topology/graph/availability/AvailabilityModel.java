package dev.topology.graph.availability;

import dev.topology.graph.internal.AvailabilityData;

/**
 * The availability answers of one engine and one set of figures. (Contract placeholder: the
 * exact answers, importance, what-if and recovery are filled in by their implementation.)
 */
public final class AvailabilityModel {
  private final AvailabilityData data;

  AvailabilityModel(AvailabilityData data) {
    this.data = data;
  }

  /**
   * Simulates failures, repairs and restarts over simulated time; see {@link Simulation}.
   *
   * @param options the seed, the simulated time, the bounds and the cancellation
   * @return the answer
   */
  public Simulation simulate(SimulationOptions options) {
    return Simulation.run(data, options);
  }
}
