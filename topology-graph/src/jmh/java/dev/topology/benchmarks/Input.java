package dev.topology.benchmarks;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One generated shape as both sides see it: the {@link Topology} the engine is built from, and
 * the same graph as plain arrays for the baselines, numbered as the engine numbers services (by
 * name), so both walk memory in the same order.
 */
final class Input {
  private static final Map<Shape, Input> MADE = new EnumMap<>(Shape.class);
  private static final Severity[] LEVELS = Severity.values();

  final Shape shape;
  final Topology topology;
  /** Canonical names by node. */
  final String[] names;
  /** "v needs w", rows ascending. */
  final IntCsr needs;
  /** "w is needed by v", rows ascending: the edges a failure spreads along at startup. */
  final IntCsr neededBy;
  final int failed;
  final int asked;

  private Input(Shape shape) {
    this.shape = shape;
    int[][] deps = shape.dependencies();
    int[] rank = shape.nameRanks();
    int n = deps.length;
    String[] byNode = new String[n];
    for (int i = 0; i < n; i++) {
      byNode[rank[i]] = String.format("s%07d", rank[i]);
    }
    List<Service> services = new ArrayList<>(n);
    int edges = 0;
    for (int i = 0; i < n; i++) {
      Service.Builder builder = Service.builder().name(byNode[rank[i]])
          .severity(LEVELS[(int) ((rank[i] * 0x9E3779B97F4A7C15L) >>> 62) % LEVELS.length]);
      for (int d : deps[i]) {
        builder.addDependencies(Dependency.startup(byNode[rank[d]]));
      }
      edges += deps[i].length;
      services.add(builder.build());
    }
    this.topology = Topology.of(services);
    this.names = byNode;
    int[] from = new int[edges];
    int[] to = new int[edges];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int d : deps[i]) {
        from[k] = rank[i];
        to[k++] = rank[d];
      }
    }
    this.needs = IntCsr.of(n, from, to);
    this.neededBy = IntCsr.of(n, to, from);
    this.failed = rank[shape.failedNode()];
    this.asked = rank[shape.askedNode()];
  }

  /** Made once per JVM and shape; every benchmark of a fork shares it. */
  static synchronized Input of(Shape shape) {
    return MADE.computeIfAbsent(shape, Input::new);
  }

  int size() {
    return names.length;
  }

  int edgeCount() {
    return needs.targets().length;
  }

  String failedName() {
    return names[failed];
  }

  String askedName() {
    return names[asked];
  }
}
