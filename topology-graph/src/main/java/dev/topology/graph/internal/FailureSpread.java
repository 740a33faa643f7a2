package dev.topology.graph.internal;

import dev.topology.graph.startup.Phase;
import java.util.Arrays;

/**
 * The one search along which failures spread, and the one place of the startup-gate rule.
 *
 * <p>A failure spreads along the edges of its phase ({@link #edges}): {@code v -> w} when the
 * failure of {@code v} takes {@code w} down directly. At {@link Phase#STARTUP} a startup gate
 * adds a rule that no edge states: a gate that is down, failed or unable to start, takes every
 * service this installation starts down, in one step ({@link #allStartedDown}). {@link
 * FailureGraph} marks, with a search of this class, the services that take a gate down, and
 * counts with {@link #downWithGate} what they take down.
 *
 * <p>One breadth-first search ({@link #down}) from all sources at once, sources in the order
 * given and neighbours by name, so the same input always reaches the same nodes in the same
 * order, and each one by a shortest path, which it can write down. The marks are a bitset, a
 * 32nd of an int per node, which stays in cache, and the queue grows as the search goes, so a
 * failure that reaches little costs little. The same object can search again: it clears what
 * the last search marked, so each search costs what it visits. It counts every node and edge it
 * visits, so callers can cap their work. Not thread-safe: one per query.
 */
public final class FailureSpread {
  /** The parent written for a source: one more than {@link ImpactSearch#FAILED}. */
  public static final int SOURCE = ImpactSearch.FAILED + 1;

  private final GraphIndex g;
  private final Phase phase;
  private final Csr edges;
  /** The services that take a startup gate down, when known beforehand; null if not. */
  private final FailureGraph condensed;
  private long[] marks;
  private int[] queue;
  private int tail;
  private long steps;

  private FailureSpread(GraphIndex g, Phase phase, FailureGraph condensed) {
    this.g = g;
    this.phase = phase;
    this.edges = edges(g, phase);
    this.condensed = condensed;
    this.marks = new long[(g.size() + 63) >>> 6];
    this.queue = new int[0];
  }

  /** A search over the edges of a phase. */
  public static FailureSpread of(GraphIndex g, Phase phase) {
    return new FailureSpread(g, phase, null);
  }

  /**
   * Searches over a condensed failure graph, which knows beforehand which services take a
   * startup gate down: their failure is settled without a search.
   */
  public static FailureSpread over(FailureGraph f) {
    return new FailureSpread(f.g, f.phase, f);
  }

  /**
   * The edges along which a failure spreads in a phase, {@code v -> w} when the failure of
   * {@code v} takes {@code w} down directly: the one place that says which edges those are.
   */
  public static Csr edges(GraphIndex g, Phase phase) {
    return phase == Phase.STARTUP ? g.startupRisk : g.atRisk;
  }

  /**
   * How many services the failure of {@code v} takes down, itself included, when it takes a
   * startup gate down: every service this installation starts, and {@code v} if it is external.
   */
  public static int downWithGate(GraphIndex g, int v) {
    return g.size() - g.externalCount() + (g.external(v) ? 1 : 0);
  }

  /**
   * Marks what the failure of {@code sources} takes down, the sources included, and returns how
   * many nodes that is. At {@link Phase#RUNTIME} a source that does not run on passes nothing
   * on, as no edge of that phase leaves it.
   *
   * @param parent null, or per node written: {@link #SOURCE} for a source, one more than the
   *     node it was reached from for a reached one; untouched for the others
   */
  public int down(int[] sources, int[] parent) {
    int t = start(sources, parent);
    if (condensed != null && phase == Phase.STARTUP) {
      for (int v : sources) {
        if (condensed.gated[condensed.comp[v]]) {
          steps += g.size();
          return allStartedDown(v, t, parent);
        }
      }
    }
    // Over a condensed graph no source takes a gate down, so nothing it reaches is a gate.
    return expand(edges, t, condensed == null && phase == Phase.STARTUP, parent);
  }

  /**
   * Marks every node whose failure takes {@code target} down along the phase's edges, itself
   * included, and returns how many; listed by {@link #markedAt(int)}. Only for a search
   * {@linkplain #over over a condensed graph}. A startup gate is the caller's to add ({@link
   * FailureGraph#gatedCauses}).
   */
  public int causesOf(int target) {
    return expand(condensed.spreadFrom, start(new int[] {target}, null), false, null);
  }

  /** Marks what {@code reversed} reaches from {@code sources}, them included; no gate rule. */
  public int reach(int[] sources, Csr reversed) {
    return expand(reversed, start(sources, null), false, null);
  }

  public boolean marked(int v) {
    return (marks[v >>> 6] & 1L << v) != 0;
  }

  /** Returns the {@code i}-th node the last search marked, in the order it marked them. */
  public int markedAt(int i) {
    return queue[i];
  }

  /** The nodes the last search marked, in the order it marked them; from 0 to the count. */
  public int[] queue() {
    return queue;
  }

  /**
   * The bitset of the last search's marks, handed over: this object must not search again.
   */
  public long[] takeMarks() {
    long[] taken = marks;
    marks = null;
    return taken;
  }

  public long steps() {
    return steps;
  }

  private int start(int[] sources, int[] parent) {
    clear();
    long[] seen = marks;
    if (queue.length < sources.length) {
      queue = new int[Math.min(g.size(), Math.max(64, sources.length))];
    }
    int t = 0;
    for (int v : sources) {
      if ((seen[v >>> 6] & 1L << v) == 0) {
        seen[v >>> 6] |= 1L << v;
        if (parent != null) {
          parent[v] = SOURCE;
        }
        queue[t++] = v;
      }
    }
    tail = t;
    return t;
  }

  /** Clears the marks of the last search: its queue holds every node it marked. */
  private void clear() {
    if (tail > marks.length) {
      Arrays.fill(marks, 0);
    } else {
      for (int i = 0; i < tail; i++) {
        marks[queue[i] >>> 6] = 0;
      }
    }
    tail = 0;
  }

  /** The breadth-first search from the {@code t} queued nodes; returns how many are marked. */
  private int expand(Csr rows, int t, boolean gates, int[] parent) {
    int n = g.size();
    long[] seen = marks;
    int[] q = queue;
    long visited = 0;
    for (int head = 0; head < t; head++) {
      int v = q[head];
      if (gates && g.gate(v)) {
        queue = q;
        steps += visited;
        return allStartedDown(v, t, parent);
      }
      int start = rows.start(v);
      int end = rows.end(v);
      visited += 1 + end - start;
      if (q.length < n && end - start > q.length - t) {
        q = Arrays.copyOf(q, Math.min(n, Math.max(q.length * 2, t + end - start)));
      }
      for (int i = start; i < end; i++) {
        int w = rows.target(i);
        long bit = 1L << w;
        if ((seen[w >>> 6] & bit) == 0) {
          seen[w >>> 6] |= bit;
          if (parent != null) {
            parent[w] = v + 1;
          }
          q[t++] = w;
        }
      }
    }
    queue = q;
    steps += visited;
    tail = t;
    return t;
  }

  /**
   * The startup-gate rule: {@code gate}, down, takes every started service down in one step.
   * Nothing a started service takes down at startup lies outside the started services, so the
   * search ends here. Marks them after the {@code t} nodes already marked; returns the count.
   */
  private int allStartedDown(int gate, int t, int[] parent) {
    int n = g.size();
    long[] seen = marks;
    if (queue.length < n) {
      queue = Arrays.copyOf(queue, n);
    }
    int[] q = queue;
    for (int w = 0; w < n; w++) {
      if ((seen[w >>> 6] & 1L << w) == 0 && !g.external(w)) {
        seen[w >>> 6] |= 1L << w;
        if (parent != null) {
          parent[w] = gate + 1;
        }
        q[t++] = w;
      }
    }
    tail = t;
    return t;
  }
}
