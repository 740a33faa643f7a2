package dev.topology.graph;

import dev.topology.api.DependencyKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Names every startup cycle once Kahn's algorithm has stalled.
 *
 * <p>Only the stalled services (those on a cycle or waiting on one) are copied into a JGraphT
 * graph, whose Kosaraju inspector finds the strongly connected components iteratively in O(V +
 * E); this costs JGraphT's object graph only on the error path. Each component of two or more
 * services then gets a witness by breadth-first search over the frozen rows, O(V + E) in all.
 */
final class CycleFinder {
  private CycleFinder() {}

  static List<StartupCycle> cycles(GraphIndex g, boolean[] stuck) {
    Graph<Integer, DefaultEdge> residue = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (int v = 0; v < stuck.length; v++) {
      if (stuck[v]) {
        residue.addVertex(v);
      }
    }
    for (int v = 0; v < stuck.length; v++) {
      if (!stuck[v]) {
        continue;
      }
      for (int i = g.needs.start(v); i < g.needs.end(v); i++) {
        if (stuck[g.needs.target(i)]) {
          residue.addEdge(v, g.needs.target(i));
        }
      }
    }
    int[] component = new int[stuck.length];
    Arrays.fill(component, -1);
    List<int[]> groups = new ArrayList<>();
    for (Set<Integer> members : new KosarajuStrongConnectivityInspector<>(residue)
        .stronglyConnectedSets()) {
      if (members.size() > 1) {
        int[] sorted = members.stream().mapToInt(Integer::intValue).sorted().toArray();
        groups.add(sorted);
      }
    }
    groups.sort((a, b) -> Integer.compare(a[0], b[0]));
    for (int c = 0; c < groups.size(); c++) {
      for (int v : groups.get(c)) {
        component[v] = c;
      }
    }
    int[] parent = new int[stuck.length];
    Arrays.fill(parent, -1);
    int[] queue = new int[stuck.length];
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
    Edge closing = new Edge(g.name(last), g.name(first), DependencyKind.STARTUP,
        !g.wants.hasEdge(last, first));
    return new StartupCycle(List.copyOf(services), List.copyOf(witness), closing, simple);
  }
}
