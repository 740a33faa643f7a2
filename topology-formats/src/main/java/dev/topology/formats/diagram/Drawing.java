package dev.topology.formats.diagram;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import java.util.Arrays;
import java.util.List;

/**
 * What an export draws, the same for every format: services in name order, each with its
 * severity, shape and whether it failed, and edges grouped by kind, each group sorted by source
 * then target name. Node {@code v} is the {@code v}-th service of the concrete topology, which
 * lists them by name. Built in O(V + E), without recursion.
 */
final class Drawing {
  static final byte STARTUP = 0;
  static final byte RUNTIME = 1;
  static final byte GATE = 2;
  /** Optional dependencies of either kind: they order startup and never carry a failure. */
  static final byte OPTIONAL = 3;

  /** How a service is drawn: lifecycle, or run outside whatever its lifecycle. */
  enum Shape { SERVICE, ONE_SHOT, STARTUP_ONLY, EXTERNAL }

  private final List<Service> services;
  final String title;
  final int[] nodes;
  final boolean[] failed;
  /** Edges of kind {@code k}: {@code from[i] -> to[i]} for {@code start[k] <= i < start[k + 1]}. */
  final int[] from;
  final int[] to;
  final int[] start;

  private Drawing(List<Service> services, String title, int[] nodes, boolean[] failed,
      int[][] edges) {
    this.services = services;
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

  String name(int v) {
    return services.get(v).name();
  }

  Service service(int v) {
    return services.get(v);
  }

  Shape shape(int v) {
    Service service = services.get(v);
    if (service.external()) {
      return Shape.EXTERNAL;
    }
    Lifecycle lifecycle = service.lifecycle();
    return lifecycle == Lifecycle.ONE_SHOT ? Shape.ONE_SHOT
        : lifecycle == Lifecycle.STARTUP_ONLY ? Shape.STARTUP_ONLY : Shape.SERVICE;
  }

  static Drawing of(TopologyGraph graph) {
    Topology topology = graph.topology();
    List<Service> services = topology.services();
    int n = services.size();
    int[] all = new int[n];
    Arrays.setAll(all, v -> v);
    Pairs required = new Pairs();
    Pairs talks = new Pairs();
    Pairs wanted = new Pairs();
    Pairs mayTalk = new Pairs();
    int startupCount = 0;
    int runtimeCount = 0;
    for (int v = 0; v < n; v++) {
      Service service = services.get(v);
      int[] startupAll = targets(topology, service, DependencyKind.STARTUP, false);
      int[] startupOptional = targets(topology, service, DependencyKind.STARTUP, true);
      int[] runtimeAll = targets(topology, service, DependencyKind.RUNTIME, false);
      int[] runtimeOptional = targets(topology, service, DependencyKind.RUNTIME, true);
      startupCount += startupAll.length;
      runtimeCount += runtimeAll.length;
      required.addExcept(v, startupAll, startupOptional);
      talks.addExcept(v, runtimeAll, runtimeOptional);
      wanted.addExcept(v, startupOptional, new int[0]);
      mayTalk.addExcept(v, runtimeOptional, new int[0]);
    }
    int optional = wanted.size() + mayTalk.size();
    String title = "Topology of " + count(n, "service") + deployment(graph.deployment()) + ": "
        + count(startupCount, "startup dependency", "startup dependencies") + ", "
        + count(runtimeCount, "runtime interaction")
        + (optional == 0 ? "" : ", " + optional + " of them optional") + ".";
    int[] optionalPairs = Arrays.copyOf(wanted.pairs(), 2 * optional);
    System.arraycopy(mayTalk.pairs(), 0, optionalPairs, 2 * wanted.size(), 2 * mayTalk.size());
    return new Drawing(services, title, all, new boolean[n],
        new int[][] {required.pairs(), talks.pairs(), new int[0], optionalPairs});
  }

  /**
   * The distinct targets of a service's dependencies of one kind (optional ones only, or all),
   * as node numbers, ascending. An external service starts elsewhere: its startup dependencies
   * are not this installation's.
   */
  private static int[] targets(Topology topology, Service service, DependencyKind kind,
      boolean optionalOnly) {
    if (kind == DependencyKind.STARTUP && service.external()) {
      return new int[0];
    }
    int[] targets = new int[service.dependencies().size()];
    int k = 0;
    for (Dependency dependency : service.dependencies()) {
      if (dependency.kind() == kind && (!optionalOnly || !dependency.required())) {
        targets[k++] = topology.indexOf(dependency.target());
      }
    }
    Arrays.sort(targets, 0, k);
    int distinct = 0;
    for (int i = 0; i < k; i++) {
      if (distinct == 0 || targets[distinct - 1] != targets[i]) {
        targets[distinct++] = targets[i];
      }
    }
    return Arrays.copyOf(targets, distinct);
  }

  /** The settled deployment in words, or nothing for a topology without settings or externals. */
  private static String deployment(Deployment deployment) {
    return deployment.settings().isEmpty() && deployment.externalized().isEmpty() ? ""
        : " (" + deployment.description() + ")";
  }

  boolean hasOptionalEdges() {
    return start.length > OPTIONAL + 1 && start[OPTIONAL] < start[OPTIONAL + 1];
  }

  static Drawing of(Impact impact) {
    Topology topology = impact.topology();
    List<Service> services = topology.services();
    int n = services.size();
    boolean[] failed = new boolean[n];
    int[] parent = new int[n];
    boolean[] touched = new boolean[n];
    for (String name : impact.failed()) {
      int v = topology.indexOf(name);
      failed[v] = true;
      touched[v] = true;
    }
    for (AffectedService affected : impact.affected()) {
      int v = topology.indexOf(affected.name());
      touched[v] = true;
      parent[v] = topology.indexOf(affected.via());
    }
    int[] nodes = new int[n];
    int count = 0;
    int[][] edges = {new int[2 * n], new int[2 * n], new int[2 * n], new int[0]};
    int[] sizes = new int[4];
    for (int v = 0; v < n; v++) {
      if (!touched[v]) {
        continue;
      }
      nodes[count++] = v;
      if (!failed[v]) {
        // A failure travels along required edges only.
        int kind = needs(topology, services.get(v), parent[v], DependencyKind.STARTUP, true)
            ? STARTUP
            : impact.phase() == Phase.RUNTIME
                && needs(topology, services.get(v), parent[v], DependencyKind.RUNTIME, false)
                ? RUNTIME : GATE;
        edges[kind][sizes[kind]++] = v;
        edges[kind][sizes[kind]++] = parent[v];
      }
    }
    for (int k = 0; k < 4; k++) {
      edges[k] = Arrays.copyOf(edges[k], sizes[k]);
    }
    String title = "Impact of " + list(impact.failed()) + " failing at "
        + impact.phase() + ": " + count(impact.affected().size(), "service") + " affected"
        + (impact.wholeSystemDown() ? ", the whole system down." : ".");
    return new Drawing(services, title, Arrays.copyOf(nodes, count), failed, edges);
  }

  /**
   * Whether {@code service} has a dependency of a kind on node {@code target}; with {@code
   * requiredOnly}, a required one that no optional one of the same kind doubles.
   */
  private static boolean needs(Topology topology, Service service, int target,
      DependencyKind kind, boolean requiredOnly) {
    if (kind == DependencyKind.STARTUP && service.external()) {
      return false;
    }
    boolean found = false;
    for (Dependency dependency : service.dependencies()) {
      if (dependency.kind() == kind && topology.indexOf(dependency.target()) == target) {
        if (requiredOnly && !dependency.required()) {
          return false;
        }
        found = true;
      }
    }
    return found;
  }

  /** Names joined by {@code ", "}, cut after a dozen with a count of the rest. */
  private static String list(List<String> names) {
    int shown = 12;
    if (names.size() <= shown) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, shown)) + " and " + (names.size() - shown)
        + " more";
  }

  private static String count(int n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** From/to pairs, in the order added. */
  private static final class Pairs {
    private int[] pairs = new int[16];
    private int size;

    /** Adds {@code v -> w} for every {@code w} of {@code all} not in {@code except}. */
    void addExcept(int v, int[] all, int[] except) {
      for (int w : all) {
        if (Arrays.binarySearch(except, w) < 0) {
          if (2 * size + 2 > pairs.length) {
            pairs = Arrays.copyOf(pairs, 2 * pairs.length);
          }
          pairs[2 * size] = v;
          pairs[2 * size + 1] = w;
          size++;
        }
      }
    }

    int size() {
      return size;
    }

    int[] pairs() {
      return Arrays.copyOf(pairs, 2 * size);
    }
  }
}
