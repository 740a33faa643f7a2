package dev.topology.graph.internal;

import java.util.Arrays;

/**
 * Sixty-four counters kept bit-sliced, as {@link ClosureSizes.SlicedCounters}: {@code
 * level[j]} holds bit {@code j} of every lane, so adding to all lanes of a word costs a few word
 * operations whatever the number of lanes. It also knows its highest level in use, so reading
 * and clearing cost what was used.
 */
final class Sliced {
  private final long[] level = new long[34];
  private int top = -1;

  void add(long lanes, int amount) {
    for (int bit = 0; bit < 31 && (amount >>> bit) != 0; bit++) {
      if (((amount >>> bit) & 1) != 0) {
        long carry = lanes;
        int j = bit;
        for (; carry != 0; j++) {
          long both = level[j] & carry;
          level[j] ^= carry;
          carry = both;
        }
        top = Math.max(top, j - 1);
      }
    }
  }

  boolean isEmpty() {
    return top < 0;
  }

  /** Writes every lane's count into {@code counts}. */
  void readInto(int[] counts) {
    Arrays.fill(counts, 0);
    for (int j = 0; j <= top; j++) {
      long bits = level[j];
      while (bits != 0) {
        counts[Long.numberOfTrailingZeros(bits)] += 1 << j;
        bits &= bits - 1;
      }
    }
  }

  void clear() {
    Arrays.fill(level, 0, top + 1, 0);
    top = -1;
  }
}
