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
  private ImpactSearch() {}

  /** Runs the search; {@code failed} is sorted and free of duplicates. */
  static Impact run(GraphIndex g, Phase phase, int[] failed) {
    int n = g.size();
    int[] parent = new int[n];
    Arrays.fill(parent, Impact.UNTOUCHED);
    int[] queue = new int[n];
    int tail = 0;
    for (int v : failed) {
      parent[v] = Impact.FAILED;
      if (phase == Phase.STARTUP || g.runsOn(v)) {
        queue[tail++] = v;
      }
    }
    Csr dependents = phase == Phase.STARTUP ? g.neededBy : g.atRisk;
    boolean gateDone = false;
    int affectedCount = 0;
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      if (phase == Phase.STARTUP && g.gate(v) && !gateDone) {
        // A gate that is down at startup, failed or unable to start, reaches every started
        // service in one step; its own edges add nothing.
        gateDone = true;
        for (int w = 0; w < n; w++) {
          if (!g.external(w) && parent[w] == Impact.UNTOUCHED) {
            parent[w] = v;
            queue[tail++] = w;
            affectedCount++;
          }
        }
        continue;
      }
      for (int i = dependents.start(v); i < dependents.end(v); i++) {
        int w = dependents.target(i);
        if (parent[w] == Impact.UNTOUCHED) {
          parent[w] = v;
          queue[tail++] = w;
          affectedCount++;
        }
      }
    }
    return new Impact(g, phase, failed, worstFirst(g, parent, affectedCount), parent,
        notes(g, phase, failed), wholeSystemDown(g, phase, parent));
  }

  /** Affected nodes by severity, worst first, then by name: three linear passes. */
  private static int[] worstFirst(GraphIndex g, int[] parent, int count) {
    int[] ordered = new int[count];
    int k = 0;
    Severity[] levels = Severity.values();
    for (int level = levels.length - 1; level >= 0; level--) {
      for (int v = 0; v < parent.length; v++) {
        if (parent[v] >= 0 && g.service(v).severity() == levels[level]) {
          ordered[k++] = v;
        }
      }
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

  /** At runtime only long-running services count: one-shot tasks have exited by then. */
  private static boolean wholeSystemDown(GraphIndex g, Phase phase, int[] parent) {
    int started = 0;
    int down = 0;
    for (int v = 0; v < parent.length; v++) {
      if (!g.external(v) && (phase == Phase.STARTUP || g.runsOn(v))) {
        started++;
        down += parent[v] == Impact.UNTOUCHED ? 0 : 1;
      }
    }
    return started > 0 && down == started;
  }
}
