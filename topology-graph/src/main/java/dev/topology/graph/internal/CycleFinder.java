package dev.topology.graph.internal;

import dev.topology.api.DependencyKind;
import dev.topology.graph.Edge;
import dev.topology.graph.startup.StartupCycle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Names every startup cycle once Kahn's algorithm has stalled.
 *
 * <p>The startup dependencies are split into strongly connected components by the engine's own
 * iterative Tarjan ({@link StrongComponents}), O(V + E), only on this error path; every
 * component of two or more services is a cycle, since a topology has no self-dependency. Each
 * gets a witness by breadth-first search over the frozen rows, O(V + E) in all.
 */
public final class CycleFinder {
  private CycleFinder() {}

  /** The cycles among the stalled services: those on a cycle or waiting on one. */
  public static List<StartupCycle> cycles(GraphIndex g, boolean[] stuck) {
    int n = stuck.length;
    int[] scc = StrongComponents.of(g.needs, n);
    int[] sizes = new int[n];
    for (int c : scc) {
      sizes[c]++;
    }
    // Groups numbered by their first service, ascending, which a scan in node order gives.
    int[] group = new int[n];
    Arrays.fill(group, -1);
    int[] component = new int[n];
    Arrays.fill(component, -1);
    List<int[]> groups = new ArrayList<>();
    int[] filled = new int[n];
    for (int v = 0; v < n; v++) {
      int c = scc[v];
      if (sizes[c] < 2 || !stuck[v]) {
        continue;
      }
      if (group[c] < 0) {
        group[c] = groups.size();
        groups.add(new int[sizes[c]]);
      }
      groups.get(group[c])[filled[c]++] = v;
      component[v] = group[c];
    }
    int[] parent = new int[n];
    Arrays.fill(parent, -1);
    int[] queue = new int[n];
    List<StartupCycle> cycles = new ArrayList<>(groups.size());
    for (int c = 0; c < groups.size(); c++) {
      cycles.add(witness(g, groups.get(c), c, component, parent, queue));
    }
    return cycles;
  }

  /**
   * The shortest cycle through the group's first service, by breadth-first search that follows
   * dependencies in name order inside the group. A strongly connected group always has one.
   */
  private static StartupCycle witness(
      GraphIndex g, int[] members, int c, int[] component, int[] parent, int[] queue) {
    int first = members[0];
    int head = 0;
    int tail = 0;
    queue[tail++] = first;
    parent[first] = first;
    int last = -1;
    while (head < tail && last < 0) {
      int v = queue[head++];
      for (int i = g.needs.start(v); i < g.needs.end(v); i++) {
        int w = g.needs.target(i);
        if (component[w] != c) {
          continue;
        }
        if (w == first) {
          last = v;
          break;
        }
        if (parent[w] < 0) {
          parent[w] = v;
          queue[tail++] = w;
        }
      }
    }
    List<Integer> path = new ArrayList<>();
    for (int v = last; v != first; v = parent[v]) {
      path.add(v);
    }
    path.add(first);
    Collections.reverse(path);
    long internalEdges = 0;
    for (int v : members) {
      for (int i = g.needs.start(v); i < g.needs.end(v); i++) {
        internalEdges += component[g.needs.target(i)] == c ? 1 : 0;
      }
    }
    boolean simple = members.length == path.size() && internalEdges == path.size();
    List<String> witness = new ArrayList<>(path.size());
    path.forEach(v -> witness.add(g.name(v)));
    List<String> services = new ArrayList<>(members.length);
    for (int v : members) {
      services.add(g.name(v));
    }
    Edge closing = Edge.of(g.name(last), g.name(first), DependencyKind.STARTUP,
        !g.wants(last, first));
    return StartupCycle.of(List.copyOf(services), List.copyOf(witness), closing, simple);
  }
}
