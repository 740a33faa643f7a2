package dev.topology.graph.internal;

import dev.topology.graph.TopologyGraph;

/**
 * The resolved inputs of the availability answers, per node of the graph's index: what the
 * exact answers, the recovery times and the simulation all read. Built once per model (and per
 * what-if); the arrays are never changed after construction and never handed to callers.
 */
public final class AvailabilityData {
  /** The engine the figures belong to. */
  public final TopologyGraph graph;
  /** Its index. */
  public final GraphIndex g;
  /** Per node: true when it counts at runtime (a long-running service of this installation). */
  public final boolean[] counted;
  /** Per node: its steady-state unavailability, 1 minus its availability, in [0, 1). */
  public final double[] unavailability;
  /** Per node: its MTTF in seconds; NaN when its figure has no time scale (availability alone). */
  public final double[] mttfSeconds;
  /** Per node: its MTTR in seconds; NaN when its figure has no time scale (availability alone). */
  public final double[] mttrSeconds;
  /** Per node: its start duration in seconds, zero where the caller gave none. */
  public final double[] startSeconds;

  /**
   * Keeps the arrays (not copied: the caller hands them over).
   */
  public AvailabilityData(TopologyGraph graph, GraphIndex g, boolean[] counted,
      double[] unavailability, double[] mttfSeconds, double[] mttrSeconds,
      double[] startSeconds) {
    this.graph = graph;
    this.g = g;
    this.counted = counted;
    this.unavailability = unavailability;
    this.mttfSeconds = mttfSeconds;
    this.mttrSeconds = mttrSeconds;
    this.startSeconds = startSeconds;
  }
}
