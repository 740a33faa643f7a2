package dev.topology.graph.availability;

/** Why a {@link Simulation} ended. */
public enum SimulationEnd {
  /** It covered the whole simulated time asked for. */
  HORIZON,
  /** It reached the bound on events first ({@link SimulationOptions#maxEvents()}). */
  EVENT_BOUND,
  /** The caller's check cancelled it ({@link SimulationOptions#cancelled()}). */
  CANCELLED;

  /**
   * Returns whether the run stopped before the end of the simulated time asked for.
   *
   * @return true unless {@link #HORIZON}
   */
  public boolean early() {
    return this != HORIZON;
  }
}
