package dev.topology.graph;

import dev.topology.api.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One breadth-first search from all failed services at once over the reversed edges of a phase,
 * O(V + E): sources in name order, dependents in name order, so every affected service gets a
 * shortest path and the same input always gets the same paths.
 */
final class ImpactSearch {
  /** The shifted parent of a node not touched. */
  private static final int UNTOUCHED = 0;
  /** The shifted parent of a failed node. */
  private static final int FAILED = Impact.FAILED + 1;

  private ImpactSearch() {}

  /** Runs the search; {@code failed} is sorted and free of duplicates. */
  static Impact run(GraphIndex g, Phase phase, int[] failed) {
    int n = g.size();
    // Shifted by one (see Impact), so that 0 is "not touched" and the array needs no filling.
    int[] parent = new int[n];
    // Grown as the search goes, so that a failure that reaches little costs little.
    int[] queue = new int[Math.min(n, Math.max(64, failed.length))];
    int tail = 0;
    for (int v : failed) {
      parent[v] = FAILED;
      if (phase == Phase.STARTUP || g.runsOn(v)) {
        queue[tail++] = v;
      }
    }
    int sources = tail;
    Csr dependents = phase == Phase.STARTUP ? g.neededBy : g.atRisk;
    boolean gateDone = false;
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      if (phase == Phase.STARTUP && g.gate(v) && !gateDone) {
        // A gate that is down at startup, failed or unable to start, reaches every started
        // service in one step; its own edges add nothing.
        gateDone = true;
        queue = Arrays.copyOf(queue, n);
        for (int w = 0; w < n; w++) {
          if (!g.external(w) && parent[w] == UNTOUCHED) {
            parent[w] = v + 1;
            queue[tail++] = w;
          }
        }
        continue;
      }
      for (int i = dependents.start(v); i < dependents.end(v); i++) {
        int w = dependents.target(i);
        if (parent[w] == UNTOUCHED) {
          parent[w] = v + 1;
          if (tail == queue.length) {
            queue = Arrays.copyOf(queue, Math.min(n, tail * 2));
          }
          queue[tail++] = w;
        }
      }
    }
    int[] affected = worstFirst(g, queue, sources, tail);
    return new Impact(g, phase, failed, affected, parent, notes(g, phase, failed),
        wholeSystemDown(g, phase, failed, affected));
  }

  /**
   * Affected nodes by severity, worst first, then by name, in time proportional to what the
   * search reached: the affected nodes are the queue past its sources; a few are sorted, many
   * are put in name order through a bitset; then one counting sort by severity. No step
   * branches on a node's severity or on whether it is affected, which would mispredict on
   * every other node of a large, mixed answer.
   */
  private static int[] worstFirst(GraphIndex g, int[] queue, int sources, int tail) {
    int count = tail - sources;
    int[] byName;
    if (count < (g.size() >>> 6)) {
      byName = Arrays.copyOfRange(queue, sources, tail);
      Arrays.sort(byName);
    } else {
      long[] bits = new long[(g.size() + 63) >>> 6];
      for (int i = sources; i < tail; i++) {
        bits[queue[i] >>> 6] |= 1L << queue[i];
      }
      byName = new int[count];
      int k = 0;
      for (int word = 0; word < bits.length; word++) {
        for (long w = bits[word]; w != 0; w &= w - 1) {
          byName[k++] = word << 6 | Long.numberOfTrailingZeros(w);
        }
      }
    }
    int worst = Severity.values().length - 1;
    int[] next = new int[worst + 2];
    for (int v : byName) {
      next[worst - g.severityLevel(v) + 1]++;
    }
    for (int b = 1; b < next.length; b++) {
      next[b] += next[b - 1];
    }
    int[] ordered = new int[count];
    for (int v : byName) {
      ordered[next[worst - g.severityLevel(v)]++] = v;
    }
    return ordered;
  }

  private static List<ImpactNote> notes(GraphIndex g, Phase phase, int[] failed) {
    List<ImpactNote> notes = new ArrayList<>();
    for (int v : failed) {
      if (phase == Phase.STARTUP || g.runsOn(v)) {
        g.service(v).broadDependents().ifPresent(b -> notes.add(new ImpactNote(g.name(v), b)));
      }
    }
    return notes;
  }

  /**
   * At runtime only long-running services count: one-shot tasks have exited by then. Counted
   * over the failed and affected services only, which are fewer than the services that count
   * unless the whole system is down.
   */
  private static boolean wholeSystemDown(GraphIndex g, Phase phase, int[] failed,
      int[] affected) {
    int started = phase == Phase.STARTUP ? g.size() - g.externalCount() : g.runningCount();
    if (started == 0 || failed.length + affected.length < started) {
      return false;
    }
    int down = 0;
    for (int[] nodes : new int[][] {failed, affected}) {
      for (int v : nodes) {
        down += !g.external(v) && (phase == Phase.STARTUP || g.runsOn(v)) ? 1 : 0;
      }
    }
    return down == started;
  }
}
