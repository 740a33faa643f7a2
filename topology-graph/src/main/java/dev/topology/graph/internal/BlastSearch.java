package dev.topology.graph.internal;

import dev.topology.api.Severity;
import dev.topology.graph.blast.BlastRadius;
import java.util.Arrays;

/**
 * Computes a {@link BlastRadius}: closure sizes per component ({@link ClosureSizes}), the worst
 * severity below each component by one pass in topological order (a maximum, unlike a count,
 * can be taken over overlapping sets), then two stable counting sorts for the ranking. O(V + E)
 * besides the closure sizes.
 */
public final class BlastSearch {
  private static final int LEVELS = Severity.values().length;

  private BlastSearch() {}

  public static BlastRadius run(FailureGraph f) {
    GraphIndex g = f.g;
    int n = g.size();
    boolean[] all = new boolean[f.compCount];
    Arrays.fill(all, true);
    int[] sizes = ClosureSizes.of(f, all);
    int[] levels = levelsPerComponent(f);
    int[] below = worstBelow(f, levels);
    int[] startedLevels = new int[LEVELS];
    for (int v = 0; v < n; v++) {
      if (!g.external(v)) {
        startedLevels[level(g, v)]++;
      }
    }
    int[] takesDown = new int[n];
    byte[] worst = new byte[n];
    for (int v = 0; v < n; v++) {
      int c = f.comp[v];
      if (f.gated[c]) {
        boolean started = !g.external(v);
        takesDown[v] = f.downWithGate(v) - 1;
        worst[v] = (byte) highestOthers(startedLevels, 0, started ? level(g, v) : -1);
      } else {
        takesDown[v] = sizes[c] - 1;
        worst[v] = (byte) Math.max(below[c], highestOthers(levels, c * LEVELS, level(g, v)));
      }
    }
    return Access.blasts().blastRadius(g, f.phase, takesDown, worst, ranked(takesDown, worst));
  }

  private static int level(GraphIndex g, int v) {
    return g.severityLevel(v);
  }

  /** Per component, how many of its services have each severity. */
  private static int[] levelsPerComponent(FailureGraph f) {
    int[] levels = new int[f.compCount * LEVELS];
    for (int v = 0; v < f.comp.length; v++) {
      levels[f.comp[v] * LEVELS + level(f.g, v)]++;
    }
    return levels;
  }

  /** The worst level among the counts at {@code offset}, leaving out one service of {@code own}. */
  private static int highestOthers(int[] counts, int offset, int own) {
    for (int l = LEVELS - 1; l >= 0; l--) {
      if (counts[offset + l] - (l == own ? 1 : 0) > 0) {
        return l;
      }
    }
    return -1;
  }

  private static int[] worstBelow(FailureGraph f, int[] levels) {
    int[] below = new int[f.compCount];
    for (int c = 0; c < f.compCount; c++) {
      int worst = -1;
      for (int i = f.down.start(c); i < f.down.end(c); i++) {
        int d = f.down.target(i);
        worst = Math.max(worst, Math.max(below[d], highestOthers(levels, d * LEVELS, -1)));
      }
      below[c] = worst;
    }
    return below;
  }

  /** Most taken down first, then worst severity, then name: two stable counting sorts. */
  private static int[] ranked(int[] takesDown, byte[] worst) {
    int n = takesDown.length;
    int[] bySeverity = new int[n];
    int k = 0;
    for (int l = LEVELS - 1; l >= -1; l--) {
      for (int v = 0; v < n; v++) {
        if (worst[v] == l) {
          bySeverity[k++] = v;
        }
      }
    }
    int[] start = new int[n + 1];
    for (int v = 0; v < n; v++) {
      start[n - 1 - takesDown[v]]++;
    }
    int sum = 0;
    for (int bucket = 0; bucket <= n; bucket++) {
      int count = start[bucket];
      start[bucket] = sum;
      sum += count;
    }
    int[] ranked = new int[n];
    for (int v : bySeverity) {
      ranked[start[n - 1 - takesDown[v]]++] = v;
    }
    return ranked;
  }
}
