package dev.topology.graph.availability;

import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.AvailabilityData;
import dev.topology.graph.internal.Csr;
import dev.topology.graph.internal.FailureGraph;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.startup.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a simulation runs on, per node: the MTTF and MTTR it draws from, how long it waits for a
 * restart, and its severity if it counts; resolved from the figures and the options, with every
 * service that lacks a time scale reported at once.
 */
final class SimulationInputs {
  final GraphIndex g;
  final FailureGraph failures;
  final boolean[] counted;
  /** Seconds; infinite for a node that never fails. */
  final double[] mttf;
  final double[] mttr;
  final double[] start;
  /** The severity's ordinal, or -1 for a node that does not count. */
  final int[] severity;

  private SimulationInputs(AvailabilityData data, double defaultMttr) {
    this.g = data.g;
    this.failures = Access.graphs().failures(data.graph, Phase.RUNTIME);
    this.counted = data.counted;
    int n = g.size();
    this.mttf = new double[n];
    this.mttr = new double[n];
    this.start = new double[n];
    this.severity = new int[n];
    boolean[] declares = declaresRestart(g);
    List<String> missing = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      mttf[v] = Double.POSITIVE_INFINITY;
      severity[v] = counted[v] ? g.severityLevel(v) : -1;
      // Under the declared rule only what declares a restart waits for its start.
      boolean waits = !g.external(v) && (declares == null || declares[v]);
      start[v] = waits ? data.startSeconds[v] : 0;
      double u = data.unavailability[v];
      if (!counted[v] || !(u > 0)) {
        continue;
      }
      double f = data.mttfSeconds[v];
      double r = data.mttrSeconds[v];
      if (Double.isNaN(r) && Double.isNaN(f)) {
        if (Double.isNaN(defaultMttr)) {
          missing.add(g.name(v));
          continue;
        }
        r = defaultMttr;
      }
      // MTTF / MTTR = A / U, whichever of the two was given.
      mttr[v] = Double.isNaN(r) ? f * (u / (1 - u)) : r;
      mttf[v] = Double.isNaN(f) ? r * ((1 - u) / u) : f;
    }
    if (!missing.isEmpty()) {
      throw new InvalidQueryException("A simulation draws times to failure and to repair, but "
          + (missing.size() == 1 ? "1 service has" : missing.size() + " services have")
          + " an availability alone, without a time scale: " + Messages.list(missing)
          + ". Give " + (missing.size() == 1 ? "it" : "each") + " an MTTF or an MTTR, or"
          + " give SimulationOptions a defaultMttr.");
    }
  }

  static SimulationInputs resolve(AvailabilityData data, SimulationOptions options) {
    return new SimulationInputs(data,
        options.defaultMttr().map(SimulationInputs::seconds).orElse(Double.NaN));
  }

  /**
   * Per node, whether it declares that it restarts with one of its dependencies; null when no
   * dependency of the installation declares it (every service at risk restarts).
   */
  private static boolean[] declaresRestart(GraphIndex g) {
    Csr by = g.restartsWithBy;
    if (by == null) {
      return null;
    }
    boolean[] declares = new boolean[g.size()];
    for (int target = 0; target < g.size(); target++) {
      for (int i = by.start(target); i < by.end(target); i++) {
        declares[by.target(i)] = true;
      }
    }
    return declares;
  }

  static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /** A duration of {@code seconds}, to the nanosecond; never more than a few million years. */
  static Duration duration(double seconds) {
    long whole = (long) Math.floor(seconds);
    return Duration.ofSeconds(whole, Math.min(999_999_999L, Math.round((seconds - whole) * 1e9)));
  }
}
