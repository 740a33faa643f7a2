package dev.topology.graph.internal;

import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.startup.Phase;

/**
 * The results an engine computes on first use and keeps: per phase, the condensed failure graph
 * and the blast radius.
 *
 * <p>Each is immutable and deterministic, published through a volatile field: two threads that
 * ask at once may both compute it, and either result is the same, so no lock is needed.
 */
public final class Analyses {
  private final GraphIndex g;
  private volatile FailureGraph startupFailures;
  private volatile FailureGraph runtimeFailures;
  private volatile BlastRadius startupBlast;
  private volatile BlastRadius runtimeBlast;

  public Analyses(GraphIndex g) {
    this.g = g;
  }

  public FailureGraph failures(Phase phase) {
    FailureGraph f = phase == Phase.STARTUP ? startupFailures : runtimeFailures;
    if (f == null) {
      f = FailureGraph.of(g, phase);
      if (phase == Phase.STARTUP) {
        startupFailures = f;
      } else {
        runtimeFailures = f;
      }
    }
    return f;
  }

  public BlastRadius blastRadius(Phase phase) {
    BlastRadius b = phase == Phase.STARTUP ? startupBlast : runtimeBlast;
    if (b == null) {
      b = BlastSearch.run(failures(phase));
      if (phase == Phase.STARTUP) {
        startupBlast = b;
      } else {
        runtimeBlast = b;
      }
    }
    return b;
  }
}
