package dev.topology.graph.internal;

import java.util.Arrays;

/**
 * The one 64-lane reachability engine: what each of 64 sources reaches, found in one sweep.
 *
 * <p>The nodes have positions in which every edge goes from a lower position to a higher one (a
 * topological order). Sources are taken 64 at a time, in position order; each gets a lane, one
 * bit of a 64-bit word per node, and the words are pushed along the edges in position order,
 * visiting only the nodes the batch reaches (a bitset by position says which are left). When a
 * node is visited, every node that pushes into it has been, so its word is final: the bits of the
 * sources that reach it, itself included. The caller reads the words there ({@link
 * Visitor#visit}) and once the batch is done ({@link Visitor#batchDone}). O(V / 64 + R) per batch
 * reaching {@code R} nodes and edges, and O(V) memory, whatever the number of batches.
 *
 * <p>Not thread-safe: one per search.
 */
public final class LaneSweep {
  public static final int LANES = 64;

  /** What a caller does with the words of a batch. */
  public interface Visitor {
    /**
     * Called once for each node the batch reaches, in position order, with {@link #word} final
     * for it and for every node before it.
     */
    void visit(int v);

    /** Called after the last visit of a batch, before its words are cleared. */
    void batchDone(int[] sources, int count);
  }

  private final Csr edges;
  /** The highest node number. */
  private final int last;
  /** Per node its position; null when positions count down from {@link #last}. */
  private final int[] position;
  /** The nodes in position order; null when positions count down from {@link #last}. */
  private final int[] byPosition;
  private final long[] word;
  private final long[] touched;
  private final int[] lane;
  /** Per node, the sources that push into it directly; null unless asked for. */
  private final long[] direct;
  /** Per node, the sources that reach it through another node; null unless asked for. */
  private final long[] below;
  /** The nodes the current batch visited, to clear; null in a descending sweep. */
  private final int[] visited;
  private final int[] sources = new int[LANES];

  /**
   * A sweep in the positions given.
   *
   * @param edges the edges words are pushed along
   * @param position per node its position; every edge goes to a higher one
   * @param byPosition the nodes in position order: the inverse of {@code position}
   * @param split whether to keep apart, per node, the sources that push into it directly and
   *     those that reach it through another node ({@link #direct}, {@link #below})
   */
  public LaneSweep(Csr edges, int[] position, int[] byPosition, boolean split) {
    this(edges, position.length, position, byPosition, split);
  }

  private LaneSweep(Csr edges, int n, int[] position, int[] byPosition, boolean split) {
    this.edges = edges;
    this.last = n - 1;
    this.position = position;
    this.byPosition = byPosition;
    this.word = new long[n];
    this.touched = new long[(n + LANES - 1) / LANES];
    this.lane = new int[n];
    Arrays.fill(lane, -1);
    this.visited = position == null ? null : new int[n];
    this.direct = split ? new long[n] : null;
    this.below = split ? new long[n] : null;
  }

  /**
   * A sweep of {@code n} nodes whose edges all go from a higher number to a lower one: the
   * positions count down from the highest node, computed rather than looked up. It keeps no
   * word past the visit of its node: {@link #word} can be read only during {@link
   * Visitor#visit} of that very node.
   */
  public static LaneSweep descending(Csr edges, int n) {
    return new LaneSweep(edges, n, null, null, false);
  }

  /** The bits of the sources of the current batch that reach {@code v}, itself included. */
  public long word(int v) {
    return word[v];
  }

  /** The sources of the current batch with an edge to {@code v}; only if kept apart. */
  public long direct(int v) {
    return direct[v];
  }

  /**
   * The sources of the current batch that reach {@code v} through another node: through an
   * edge from a node that is not that source; only if kept apart.
   */
  public long below(int v) {
    return below[v];
  }

  /** The bit of {@code v}'s own lane if it is a source of the current batch, else 0. */
  public long own(int v) {
    return lane[v] >= 0 ? 1L << lane[v] : 0;
  }

  /** The source of the current batch that has lane {@code lane}. */
  public int source(int lane) {
    return sources[lane];
  }

  /** Sweeps every batch of the nodes {@code source} marks, in position order. */
  public void run(boolean[] source, Visitor visitor) {
    int n = last + 1;
    int p = 0;
    while (p < n) {
      int count = 0;
      // Sources close in position order share most of what they reach.
      for (; p < n && count < LANES; p++) {
        int v = at(p);
        if (source[v]) {
          sources[count++] = v;
        }
      }
      if (count > 0) {
        sweep(count, visitor);
      }
    }
  }

  private void sweep(int count, Visitor visitor) {
    for (int i = 0; i < count; i++) {
      int v = sources[i];
      lane[v] = i;
      word[v] = 1L << i;
      touch(v);
    }
    int visitedCount = 0;
    for (int k = positionOf(sources[0]) >>> 6; k < touched.length; k++) {
      while (touched[k] != 0) {
        int bit = Long.numberOfTrailingZeros(touched[k]);
        touched[k] &= ~(1L << bit);
        int v = at((k << 6) | bit);
        visitor.visit(v);
        long w = word[v];
        if (visited == null) {
          // A descending sweep keeps no word past the visit of its node.
          word[v] = 0;
          for (int i = edges.start(v); i < edges.end(v); i++) {
            int d = edges.target(i);
            word[d] |= w;
            touch(d);
          }
          continue;
        }
        visited[visitedCount++] = v;
        if (direct == null) {
          for (int i = edges.start(v); i < edges.end(v); i++) {
            int d = edges.target(i);
            word[d] |= w;
            touch(d);
          }
        } else {
          long own = own(v);
          long through = w & ~own;
          for (int i = edges.start(v); i < edges.end(v); i++) {
            int d = edges.target(i);
            word[d] |= w;
            below[d] |= through;
            direct[d] |= own;
            touch(d);
          }
        }
      }
    }
    visitor.batchDone(sources, count);
    for (int i = 0; i < count; i++) {
      lane[sources[i]] = -1;
    }
    for (int i = 0; i < visitedCount; i++) {
      int v = visited[i];
      word[v] = 0;
      if (direct != null) {
        direct[v] = 0;
        below[v] = 0;
      }
    }
  }

  private void touch(int v) {
    int p = positionOf(v);
    touched[p >>> 6] |= 1L << p;
  }

  private int positionOf(int v) {
    return position == null ? last - v : position[v];
  }

  private int at(int p) {
    return byPosition == null ? last - p : byPosition[p];
  }
}
