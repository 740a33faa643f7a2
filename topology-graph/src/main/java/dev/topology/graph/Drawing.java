package dev.topology.graph;

import dev.topology.api.Lifecycle;
import java.util.Arrays;

/**
 * What an export draws, the same for every format: services in name order, each with its
 * severity, shape and whether it failed, and edges grouped by kind, each group sorted by source
 * then target name. Built in O(V + E), without recursion.
 */
final class Drawing {
  static final byte STARTUP = 0;
  static final byte RUNTIME = 1;
  static final byte GATE = 2;
  /** Optional dependencies of either kind: they order startup and never carry a failure. */
  static final byte OPTIONAL = 3;

  /** How a service is drawn: lifecycle, or run outside whatever its lifecycle. */
  enum Shape { SERVICE, ONE_SHOT, STARTUP_ONLY, EXTERNAL }

  final GraphIndex g;
  final String title;
  final int[] nodes;
  final boolean[] failed;
  /** Edges of kind {@code k}: {@code from[i] -> to[i]} for {@code start[k] <= i < start[k + 1]}. */
  final int[] from;
  final int[] to;
  final int[] start;

  private Drawing(GraphIndex g, String title, int[] nodes, boolean[] failed, int[][] edges) {
    this.g = g;
    this.title = title;
    this.nodes = nodes;
    this.failed = failed;
    this.start = new int[edges.length + 1];
    int total = 0;
    for (int k = 0; k < edges.length; k++) {
      start[k] = total;
      total += edges[k].length / 2;
    }
    start[edges.length] = total;
    this.from = new int[total];
    this.to = new int[total];
    for (int k = 0; k < edges.length; k++) {
      for (int i = 0; i < edges[k].length / 2; i++) {
        from[start[k] + i] = edges[k][2 * i];
        to[start[k] + i] = edges[k][2 * i + 1];
      }
    }
  }

  Shape shape(int v) {
    if (g.external(v)) {
      return Shape.EXTERNAL;
    }
    Lifecycle lifecycle = g.service(v).lifecycle();
    return lifecycle == Lifecycle.ONE_SHOT ? Shape.ONE_SHOT
        : lifecycle == Lifecycle.STARTUP_ONLY ? Shape.STARTUP_ONLY : Shape.SERVICE;
  }

  static Drawing of(TopologyGraph graph) {
    GraphIndex g = graph.index();
    int[] all = new int[g.size()];
    Arrays.setAll(all, v -> v);
    int optional = g.optionalCount();
    String title = "Topology of " + count(g.size(), "service") + deployment(g) + ": "
        + count(g.needs.edgeCount(), "startup dependency", "startup dependencies") + ", "
        + count(g.talksTo.edgeCount(), "runtime interaction")
        + (optional == 0 ? "" : ", " + optional + " of them optional") + ".";
    int[] wanted = pairs(g.wants, null, g.size());
    int[] mayTalk = pairs(g.mayTalkTo, null, g.size());
    int[] optionalPairs = Arrays.copyOf(wanted, wanted.length + mayTalk.length);
    System.arraycopy(mayTalk, 0, optionalPairs, wanted.length, mayTalk.length);
    return new Drawing(g, title, all, new boolean[g.size()],
        new int[][] {pairs(g.needs, g.wants, g.size()), pairs(g.talksTo, g.mayTalkTo, g.size()),
            new int[0], optionalPairs});
  }

  /** The settled deployment in words, or nothing for a topology without choices or externals. */
  private static String deployment(GraphIndex g) {
    return g.deployment.settings().isEmpty() && g.deployment.externalized().isEmpty() ? ""
        : " (" + g.deployment.description() + ")";
  }

  boolean hasOptionalEdges() {
    return start.length > OPTIONAL + 1 && start[OPTIONAL] < start[OPTIONAL + 1];
  }

  static Drawing of(Impact impact) {
    GraphIndex g = impact.index();
    int n = g.size();
    boolean[] failed = new boolean[n];
    int[] nodes = new int[n];
    int count = 0;
    int[][] edges = {new int[2 * n], new int[2 * n], new int[2 * n], new int[0]};
    int[] sizes = new int[4];
    for (int v = 0; v < n; v++) {
      int parent = impact.parent(v);
      if (parent == Impact.UNTOUCHED) {
        continue;
      }
      nodes[count++] = v;
      failed[v] = parent == Impact.FAILED;
      if (parent >= 0) {
        // A failure travels along required edges only.
        int kind = g.needs.hasEdge(v, parent) && !g.wants(v, parent) ? STARTUP
            : impact.phase() == Phase.RUNTIME && g.talksTo.hasEdge(v, parent) ? RUNTIME : GATE;
        edges[kind][sizes[kind]++] = v;
        edges[kind][sizes[kind]++] = parent;
      }
    }
    for (int k = 0; k < 4; k++) {
      edges[k] = Arrays.copyOf(edges[k], sizes[k]);
    }
    String title = "Impact of " + Messages.list(impact.failed()) + " failing at "
        + impact.phase() + ": " + count(impact.affected().size(), "service") + " affected"
        + (impact.wholeSystemDown() ? ", the whole system down." : ".");
    return new Drawing(g, title, Arrays.copyOf(nodes, count), failed, edges);
  }

  /** The edges of {@code rows} that are not in {@code except}, as from/to pairs. */
  private static int[] pairs(Csr rows, Csr except, int nodes) {
    if (rows == null) {
      return new int[0];
    }
    int[] pairs = new int[2 * rows.edgeCount()];
    int k = 0;
    boolean filter = except != null;
    for (int v = 0; v < nodes; v++) {
      for (int i = rows.start(v); i < rows.end(v); i++) {
        if (!filter || !except.hasEdge(v, rows.target(i))) {
          pairs[k++] = v;
          pairs[k++] = rows.target(i);
        }
      }
    }
    return k == pairs.length ? pairs : Arrays.copyOf(pairs, k);
  }

  private static String count(int n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
