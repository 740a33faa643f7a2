package dev.topology.graph.internal;

/**
 * Sums of logarithms kept exactly: a non-negative {@code -log(a)} in fixed point, as an
 * unsigned 128-bit integer of units of 2^-96 held in two longs ({@code hi}, {@code lo}).
 *
 * <p>Why fixed point: a sum of doubles depends on the order of its terms, and the engine sums
 * the same terms in different orders on different paths (rule-based sums, per-lane sums,
 * counts per distinct figure, what-if differences). Integer sums do not, so every path gives
 * the same bits. The unit, 2^-96 (about 1.3e-29), is far below any figure's own precision; the
 * range, 2^31, holds a hundred thousand services at the smallest availability a double holds.
 * Differences (what-ifs) are kept in two's complement, so adding them is the same addition.
 */
public final class LogSum {
  private static final double UNIT = 0x1p-96;
  private static final double HIGH_UNIT = 0x1p-32;

  private LogSum() {}

  /**
   * The high half of {@code x} in fixed point.
   *
   * @param x a finite value in [0, 2^31)
   */
  public static long hi(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int shift = shift(bits);
    long mantissa = mantissa(bits);
    if (shift >= 64) {
      return mantissa << (shift - 64);
    }
    return shift <= 0 ? 0 : mantissa >>> (64 - shift);
  }

  /**
   * The low half of {@code x} in fixed point, rounded to the nearest unit.
   *
   * @param x a finite value in [0, 2^31)
   */
  public static long lo(double x) {
    long bits = Double.doubleToRawLongBits(x);
    int shift = shift(bits);
    long mantissa = mantissa(bits);
    if (shift >= 64) {
      return 0;
    }
    if (shift >= 0) {
      return mantissa << shift;
    }
    if (shift < -63) {
      return 0;
    }
    return (mantissa + (1L << (-shift - 1))) >>> -shift;
  }

  /** How far the 53-bit mantissa moves left to be in units of 2^-96. */
  private static int shift(long bits) {
    int exponent = (int) ((bits >>> 52) & 0x7ff);
    return (exponent == 0 ? 1 : exponent) - 1075 + 96;
  }

  private static long mantissa(long bits) {
    long fraction = bits & ((1L << 52) - 1);
    return ((bits >>> 52) & 0x7ff) == 0 ? fraction : fraction | 1L << 52;
  }

  /** The carry out of adding {@code b} to {@code a}'s low half: 1 if the sum wrapped. */
  public static long carry(long aLo, long sumLo) {
    return Long.compareUnsigned(sumLo, aLo) < 0 ? 1 : 0;
  }

  /** The high half of the unsigned product of {@code lo} and a non-negative {@code count}. */
  public static long productHigh(long lo, long count) {
    return Math.multiplyHigh(lo, count) + ((lo >> 63) & count);
  }

  /** The value of a fixed-point sum as a double, {@code -log} of the product. */
  public static double value(long hi, long lo) {
    double low = lo >= 0 ? (double) lo : ((lo >>> 1) | (lo & 1)) * 2.0;
    return hi * HIGH_UNIT + low * UNIT;
  }
}
