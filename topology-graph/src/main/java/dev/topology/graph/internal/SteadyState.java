package dev.topology.graph.internal;

import java.util.Arrays;

/**
 * The exact steady state of one set of figures: per component of the runtime failure graph the
 * {@link LogSum} of {@code -log(a)} over its closure (what takes it down, itself included) and
 * the closure's size; the costliest dependency of each service; the two system figures. Built
 * once per model by {@link ClosureLogs}; a what-if makes a new one by adding differences along
 * the dependents of the changed services. Immutable once built.
 */
public final class SteadyState {
  /** How the closures are summed; {@link #AUTO} unless a test compares the paths. */
  public enum Path {
    /** Rule-based sums, then the grouped sweep when figures are few, else the per-lane one. */
    AUTO,
    /** Rule-based sums, then the grouped sweep whatever the number of figures. */
    GROUPED,
    /** Rule-based sums, then the per-lane sweep. */
    LANES,
    /** No rule-based sums: every component swept, grouped. */
    SWEEP_GROUPED,
    /** No rule-based sums: every component swept, per lane. */
    SWEEP_LANES
  }

  /** The severities a system figure is kept for: at least MEDIUM, at least HIGH. */
  private static final int LEVELS = 3;

  private final Shared shared;
  private final double[] negLog;
  /** Per component {@code c}: the closure's sum, both halves, and its size. */
  private final long[] hi;
  private final long[] lo;
  private final int[] size;
  /** Per component: the two members with the largest figure of their own, -1 if none. */
  private final int[] top1;
  private final int[] top2;
  /** Per component: the costliest service among what takes it down, members left out. */
  private final int[] above;
  private final long[] systemHi = new long[LEVELS];
  private final long[] systemLo = new long[LEVELS];

  /** What a model and its what-ifs share: the graph, its reversal, the system closures. */
  private static final class Shared {
    final FailureGraph f;
    final boolean[] counted;
    final int[] countedNodes;
    final int[][] systemNodes = new int[LEVELS][];
    final int[] systemServices = new int[LEVELS];
    final long[][] systemMarks = new long[LEVELS][];
    /** Component to the components whose failure takes it down directly. */
    final Csr up;

    Shared(FailureGraph f, boolean[] counted) {
      this.f = f;
      this.counted = counted;
      this.countedNodes = java.util.stream.IntStream.range(0, counted.length)
          .filter(v -> counted[v]).toArray();
      this.up = f.down.transpose();
    }
  }

  private SteadyState(Shared shared, double[] negLog, long[] hi, long[] lo, int[] size,
      int[] top1, int[] top2, int[] above) {
    this.shared = shared;
    this.negLog = negLog;
    this.hi = hi;
    this.lo = lo;
    this.size = size;
    this.top1 = top1;
    this.top2 = top2;
    this.above = above;
  }

  /**
   * Computes the steady state.
   *
   * @param f the runtime failure graph
   * @param counted per node, whether it counts (long-running); kept, not copied
   * @param negLog per node {@code -log(a)}, 0 where not counted; kept, not copied
   * @param path how to sum the closures
   * @return the state
   */
  public static SteadyState of(FailureGraph f, boolean[] counted, double[] negLog, Path path) {
    int cc = f.compCount;
    boolean rules = path != Path.SWEEP_GROUPED && path != Path.SWEEP_LANES;
    ClosureLogs.Path how = switch (path) {
      case AUTO -> ClosureLogs.Path.AUTO;
      case GROUPED, SWEEP_GROUPED -> ClosureLogs.Path.GROUPED;
      case LANES, SWEEP_LANES -> ClosureLogs.Path.LANES;
    };
    ClosureLogs logs = ClosureLogs.of(f, counted, negLog, how, rules);
    long[] hi = new long[cc];
    long[] lo = new long[cc];
    int[] size = new int[cc];
    for (int c = 0; c < cc; c++) {
      hi[c] = logs.hi[cc - 1 - c];
      lo[c] = logs.lo[cc - 1 - c];
      size[c] = logs.size[cc - 1 - c];
    }
    Shared shared = new Shared(f, counted);
    int[] top1 = new int[cc];
    int[] top2 = new int[cc];
    SteadyState state = new SteadyState(shared, negLog, hi, lo, size, top1, top2,
        new int[cc]);
    for (int c = 0; c < cc; c++) {
      state.rankMembers(c);
    }
    state.costliestAbove(null);
    state.systems();
    return state;
  }

  /** The two members of {@code c} that can fail with the largest figures, by name on ties. */
  private void rankMembers(int c) {
    FailureGraph f = shared.f;
    int first = -1;
    int second = -1;
    for (int i = f.members.start(c); i < f.members.end(c); i++) {
      int v = f.members.target(i);
      if (!shared.counted[v] || negLog[v] <= 0) {
        continue;
      }
      if (costlier(v, first)) {
        second = first;
        first = v;
      } else if (costlier(v, second)) {
        second = v;
      }
    }
    top1[c] = first;
    top2[c] = second;
  }

  /** Whether {@code v} costs more than {@code w}: a larger figure, or the same and first. */
  private boolean costlier(int v, int w) {
    return w < 0 || v >= 0 && (negLog[v] > negLog[w] || negLog[v] == negLog[w] && v < w);
  }

  private int costliest(int v, int w) {
    return costlier(v, w) ? v : w;
  }

  /**
   * The costliest service among what takes each component down, from the components that take
   * it down directly: descending numbers visit those first. Only {@code changed} components,
   * in descending order, when given (a what-if); every one otherwise.
   */
  private void costliestAbove(int[] changed) {
    FailureGraph f = shared.f;
    Csr up = shared.up;
    int count = changed == null ? f.compCount : changed.length;
    for (int k = 0; k < count; k++) {
      int c = changed == null ? f.compCount - 1 - k : changed[k];
      int best = -1;
      for (int i = up.start(c); i < up.end(c); i++) {
        int p = up.target(i);
        best = costliest(best, costliest(above[p], top1[p]));
      }
      above[c] = best;
    }
  }

  /** The union closures of the services of at least each severity: one search each. */
  private void systems() {
    FailureGraph f = shared.f;
    GraphIndex g = f.g;
    for (int level = 1; level < LEVELS; level++) {
      int at = level;
      int[] sources = Arrays.stream(shared.countedNodes)
          .filter(v -> g.severityLevel(v) >= at).toArray();
      FailureSpread search = FailureSpread.of(g, f.phase);
      int reached = search.reach(sources, f.spreadFrom);
      int[] nodes = Arrays.copyOf(search.queue(), reached);
      Arrays.sort(nodes);
      shared.systemNodes[level] = nodes;
      shared.systemServices[level] = sources.length;
      shared.systemMarks[level] = search.takeMarks();
      long h = 0;
      long l = 0;
      for (int v : nodes) {
        long sum = l + LogSum.lo(negLog[v]);
        h += LogSum.hi(negLog[v]) + LogSum.carry(l, sum);
        l = sum;
      }
      systemHi[level] = h;
      systemLo[level] = l;
    }
  }

  /**
   * The state with the figures of {@code nodes} changed to {@code next}: each changed service's
   * difference, exact in fixed point, added to every component it takes down (a search along
   * the failure graph from it), to the system sums that hold it, and the costliest services
   * recomputed for those components. O(V) to copy, plus what the changed services take down.
   *
   * @param nodes the changed nodes, each counted and once
   * @param next per node {@code -log(a)} after the change; kept, not copied
   * @return the new state
   */
  public SteadyState whatIf(int[] nodes, double[] next) {
    FailureGraph f = shared.f;
    int cc = f.compCount;
    SteadyState s = new SteadyState(shared, next, hi.clone(), lo.clone(), size, top1.clone(),
        top2.clone(), above.clone());
    System.arraycopy(systemHi, 0, s.systemHi, 0, LEVELS);
    System.arraycopy(systemLo, 0, s.systemLo, 0, LEVELS);
    int[] stamp = new int[cc];
    boolean[] reached = new boolean[cc];
    int[] union = new int[cc];
    int unionSize = 0;
    int[] queue = new int[cc];
    for (int k = 0; k < nodes.length; k++) {
      int v = nodes[k];
      if (Double.compare(next[v], negLog[v]) == 0) {
        continue;
      }
      long newLo = LogSum.lo(next[v]);
      long oldLo = LogSum.lo(negLog[v]);
      long dl = newLo - oldLo;
      long dh = LogSum.hi(next[v]) - LogSum.hi(negLog[v]) - (Long.compareUnsigned(newLo, oldLo)
          < 0 ? 1 : 0);
      int tail = 0;
      queue[tail++] = f.comp[v];
      stamp[f.comp[v]] = k + 1;
      for (int head = 0; head < tail; head++) {
        int c = queue[head];
        long sum = s.lo[c] + dl;
        s.hi[c] += dh + LogSum.carry(s.lo[c], sum);
        s.lo[c] = sum;
        if (!reached[c]) {
          reached[c] = true;
          union[unionSize++] = c;
        }
        for (int i = f.down.start(c); i < f.down.end(c); i++) {
          int d = f.down.target(i);
          if (stamp[d] != k + 1) {
            stamp[d] = k + 1;
            queue[tail++] = d;
          }
        }
      }
      for (int level = 1; level < LEVELS; level++) {
        long[] marks = shared.systemMarks[level];
        if ((marks[v >>> 6] & 1L << v) != 0) {
          long sum = s.systemLo[level] + dl;
          s.systemHi[level] += dh + LogSum.carry(s.systemLo[level], sum);
          s.systemLo[level] = sum;
        }
      }
      s.rankMembers(f.comp[v]);
    }
    int[] changed = Arrays.copyOf(union, unionSize);
    Arrays.sort(changed);
    for (int i = 0, j = changed.length - 1; i < j; i++, j--) {
      int t = changed[i];
      changed[i] = changed[j];
      changed[j] = t;
    }
    s.costliestAbove(changed);
    return s;
  }

  /** The counted nodes, ascending: shared, never to be changed. */
  public int[] countedNodes() {
    return shared.countedNodes;
  }

  /** Whether {@code v} counts: a long-running service. */
  public boolean counts(int v) {
    return shared.counted[v];
  }

  private double closureLog(int v) {
    int c = shared.f.comp[v];
    return LogSum.value(hi[c], lo[c]);
  }

  /** The probability that {@code v} and all it requires are up. */
  public double availability(int v) {
    return Math.exp(-closureLog(v));
  }

  /** The probability that {@code v} or something it requires is down. */
  public double unavailability(int v) {
    return -Math.expm1(-closureLog(v));
  }

  /** How many services {@code v}'s figure depends on, itself included. */
  public int dependsOn(int v) {
    return size[shared.f.comp[v]];
  }

  /** The costliest service among what takes {@code v} down, itself left out; -1 if none. */
  public int costliest(int v) {
    int c = shared.f.comp[v];
    return costliest(above[c], top1[c] != v ? top1[c] : top2[c]);
  }

  /** The service's own availability. */
  public double ownAvailability(int v) {
    return Math.exp(-negLog[v]);
  }

  /** The service's own unavailability. */
  public double ownUnavailability(int v) {
    return -Math.expm1(-negLog[v]);
  }

  /** How many long-running services have at least the severity of ordinal {@code level}. */
  public int systemServices(int level) {
    return shared.systemServices[level];
  }

  /** How many services those depend on, each once. */
  public int systemDependsOn(int level) {
    return shared.systemNodes[level].length;
  }

  /** The services those depend on, ascending: shared, never to be changed. */
  public int[] systemNodes(int level) {
    return shared.systemNodes[level];
  }

  /** The probability that none of those is down. */
  public double systemAvailability(int level) {
    return Math.exp(-LogSum.value(systemHi[level], systemLo[level]));
  }

  /** The probability that one of those is down. */
  public double systemUnavailability(int level) {
    return -Math.expm1(-LogSum.value(systemHi[level], systemLo[level]));
  }

  /**
   * The Birnbaum importance of {@code v} for the system of HIGH services: the product of the
   * availabilities of every other service it depends on, from the exact sum without {@code v}.
   */
  public double birnbaum(int v) {
    int level = LEVELS - 1;
    long vLo = LogSum.lo(negLog[v]);
    long l = systemLo[level] - vLo;
    long h = systemHi[level] - LogSum.hi(negLog[v])
        - (Long.compareUnsigned(systemLo[level], vLo) < 0 ? 1 : 0);
    return Math.exp(-LogSum.value(h, l));
  }
}
