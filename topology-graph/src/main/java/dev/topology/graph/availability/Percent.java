package dev.topology.graph.availability;

import dev.topology.api.Reliability;
import java.time.Duration;

/** How the answers' {@code toString()}s write figures for people. */
final class Percent {
  private Percent() {}

  /** An availability as a percentage with two digits past its nines: 99.985%. */
  static String of(double availability) {
    if (availability >= 1) {
      return "100%";
    }
    double downPercent = (1 - availability) * 100;
    int decimals = downPercent >= 1 ? 2
        : Math.min(12, (int) Math.ceil(-Math.log10(downPercent)) + 2);
    return String.format(java.util.Locale.ROOT, "%." + decimals + "f%%", availability * 100);
  }

  /** A share as a percentage with one decimal: 66.7%. */
  static String share(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
  }

  /** A duration to the second (to the millisecond below one second). */
  static String duration(Duration d) {
    Duration shown = d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofMillis(d.toMillis())
        : Duration.ofSeconds(d.getSeconds());
    return Reliability.format(shown);
  }
}
