package dev.topology.graph.internal;

import java.util.Arrays;

/**
 * How many services the failure of each component takes down, itself included, counted exactly
 * without holding a reachability matrix.
 *
 * <p>Two steps. First, a component whose children (what it takes down directly) reach pairwise
 * disjoint sets gets its count by adding theirs: that holds when at most one child is not a
 * <em>private tree</em>, a component with one parent whose children are all private trees
 * (nothing reaches into a private tree from outside). Chains, trees and fan-outs are counted this
 * way in O(V + E). Second, every other component is counted by the {@link LaneSweep}, 64 sources
 * at a time, adding the word of each component it visits into bit-sliced counters, one lane per
 * source. That costs O(V / 64 + reached) per batch of 64 and O(V) memory.
 *
 * <p>Components that reach a startup gate are left out; the caller knows their answer.
 */
public final class ClosureSizes {
  private ClosureSizes() {}

  /**
   * Returns per component the number of services its failure reaches, itself included; -1 for
   * components neither wanted nor needed for a wanted one, and for gated ones.
   */
  public static int[] of(FailureGraph f, boolean[] wanted) {
    int cc = f.compCount;
    boolean[] byRule = byRule(f);
    boolean[] needed = needed(f, wanted, byRule);
    int[] size = new int[cc];
    Arrays.fill(size, -1);
    countByBitsets(f, needed, byRule, size);
    for (int c = 0; c < cc; c++) {
      if (needed[c] && byRule[c]) {
        int sum = f.weight(c);
        for (int i = f.down.start(c); i < f.down.end(c); i++) {
          sum += size[f.down.target(i)];
        }
        size[c] = sum;
      }
    }
    return size;
  }

  private static boolean[] byRule(FailureGraph f) {
    int cc = f.compCount;
    int[] parents = new int[cc];
    for (int c = 0; c < cc; c++) {
      for (int i = f.down.start(c); i < f.down.end(c); i++) {
        parents[f.down.target(i)]++;
      }
    }
    boolean[] privateTree = new boolean[cc];
    boolean[] byRule = new boolean[cc];
    for (int c = 0; c < cc; c++) {
      int shared = 0;
      for (int i = f.down.start(c); i < f.down.end(c); i++) {
        shared += privateTree[f.down.target(i)] ? 0 : 1;
      }
      privateTree[c] = shared == 0 && parents[c] == 1;
      byRule[c] = shared <= 1;
    }
    return byRule;
  }

  /** The wanted components, and below a counted-by-rule one everything it adds up. */
  private static boolean[] needed(FailureGraph f, boolean[] wanted, boolean[] byRule) {
    int cc = f.compCount;
    boolean[] needed = new boolean[cc];
    int[] queue = new int[cc];
    int tail = 0;
    for (int c = 0; c < cc; c++) {
      if (wanted[c] && !f.gated[c]) {
        needed[c] = true;
        queue[tail++] = c;
      }
    }
    for (int head = 0; head < tail; head++) {
      int c = queue[head];
      if (!byRule[c]) {
        continue;
      }
      for (int i = f.down.start(c); i < f.down.end(c); i++) {
        int d = f.down.target(i);
        if (!needed[d]) {
          needed[d] = true;
          queue[tail++] = d;
        }
      }
    }
    return needed;
  }

  private static void countByBitsets(FailureGraph f, boolean[] needed, boolean[] byRule,
      int[] size) {
    int cc = f.compCount;
    boolean[] source = new boolean[cc];
    for (int c = 0; c < cc; c++) {
      source[c] = needed[c] && !byRule[c];
    }
    // Component edges go from a higher number to a lower one: positions count down.
    LaneSweep lanes = LaneSweep.descending(f.down, cc);
    SlicedCounters counters = new SlicedCounters();
    lanes.run(source, new LaneSweep.Visitor() {
      @Override
      public void visit(int c) {
        counters.add(lanes.word(c), f.weight(c));
      }

      @Override
      public void batchDone(int[] sources, int count) {
        for (int lane = 0; lane < count; lane++) {
          size[sources[lane]] = counters.lane(lane);
        }
        counters.clear();
      }
    });
  }

  /**
   * Sixty-four counters kept bit-sliced: {@code level[j]} holds bit {@code j} of every lane, so
   * adding one to all lanes of a word costs a few word operations whatever the number of lanes.
   */
  public static final class SlicedCounters {
    private final long[] level = new long[33];

    void add(long lanes, int amount) {
      for (int bit = 0; bit < 31 && (amount >>> bit) != 0; bit++) {
        if (((amount >>> bit) & 1) != 0) {
          long carry = lanes;
          for (int j = bit; carry != 0; j++) {
            long both = level[j] & carry;
            level[j] ^= carry;
            carry = both;
          }
        }
      }
    }

    int lane(int lane) {
      int sum = 0;
      for (int j = 0; j < 31; j++) {
        sum |= (int) ((level[j] >>> lane) & 1) << j;
      }
      return sum;
    }

    void clear() {
      Arrays.fill(level, 0);
    }
  }
}
