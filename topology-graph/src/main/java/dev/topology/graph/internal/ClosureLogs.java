package dev.topology.graph.internal;

import java.util.Arrays;

/**
 * For every component of the runtime failure graph, the exact sum of {@code -log(a)} over the
 * services whose failure takes it down, itself included ({@link LogSum} fixed point), and how
 * many they are: the closures {@link ClosureSizes} counts in the other direction.
 *
 * <p>Works on the failure graph reversed and renumbered ({@code x = compCount - 1 - c}), so that
 * its edges, "x needs y", go from a higher number to a lower one as {@link LaneSweep#descending}
 * wants. The two steps of {@link ClosureSizes}: a component whose direct causes reach pairwise
 * disjoint sets adds up theirs (chains, trees, fans; O(V + E)); the others are swept 64 at a
 * time. The sweep adds each visited component's terms into each lane of its word one of two
 * ways: when the services have few distinct figures, one set of bit-sliced counters per figure
 * counts how many of each a lane has reached (one add of the member count per visit, as
 * {@link ClosureSizes} does) and multiplies out once per batch; otherwise it adds the
 * component's sum into the lanes one set bit at a time. Both give the same integers.
 */
public final class ClosureLogs {
  /** How the sweep sums; {@link #AUTO} chooses by the number of distinct figures. */
  public enum Path { AUTO, GROUPED, LANES }

  /** The most distinct figures the grouped sweep takes on its own choice. */
  public static final int MAX_GROUPS = 64;

  /** Per reversed component {@code x}: the sum's halves and the closure's size. */
  final long[] hi;
  final long[] lo;
  final int[] size;
  private final Csr needs;
  private final long[] ownHi;
  private final long[] ownLo;
  private final int[] weight;

  private ClosureLogs(int cc, Csr needs, long[] ownHi, long[] ownLo, int[] weight) {
    this.hi = new long[cc];
    this.lo = new long[cc];
    this.size = new int[cc];
    this.needs = needs;
    this.ownHi = ownHi;
    this.ownLo = ownLo;
    this.weight = weight;
  }

  /**
   * Computes the sums of every component with a counted service.
   *
   * @param f the runtime failure graph
   * @param counted per node, whether it counts
   * @param negLog per node, {@code -log(a)}, 0 where not counted
   * @param path how to sum in the sweep
   * @param rules whether chains, trees and fans are added up (false sweeps every component)
   * @return the sums, by reversed component
   */
  static ClosureLogs of(FailureGraph f, boolean[] counted, double[] negLog, Path path,
      boolean rules) {
    int cc = f.compCount;
    int[] from = new int[f.down.edgeCount()];
    int[] to = new int[from.length];
    int k = 0;
    for (int c = 0; c < cc; c++) {
      for (int i = f.down.start(c); i < f.down.end(c); i++) {
        from[k] = cc - 1 - f.down.target(i);
        to[k++] = cc - 1 - c;
      }
    }
    long[] ownHi = new long[cc];
    long[] ownLo = new long[cc];
    int[] weight = new int[cc];
    for (int v = 0; v < counted.length; v++) {
      if (counted[v]) {
        int x = cc - 1 - f.comp[v];
        long l = ownLo[x] + LogSum.lo(negLog[v]);
        ownHi[x] += LogSum.hi(negLog[v]) + LogSum.carry(ownLo[x], l);
        ownLo[x] = l;
        weight[x]++;
      }
    }
    ClosureLogs logs = new ClosureLogs(cc, Csr.of(cc, from, to, k), ownHi, ownLo, weight);
    logs.compute(f, counted, negLog, path, rules);
    return logs;
  }

  private void compute(FailureGraph f, boolean[] counted, double[] negLog, Path path,
      boolean rules) {
    int cc = hi.length;
    boolean[] byRule = rules ? byRule() : new boolean[cc];
    boolean[] needed = needed(byRule);
    boolean[] source = new boolean[cc];
    boolean any = false;
    for (int x = 0; x < cc; x++) {
      source[x] = needed[x] && !byRule[x];
      any |= source[x];
    }
    if (any) {
      Groups groups = path == Path.LANES ? null
          : Groups.of(f, counted, negLog, path == Path.AUTO ? MAX_GROUPS : Integer.MAX_VALUE);
      LaneSweep lanes = LaneSweep.descending(needs, cc);
      lanes.run(source, groups == null ? new PerLane(lanes) : new PerGroup(lanes, groups));
    }
    for (int x = 0; x < cc; x++) {
      if (needed[x] && byRule[x]) {
        long h = ownHi[x];
        long l = ownLo[x];
        int s = weight[x];
        for (int i = needs.start(x); i < needs.end(x); i++) {
          int y = needs.target(i);
          long sum = l + lo[y];
          h += hi[y] + LogSum.carry(l, sum);
          l = sum;
          s += size[y];
        }
        hi[x] = h;
        lo[x] = l;
        size[x] = s;
      }
    }
  }

  /** As {@link ClosureSizes}: at most one direct cause that is not a private tree. */
  private boolean[] byRule() {
    int cc = hi.length;
    int[] parents = new int[cc];
    for (int x = 0; x < cc; x++) {
      for (int i = needs.start(x); i < needs.end(x); i++) {
        parents[needs.target(i)]++;
      }
    }
    boolean[] privateTree = new boolean[cc];
    boolean[] byRule = new boolean[cc];
    for (int x = 0; x < cc; x++) {
      int shared = 0;
      for (int i = needs.start(x); i < needs.end(x); i++) {
        shared += privateTree[needs.target(i)] ? 0 : 1;
      }
      privateTree[x] = shared == 0 && parents[x] == 1;
      byRule[x] = shared <= 1;
    }
    return byRule;
  }

  /** The components with a counted service, and below a rule-based one all it adds up. */
  private boolean[] needed(boolean[] byRule) {
    int cc = hi.length;
    boolean[] needed = new boolean[cc];
    int[] queue = new int[cc];
    int tail = 0;
    for (int x = 0; x < cc; x++) {
      if (weight[x] > 0) {
        needed[x] = true;
        queue[tail++] = x;
      }
    }
    for (int head = 0; head < tail; head++) {
      int x = queue[head];
      if (!byRule[x]) {
        continue;
      }
      for (int i = needs.start(x); i < needs.end(x); i++) {
        int y = needs.target(i);
        if (!needed[y]) {
          needed[y] = true;
          queue[tail++] = y;
        }
      }
    }
    return needed;
  }

  /** Adds each component's sum into every lane of its word, one set bit at a time. */
  private final class PerLane implements LaneSweep.Visitor {
    private final LaneSweep lanes;
    private final long[] accHi = new long[LaneSweep.LANES];
    private final long[] accLo = new long[LaneSweep.LANES];
    private final int[] accSize = new int[LaneSweep.LANES];

    PerLane(LaneSweep lanes) {
      this.lanes = lanes;
    }

    @Override
    public void visit(int x) {
      long word = lanes.word(x);
      long h = ownHi[x];
      long l = ownLo[x];
      int s = weight[x];
      while (word != 0) {
        int lane = Long.numberOfTrailingZeros(word);
        word &= word - 1;
        long sum = accLo[lane] + l;
        accHi[lane] += h + LogSum.carry(accLo[lane], sum);
        accLo[lane] = sum;
        accSize[lane] += s;
      }
    }

    @Override
    public void batchDone(int[] sources, int count) {
      for (int lane = 0; lane < count; lane++) {
        hi[sources[lane]] = accHi[lane];
        lo[sources[lane]] = accLo[lane];
        size[sources[lane]] = accSize[lane];
      }
      Arrays.fill(accHi, 0);
      Arrays.fill(accLo, 0);
      Arrays.fill(accSize, 0);
    }
  }

  /** Counts per distinct figure in bit-sliced counters; multiplies out once per batch. */
  private final class PerGroup implements LaneSweep.Visitor {
    private final LaneSweep lanes;
    private final Groups groups;
    private final Sliced[] counters;
    private final int[] counts = new int[LaneSweep.LANES];

    PerGroup(LaneSweep lanes, Groups groups) {
      this.lanes = lanes;
      this.groups = groups;
      this.counters = new Sliced[groups.valueHi.length];
      for (int i = 0; i < counters.length; i++) {
        counters[i] = new Sliced();
      }
    }

    @Override
    public void visit(int x) {
      long word = lanes.word(x);
      for (int p = groups.start[x]; p < groups.start[x + 1]; p++) {
        counters[groups.group[p]].add(word, groups.count[p]);
      }
    }

    @Override
    public void batchDone(int[] sources, int count) {
      for (int lane = 0; lane < count; lane++) {
        hi[sources[lane]] = 0;
        lo[sources[lane]] = 0;
        size[sources[lane]] = 0;
      }
      for (int gi = 0; gi < counters.length; gi++) {
        Sliced counter = counters[gi];
        if (counter.isEmpty()) {
          continue;
        }
        counter.readInto(counts);
        long fh = groups.valueHi[gi];
        long fl = groups.valueLo[gi];
        for (int lane = 0; lane < count; lane++) {
          long n = counts[lane];
          if (n == 0) {
            continue;
          }
          int x = sources[lane];
          long productLo = fl * n;
          long productHi = fh * n + LogSum.productHigh(fl, n);
          long sum = lo[x] + productLo;
          hi[x] += productHi + LogSum.carry(lo[x], sum);
          lo[x] = sum;
          size[x] += (int) n;
        }
        counter.clear();
      }
    }
  }
}
