package dev.topology.graph.availability;

import dev.topology.graph.InvalidQueryException;
import java.time.Duration;

/** The one check of simulated figures, shared by the service's and the system's values. */
final class SimulatedValues {
  private SimulatedValues() {}

  static void check(String what, double lower, double estimate, double upper,
      Duration downtime, long failures, long outages, long restarts) {
    if (downtime == null) {
      throw new InvalidQueryException(what + " need a downtime per month, not null.");
    }
    if (!(0 <= lower && lower <= estimate && estimate <= upper && upper <= 1)) {
      throw new InvalidQueryException(what + " need 0 <= lower <= availability <= upper <= 1;"
          + " " + lower + ", " + estimate + " and " + upper + " are not.");
    }
    if (downtime.isNegative() || failures < 0 || outages < 0 || restarts < 0) {
      throw new InvalidQueryException(what + " need a downtime and counts of zero or more; "
          + downtime + ", " + failures + ", " + outages + " and " + restarts + " are not.");
    }
  }
}
