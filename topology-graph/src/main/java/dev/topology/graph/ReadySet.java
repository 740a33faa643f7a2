package dev.topology.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of distinct ints in {@code [0, n)} that hands out its least element first: a bitset with
 * a summary bitset above it (one bit per non-empty word below), and so on up to a single word.
 * Adding and taking the least cost one word per level, {@code log64(n)} levels (three for a
 * hundred thousand, four for sixteen million), where a binary heap compares its way through
 * {@code log2(size)} scattered slots; the bottom level is {@code n / 8} bytes, small enough to
 * stay in cache.
 */
final class ReadySet {
  /** {@code levels[0]} holds the elements, {@code levels[k + 1]} the non-empty words of k. */
  private final long[][] levels;
  private int size;

  ReadySet(int n) {
    List<long[]> built = new ArrayList<>();
    int bits = Math.max(1, n);
    do {
      bits = (bits + 63) >>> 6;
      built.add(new long[bits]);
    } while (bits > 1);
    levels = built.toArray(new long[0][]);
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Adds {@code value}, which must not be in the set. */
  void add(int value) {
    int v = value;
    for (long[] level : levels) {
      int word = v >>> 6;
      long before = level[word];
      level[word] = before | 1L << v;
      if (before != 0) {
        break;
      }
      v = word;
    }
    size++;
  }

  /** Removes and returns the least element; the set must not be empty. */
  int poll() {
    int v = 0;
    for (int k = levels.length - 1; k >= 0; k--) {
      v = v << 6 | Long.numberOfTrailingZeros(levels[k][v]);
    }
    int least = v;
    for (long[] level : levels) {
      int word = v >>> 6;
      level[word] &= ~(1L << v);
      if (level[word] != 0) {
        break;
      }
      v = word;
    }
    size--;
    return least;
  }
}
