package dev.topology.graph.internal;

import dev.topology.graph.startup.Phase;

/**
 * Breadth-first searches over a {@link FailureGraph} that share their scratch arrays: a node is
 * marked in one search when its stamp equals that search's number, so a search costs what it
 * visits, not O(V) to clear. Counts every node and edge it visits, so callers can cap their
 * work. Not thread-safe: one per query.
 */
public final class Reach {
  private final FailureGraph f;
  private final int[] stamp;
  private final int[] queue;
  private int current;
  private long steps;

  public Reach(FailureGraph f) {
    this.f = f;
    this.stamp = new int[f.g.size()];
    this.queue = new int[f.g.size()];
  }

  public long steps() {
    return steps;
  }

  public boolean marked(int v) {
    return stamp[v] == current;
  }

  /**
   * Marks every node that reaches {@code target} along the phase's edges, itself included; a
   * startup gate is the caller's to add. Returns how many, listed by {@link #markedAt(int)}.
   */
  public int causesOf(int target) {
    return expand(f.spreadFrom, start(new int[] {target}));
  }

  /** Returns the {@code i}-th node the last search marked, in the order it marked them. */
  public int markedAt(int i) {
    return queue[i];
  }

  /** Marks what the failure of {@code sources} takes down, the sources included. */
  public int closureOf(int[] sources) {
    int tail = start(sources);
    if (f.phase == Phase.STARTUP) {
      for (int v : sources) {
        if (f.gated[f.comp[v]]) {
          for (int w = 0; w < stamp.length; w++) {
            if (!f.g.external(w) && stamp[w] != current) {
              stamp[w] = current;
              tail++;
            }
          }
          steps += stamp.length;
          // Nothing a started service takes down lies outside the started services.
          return tail;
        }
      }
    }
    return expand(f.spread, tail);
  }

  private int start(int[] sources) {
    if (++current == Integer.MAX_VALUE) {
      java.util.Arrays.fill(stamp, 0);
      current = 1;
    }
    int tail = 0;
    for (int v : sources) {
      if (stamp[v] != current) {
        stamp[v] = current;
        queue[tail++] = v;
      }
    }
    return tail;
  }

  /** Returns how many nodes are marked. */
  private int expand(Csr edges, int tail) {
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      steps += 1 + edges.degree(v);
      for (int i = edges.start(v); i < edges.end(v); i++) {
        int w = edges.target(i);
        if (stamp[w] != current) {
          stamp[w] = current;
          queue[tail++] = w;
        }
      }
    }
    return tail;
  }
}
