package dev.topology.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Availabilities and downtimes for people: as many digits as the figure has nines. */
final class AvailabilityText {
  private AvailabilityText() {}

  /**
   * An availability, given by its unavailability, as a percentage to the second significant
   * digit of the unavailability (about; a power of ten shows one digit more): an unavailability
   * of 0.00016 is {@code 99.984%}, 0.03940399 is {@code 96.1%}, 0.01 is {@code 99%}, 0 is
   * {@code 100%}.
   */
  static String percent(double unavailability) {
    if (unavailability <= 0) {
      return "100%";
    }
    int digits = (int) Math.ceil(-Math.log10(unavailability)) + 1;
    int decimals = Math.max(0, Math.min(14, digits - 2));
    // 1 - u in decimal, from the shortest decimal of u, rounded: the noise of the last bits
    // of a double (0.010000000000000009) does not show.
    return BigDecimal.ONE.subtract(BigDecimal.valueOf(unavailability)).movePointRight(2)
        .setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * Decimals of a percentage that show every figure of a group to about the second significant
   * digit of the smallest unavailability among them: {@code 0.0005} and {@code 0.001} give 3
   * ({@code 99.950%}, {@code 99.900%}).
   */
  static int decimals(double... unavailabilities) {
    double least = Double.POSITIVE_INFINITY;
    for (double u : unavailabilities) {
      if (u > 0 && u < least) {
        least = u;
      }
    }
    if (least == Double.POSITIVE_INFINITY) {
      return 0;
    }
    int digits = (int) Math.ceil(-Math.log10(least)) + 1;
    return Math.max(0, Math.min(14, digits - 2));
  }

  /**
   * An availability, given by its unavailability, as a percentage with these decimals, trailing
   * zeros kept so that the figures of a group line up; 0 is {@code 100%}.
   */
  static String percent(double unavailability, int decimals) {
    if (unavailability <= 0) {
      return "100%";
    }
    return BigDecimal.ONE.subtract(BigDecimal.valueOf(unavailability)).movePointRight(2)
        .setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() + "%";
  }

  /** A share as a whole percentage, such as {@code 67%}. */
  static String share(double share) {
    return Math.round(share * 100) + "%";
  }

  /**
   * A duration in its two largest units, the rest cut off: {@code 1d4h}, {@code 7h12m}, {@code
   * 4m19s}, {@code 2.5s}, {@code 259ms}, {@code <1ms}, {@code 0s}.
   */
  static String duration(Duration d) {
    long millis = d.toMillis();
    if (d.isZero()) {
      return "0s";
    } else if (millis == 0) {
      return "<1ms";
    } else if (millis < 1_000) {
      return millis + "ms";
    } else if (millis < 60_000) {
      return BigDecimal.valueOf(millis, 3).setScale(1, RoundingMode.DOWN).stripTrailingZeros()
          .toPlainString() + "s";
    }
    long seconds = d.getSeconds();
    if (seconds < 3_600) {
      return two(seconds / 60, "m", seconds % 60, "s");
    } else if (seconds < 86_400) {
      return two(seconds / 3_600, "h", seconds % 3_600 / 60, "m");
    }
    return two(seconds / 86_400, "d", seconds % 86_400 / 3_600, "h");
  }

  /** A time of a recovery, exact to the millisecond: {@code 1h30s}, {@code 250ms}. */
  static String exact(Duration d) {
    return dev.topology.api.Reliability.format(Duration.ofMillis(d.toMillis()));
  }

  private static String two(long first, String unit, long second, String other) {
    return first + unit + (second == 0 ? "" : second + other);
  }
}
