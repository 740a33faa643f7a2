package dev.topology.graph.internal;

import java.util.Arrays;

/**
 * The engine's one strongly-connected-components routine, over frozen rows.
 *
 * <p>Components are numbered in the order Tarjan's algorithm closes them, so an edge between two
 * components always goes from a higher number to a lower one.
 */
public final class StrongComponents {
  private StrongComponents() {}

  /**
   * Returns each node's component. Tarjan's algorithm with explicit stacks, so that a
   * million-long chain cannot overflow the thread's stack. O(V + E).
   */
  public static int[] of(Csr edges, int n) {
    int[] index = new int[n];
    Arrays.fill(index, -1);
    int[] low = new int[n];
    int[] comp = new int[n];
    Arrays.fill(comp, -1);
    int[] stack = new int[n];
    int[] callNode = new int[n];
    int[] callEdge = new int[n];
    int sp = 0;
    int counter = 0;
    int comps = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int cp = 0;
      index[root] = low[root] = counter++;
      stack[sp++] = root;
      callNode[cp] = root;
      callEdge[cp++] = edges.start(root);
      while (cp > 0) {
        int v = callNode[cp - 1];
        int i = callEdge[cp - 1];
        if (i < edges.end(v)) {
          callEdge[cp - 1]++;
          int w = edges.target(i);
          if (index[w] < 0) {
            index[w] = low[w] = counter++;
            stack[sp++] = w;
            callNode[cp] = w;
            callEdge[cp++] = edges.start(w);
          } else if (comp[w] < 0) {
            low[v] = Math.min(low[v], index[w]);
          }
          continue;
        }
        cp--;
        if (low[v] == index[v]) {
          int w;
          do {
            w = stack[--sp];
            comp[w] = comps;
          } while (w != v);
          comps++;
        }
        if (cp > 0) {
          int u = callNode[cp - 1];
          low[u] = Math.min(low[u], low[v]);
        }
      }
    }
    return comp;
  }
}
