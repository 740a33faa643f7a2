package dev.topology.graph.internal;

import dev.topology.api.Severity;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.impact.ImpactNote;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link Impact} of failed services: one {@link FailureSpread} from all of them at once,
 * O(V + E), then the affected services ranked worst first.
 */
public final class ImpactSearch {
  /** The parent of a node no failure reaches. */
  public static final int UNTOUCHED = -1;
  /** The parent of a failed node. */
  public static final int FAILED = -2;

  private ImpactSearch() {}

  /** Runs the search; {@code failed} is sorted and free of duplicates. */
  public static Impact run(GraphIndex g, Phase phase, int[] failed) {
    FailureSpread search = FailureSpread.of(g, phase);
    int tail = search.down(failed, null);
    long[] reached = search.takeMarks();
    for (int v : failed) {
      reached[v >>> 6] &= ~(1L << v);
    }
    int[] affected = worstFirst(g, search.queue(), failed.length, tail, reached);
    return Access.impacts().impact(g, phase, failed, affected, reached,
        notes(g, phase, failed), wholeSystemDown(g, phase, failed, affected));
  }

  /**
   * The same search again, writing down how each node was reached: per node, one more than
   * the node before it on its path, 0 for a node not reached, {@link FailureSpread#SOURCE} for
   * a failed one. The same input always gives the same parents.
   */
  public static int[] parents(GraphIndex g, Phase phase, int[] failed) {
    int[] parent = new int[g.size()];
    FailureSpread.of(g, phase).down(failed, parent);
    return parent;
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
