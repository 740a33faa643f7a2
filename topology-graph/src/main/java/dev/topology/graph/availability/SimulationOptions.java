package dev.topology.graph.availability;

/**
 * How a simulation runs: its seed, how much simulated time, its bounds and how to cancel it.
 * (Contract placeholder: filled in by the simulation's implementation.)
 */
public abstract class SimulationOptions {
  SimulationOptions() {}
}
