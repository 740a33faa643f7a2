package dev.topology.graph.internal;

import dev.topology.graph.startup.StartupCycleException;

/**
 * The startup order and waves of a frozen topology, computed once per graph.
 *
 * <p>Only services that this installation starts are placed: an external service is up before
 * the plan begins, so a dependency on it holds from the outset.
 */
public final class StartupOrder {
  /** The started services in waves. */
  public final Waves waves;
  /** The services to start, wave by wave and by name within a wave: {@code waves.order}. */
  public final int[] order;
  /** Per node: the longest chain of started startup dependencies below it; -1 if external. */
  public final int[] wave;
  public final int waveCount;
  /**
   * Every node in "startup rank": external services first, by name, as they are up before the
   * plan begins; then {@link #order}. Queries report sets of services in this order.
   */
  public final int[] byRank;

  private StartupOrder(Waves waves, int[] byRank) {
    this.waves = waves;
    this.order = waves.order;
    this.wave = waves.wave;
    this.waveCount = waves.waveCount();
    this.byRank = byRank;
  }

  /**
   * Kahn's algorithm in any order, with the longest-path layering done on the way: placing a
   * service raises the wave of each service that needs it to one above its own. Then {@link
   * Waves#of} sorts them by wave and by name within a wave. O(V + E).
   *
   * @throws StartupCycleException if some services cannot be placed: they lie on, or depend on,
   *     a cycle
   */
  public static StartupOrder of(GraphIndex g) {
    int n = g.size();
    int started = n - g.externalCount();
    int[] pending = new int[n];
    int[] wave = new int[n];
    int[] queue = new int[started];
    int tail = 0;
    boolean externals = g.externalCount() > 0;
    for (int v = 0; v < n; v++) {
      pending[v] = g.needs.degree(v);
      if (externals) {
        if (g.external(v)) {
          wave[v] = -1;
          continue;
        }
        for (int i = g.needs.start(v); i < g.needs.end(v); i++) {
          pending[v] -= g.external(g.needs.target(i)) ? 1 : 0;
        }
      }
      if (pending[v] == 0) {
        queue[tail++] = v;
      }
    }
    int waveCount = 0;
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      // Every service v needs is placed before it, and each raised v's wave to its own plus one.
      int next = wave[v] + 1;
      waveCount = Math.max(waveCount, next);
      for (int i = g.neededBy.start(v); i < g.neededBy.end(v); i++) {
        int w = g.neededBy.target(i);
        wave[w] = Math.max(wave[w], next);
        if (--pending[w] == 0) {
          queue[tail++] = w;
        }
      }
    }
    if (tail < started) {
      boolean[] stuck = new boolean[n];
      for (int v = 0; v < n; v++) {
        stuck[v] = !g.external(v) && pending[v] > 0;
      }
      throw Access.startups().cycles(CycleFinder.cycles(g, stuck));
    }
    Waves waves = Waves.of(wave, waveCount, started);
    return new StartupOrder(waves, byRank(g, waves.order));
  }

  private static int[] byRank(GraphIndex g, int[] order) {
    if (g.externalCount() == 0) {
      // Never written after this point, so the order itself serves as the rank.
      return order;
    }
    int[] byRank = new int[g.size()];
    int rank = 0;
    for (int v = 0; v < g.size(); v++) {
      if (g.external(v)) {
        byRank[rank++] = v;
      }
    }
    System.arraycopy(order, 0, byRank, rank, order.length);
    return byRank;
  }

  /** What {@code from} reaches along {@code edges}, itself left out, in startup rank. O(V + E). */
  public int[] reachable(int from, Csr edges) {
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
