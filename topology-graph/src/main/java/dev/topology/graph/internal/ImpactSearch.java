package dev.topology.graph.internal;

import dev.topology.api.Severity;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.impact.ImpactNote;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One breadth-first search from all failed services at once over the reversed edges of a phase,
 * O(V + E): sources in name order, dependents in name order, so every affected service gets a
 * shortest path and the same input always gets the same paths.
 */
public final class ImpactSearch {
  /** The shifted parent of a failed node. */
  /** The parent of a node no failure reaches. */
  public static final int UNTOUCHED = -1;
  /** The parent of a failed node. */
  public static final int FAILED = -2;
  private static final int FAILED_MARK = FAILED + 1;

  private ImpactSearch() {}

  /** Runs the search; {@code failed} is sorted and free of duplicates. */
  public static Impact run(GraphIndex g, Phase phase, int[] failed) {
    Search search = new Search(g, phase, failed, null);
    int[] affected = worstFirst(g, search.queue, search.sources, search.tail, search.reached);
    return Access.impacts().impact(g, phase, failed, affected, search.reached,
        notes(g, phase, failed), wholeSystemDown(g, phase, failed, affected));
  }

  /**
   * The same search again, writing down how each node was reached: per node, one more than
   * the node before it on its path, 0 for a node not reached, {@code FAILED_MARK} for a failed one.
   * The same input always gives the same parents.
   */
  public static int[] parents(GraphIndex g, Phase phase, int[] failed) {
    int[] parent = new int[g.size()];
    new Search(g, phase, failed, parent);
    return parent;
  }

  /** One breadth-first search; {@code reached} ends up holding the affected nodes. */
  private static final class Search {
    /** The failed nodes that pass the failure on, then the affected ones in search order. */
    final int[] queue;
    final int sources;
    final int tail;
    /** Whether a node was reached: a bitset, a 32nd of an int per node, which stays in cache. */
    final long[] reached;

    Search(GraphIndex g, Phase phase, int[] failed, int[] parent) {
      int n = g.size();
      long[] seen = new long[(n + 63) >>> 6];
      // Grown as the search goes, so that a failure that reaches little costs little.
      int[] q = new int[Math.min(n, Math.max(64, failed.length))];
      int t = 0;
      for (int v : failed) {
        seen[v >>> 6] |= 1L << v;
        if (parent != null) {
          parent[v] = FAILED_MARK;
        }
        if (phase == Phase.STARTUP || g.runsOn(v)) {
          q[t++] = v;
        }
      }
      sources = t;
      Csr dependents = FailureGraph.spread(g, phase);
      boolean gateDone = phase != Phase.STARTUP;
      for (int head = 0; head < t; head++) {
        int v = q[head];
        if (!gateDone && g.gate(v)) {
          // A gate that is down at startup, failed or unable to start, reaches every started
          // service in one step; its own edges add nothing.
          gateDone = true;
          q = Arrays.copyOf(q, n);
          for (int w = 0; w < n; w++) {
            if ((seen[w >>> 6] & 1L << w) == 0 && !g.external(w)) {
              seen[w >>> 6] |= 1L << w;
              if (parent != null) {
                parent[w] = v + 1;
              }
              q[t++] = w;
            }
          }
          continue;
        }
        int end = dependents.end(v);
        if (q.length < n && end - dependents.start(v) > q.length - t) {
          q = Arrays.copyOf(q, Math.min(n, Math.max(q.length * 2, t + end - dependents.start(v))));
        }
        for (int i = dependents.start(v); i < end; i++) {
          int w = dependents.target(i);
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
      for (int v : failed) {
        seen[v >>> 6] &= ~(1L << v);
      }
      queue = q;
      tail = t;
      reached = seen;
    }
  }

  /**
   * Affected nodes by severity, worst first, then by name, in time proportional to what the
   * search reached: the affected nodes are the queue past its sources and the bits of {@code
   * affected}. A few are sorted by name; many are read off the bitset, which lists them by name.
   * Either way one counting sort by severity places them, without a step that branches on a
   * node's severity, which would mispredict on every other node of a large, mixed answer.
   */
  private static int[] worstFirst(GraphIndex g, int[] queue, int sources, int tail,
      long[] affected) {
    int count = tail - sources;
    int worst = Severity.values().length - 1;
    int[] next = new int[worst + 2];
    int[] ordered = new int[count];
    if (count < (g.size() >>> 6)) {
      int[] byName = Arrays.copyOfRange(queue, sources, tail);
      Arrays.sort(byName);
      for (int v : byName) {
        next[worst - g.severityLevel(v) + 1]++;
      }
      Csr.prefixSum(next);
      for (int v : byName) {
        ordered[next[worst - g.severityLevel(v)]++] = v;
      }
      return ordered;
    }
    for (int word = 0; word < affected.length; word++) {
      for (long w = affected[word]; w != 0; w &= w - 1) {
        next[worst - g.severityLevel(word << 6 | Long.numberOfTrailingZeros(w)) + 1]++;
      }
    }
    Csr.prefixSum(next);
    for (int word = 0; word < affected.length; word++) {
      for (long w = affected[word]; w != 0; w &= w - 1) {
        int v = word << 6 | Long.numberOfTrailingZeros(w);
        ordered[next[worst - g.severityLevel(v)]++] = v;
      }
    }
    return ordered;
  }

  private static List<ImpactNote> notes(GraphIndex g, Phase phase, int[] failed) {
    List<ImpactNote> notes = new ArrayList<>();
    for (int v : failed) {
      if (phase == Phase.STARTUP || g.runsOn(v)) {
        g.service(v).broadDependents().ifPresent(b -> notes.add(ImpactNote.of(g.name(v), b)));
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
