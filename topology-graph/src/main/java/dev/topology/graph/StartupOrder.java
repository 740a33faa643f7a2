package dev.topology.graph;

import java.util.Arrays;

/**
 * The startup order and waves of a frozen topology, computed once per graph.
 *
 * <p>Only services that this installation starts are placed: an external service is up before
 * the plan begins, so a dependency on it holds from the outset.
 */
final class StartupOrder {
  /** The services to start, each after everything it needs, ties by name. */
  final int[] order;
  /** Per node: the longest chain of started startup dependencies below it; -1 if external. */
  final int[] wave;
  final int waveCount;
  /**
   * Every node in "startup rank": external services first, by name, as they are up before the
   * plan begins; then {@link #order}. Queries report sets of services in this order.
   */
  final int[] byRank;

  private StartupOrder(int[] order, int[] wave, int waveCount, int[] byRank) {
    this.order = order;
    this.wave = wave;
    this.waveCount = waveCount;
    this.byRank = byRank;
  }

  /**
   * Kahn's algorithm with a min-heap of ready services, O(V log V + E), then longest-path
   * layering in that order, O(V + E).
   *
   * @throws StartupCycleException if some services cannot be placed: they lie on, or depend on,
   *     a cycle
   */
  static StartupOrder of(GraphIndex g) {
    int n = g.size();
    int started = n - g.externalCount();
    int[] pending = new int[n];
    IntMinHeap ready = new IntMinHeap(started);
    for (int v = 0; v < n; v++) {
      if (g.external(v)) {
        continue;
      }
      for (int i = g.needs.start(v); i < g.needs.end(v); i++) {
        if (!g.external(g.needs.target(i))) {
          pending[v]++;
        }
      }
      if (pending[v] == 0) {
        ready.add(v);
      }
    }
    int[] order = new int[started];
    int placed = 0;
    while (!ready.isEmpty()) {
      int v = ready.poll();
      order[placed++] = v;
      for (int i = g.neededBy.start(v); i < g.neededBy.end(v); i++) {
        if (--pending[g.neededBy.target(i)] == 0) {
          ready.add(g.neededBy.target(i));
        }
      }
    }
    if (placed < started) {
      boolean[] stuck = new boolean[n];
      for (int v = 0; v < n; v++) {
        stuck[v] = !g.external(v) && pending[v] > 0;
      }
      throw new StartupCycleException(CycleFinder.cycles(g, stuck));
    }
    return layered(g, order);
  }

  private static StartupOrder layered(GraphIndex g, int[] order) {
    int n = g.size();
    int[] wave = new int[n];
    Arrays.fill(wave, -1);
    int waveCount = 0;
    for (int v : order) {
      int layer = 0;
      for (int i = g.needs.start(v); i < g.needs.end(v); i++) {
        layer = Math.max(layer, wave[g.needs.target(i)] + 1);
      }
      wave[v] = layer;
      waveCount = Math.max(waveCount, layer + 1);
    }
    if (g.externalCount() == 0) {
      // Never written after this point, so the order itself serves as the rank.
      return new StartupOrder(order, wave, waveCount, order);
    }
    int[] byRank = new int[n];
    int rank = 0;
    for (int v = 0; v < n; v++) {
      if (g.external(v)) {
        byRank[rank++] = v;
      }
    }
    System.arraycopy(order, 0, byRank, rank, order.length);
    return new StartupOrder(order, wave, waveCount, byRank);
  }

  /** What {@code from} reaches along {@code edges}, itself left out, in startup rank. O(V + E). */
  int[] reachable(int from, Csr edges) {
    int n = wave.length;
    boolean[] seen = new boolean[n];
    int[] queue = new int[n];
    int tail = 0;
    queue[tail++] = from;
    seen[from] = true;
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      for (int i = edges.start(v); i < edges.end(v); i++) {
        int w = edges.target(i);
        if (!seen[w]) {
          seen[w] = true;
          queue[tail++] = w;
        }
      }
    }
    int[] ranked = new int[tail - 1];
    int k = 0;
    for (int v : byRank) {
      if (seen[v] && v != from) {
        ranked[k++] = v;
      }
    }
    return ranked;
  }
}
