package dev.topology.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every startup dependency {@code a -> b} that another chain {@code a -> c -> ... -> b}
 * implies, without a reachability matrix.
 *
 * <p>Only a service with two or more startup dependencies can have a redundant one, so only
 * their dependencies are targets. Targets are taken 64 at a time, in startup rank; a 64-bit word
 * per service says which of them it needs, directly or not, and is pushed up to the services
 * that need it, visiting only those. For a service {@code a}, the words of its dependencies with
 * their own bit cleared say which targets some dependency reaches; a direct dependency among
 * them is redundant. O(V / 64 + R) per batch of 64 targets reaching {@code R} services and
 * edges, so at worst O(T (V + E) / 64) for {@code T} targets, and O(V) memory; a chain or a star
 * costs O(V + E) in all.
 */
final class RedundantDependencies {
  private static final int LANES = 64;

  private final GraphIndex g;
  private final int[] rank;
  private final int[] byRank;
  private final long[] word;
  private final long[] reachedBelow;
  private final long[] direct;
  private final long[] touched;
  private final int[] lane;
  private final int[] visited;

  private RedundantDependencies(GraphIndex g, StartupOrder startup) {
    this.g = g;
    int n = g.size();
    this.byRank = startup.byRank;
    this.rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[byRank[r]] = r;
    }
    this.word = new long[n];
    this.reachedBelow = new long[n];
    this.direct = new long[n];
    this.touched = new long[(n + LANES - 1) / LANES];
    this.visited = new int[n];
    this.lane = new int[n];
    java.util.Arrays.fill(lane, -1);
  }

  /** Returns {@code {a, b, via}} per redundant dependency {@code a -> b}, in no set order. */
  static List<int[]> find(GraphIndex g, StartupOrder startup) {
    return new RedundantDependencies(g, startup).run();
  }

  private List<int[]> run() {
    int n = g.size();
    boolean[] target = new boolean[n];
    for (int a = 0; a < n; a++) {
      if (g.needs.degree(a) >= 2) {
        for (int i = g.needs.start(a); i < g.needs.end(a); i++) {
          target[g.needs.target(i)] = true;
        }
      }
    }
    List<int[]> found = new ArrayList<>();
    int[] batch = new int[LANES];
    int r = 0;
    while (r < n) {
      int size = 0;
      for (; r < n && size < LANES; r++) {
        if (target[byRank[r]]) {
          batch[size++] = byRank[r];
        }
      }
      if (size > 0) {
        runBatch(batch, size, found);
      }
    }
    return found;
  }

  private void runBatch(int[] batch, int size, List<int[]> found) {
    for (int i = 0; i < size; i++) {
      int b = batch[i];
      lane[b] = i;
      word[b] = 1L << i;
      touch(b);
    }
    int visitedCount = 0;
    for (int k = rank[batch[0]] >>> 6; k < touched.length; k++) {
      while (touched[k] != 0) {
        int bit = Long.numberOfTrailingZeros(touched[k]);
        touched[k] &= ~(1L << bit);
        int v = byRank[(k << 6) | bit];
        visited[visitedCount++] = v;
        report(v, batch, found);
        long own = lane[v] >= 0 ? 1L << lane[v] : 0;
        for (int i = g.neededBy.start(v); i < g.neededBy.end(v); i++) {
          int p = g.neededBy.target(i);
          word[p] |= word[v];
          reachedBelow[p] |= word[v] & ~own;
          direct[p] |= own;
          touch(p);
        }
      }
    }
    for (int i = 0; i < visitedCount; i++) {
      int v = visited[i];
      word[v] = 0;
      reachedBelow[v] = 0;
      direct[v] = 0;
      lane[v] = -1;
    }
  }

  private void touch(int v) {
    touched[rank[v] >>> 6] |= 1L << rank[v];
  }

  /**
   * Every dependency of {@code a} in this batch that another dependency of {@code a} reaches,
   * with the first such other dependency by name; one pass over the row of {@code a}.
   */
  private void report(int a, int[] batch, List<int[]> found) {
    long open = direct[a] & reachedBelow[a];
    for (int i = g.needs.start(a); i < g.needs.end(a) && open != 0; i++) {
      int via = g.needs.target(i);
      long bits = word[via] & open & ~(lane[via] >= 0 ? 1L << lane[via] : 0);
      open &= ~bits;
      while (bits != 0) {
        found.add(new int[] {a, batch[Long.numberOfTrailingZeros(bits)], via});
        bits &= bits - 1;
      }
    }
  }
}
