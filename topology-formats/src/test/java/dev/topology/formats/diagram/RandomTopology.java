package dev.topology.formats.diagram;

import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A random topology for properties, with plain reference answers computed the slow, obvious way
 * (adjacency matrices and repeated relaxation) to compare the engine against.
 *
 * <p>Node {@code i} is named {@code "s" + names[i]} (zero-padded), so name order differs from
 * node order and from edge direction.
 */
final class RandomTopology {
  final int n;
  final String[] names;
  /** {@code startup[a][b]}: a needs b to start. */
  final boolean[][] startup;
  /** {@code runtime[a][b]}: a talks to b while running. */
  final boolean[][] runtime;
  final Lifecycle[] lifecycles;

  private RandomTopology(int n, List<Integer> permutation, boolean[][] startup,
      boolean[][] runtime, Lifecycle[] lifecycles) {
    this.n = n;
    this.names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = String.format("s%02d", permutation.get(i));
    }
    this.startup = startup;
    this.runtime = runtime;
    this.lifecycles = lifecycles;
  }

  /** Edges as pairs; {@code acyclic} orients each from the higher node to the lower one. */
  static RandomTopology of(int n, List<Integer> permutation, List<int[]> startupPairs,
      List<int[]> runtimePairs, List<Lifecycle> lifecycles, boolean acyclic) {
    boolean[][] startup = new boolean[n][n];
    for (int[] p : startupPairs) {
      if (p[0] != p[1]) {
        startup[acyclic ? Math.max(p[0], p[1]) : p[0]][acyclic ? Math.min(p[0], p[1]) : p[1]] =
            true;
      }
    }
    boolean[][] runtime = new boolean[n][n];
    for (int[] p : runtimePairs) {
      if (p[0] != p[1]) {
        runtime[p[0]][p[1]] = true;
      }
    }
    Lifecycle[] life = new Lifecycle[n];
    for (int i = 0; i < n; i++) {
      life[i] = i < lifecycles.size() ? lifecycles.get(i) : Lifecycle.LONG_RUNNING;
    }
    return new RandomTopology(n, permutation, startup, runtime, life);
  }

  RandomTopology withStartupEdge(int from, int to) {
    boolean[][] more = new boolean[n][];
    for (int i = 0; i < n; i++) {
      more[i] = startup[i].clone();
    }
    more[from][to] = from != to;
    return new RandomTopology(n, permutationOfNames(), more, runtime, lifecycles);
  }

  private List<Integer> permutationOfNames() {
    List<Integer> permutation = new ArrayList<>();
    for (String name : names) {
      permutation.add(Integer.parseInt(name.substring(1)));
    }
    return permutation;
  }

  Topology topology() {
    return topology(null);
  }

  /**
   * The topology; with a random source, services and dependencies come in shuffled order and
   * each dependency names its target by canonical name or by alias at random.
   */
  Topology topology(Random shuffle) {
    List<Service> services = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      List<Dependency> dependencies = new ArrayList<>();
      for (int b = 0; b < n; b++) {
        if (startup[a][b]) {
          dependencies.add(Dependency.startup(nameOf(b, shuffle)));
        }
        if (runtime[a][b]) {
          dependencies.add(Dependency.runtime(nameOf(b, shuffle), "said so"));
        }
      }
      if (shuffle != null) {
        Collections.shuffle(dependencies, shuffle);
      }
      services.add(Service.builder().name(names[a]).addAliases("alias-" + names[a])
          .severity(Severity.values()[a % 3]).lifecycle(lifecycles[a])
          .dependencies(dependencies).build());
    }
    if (shuffle != null) {
      Collections.shuffle(services, shuffle);
    }
    return Topology.of(services);
  }

  private String nameOf(int v, Random shuffle) {
    return shuffle != null && shuffle.nextBoolean() ? "alias-" + names[v] : names[v];
  }

  Set<String> names(Set<Integer> nodes) {
    Set<String> result = new TreeSet<>();
    nodes.forEach(v -> result.add(names[v]));
    return result;
  }

  int node(String name) {
    return Arrays.asList(names).indexOf(name);
  }

  /** Nodes reachable from {@code sources} in one or more steps over {@code edge[a][b]}. */
  static Set<Integer> reach(boolean[][] edge, Set<Integer> sources, boolean[] passable) {
    Set<Integer> seen = new LinkedHashSet<>();
    Deque<Integer> todo = new ArrayDeque<>(sources);
    while (!todo.isEmpty()) {
      int a = todo.poll();
      for (int b = 0; b < edge.length; b++) {
        if (edge[a][b] && passable[b] && seen.add(b)) {
          todo.add(b);
        }
      }
    }
    return seen;
  }

  boolean[][] reversedStartup() {
    boolean[][] reversed = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        reversed[b][a] = startup[a][b];
      }
    }
    return reversed;
  }

  boolean[] all() {
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    return all;
  }

  /** STARTUP impact: everything that reaches a failed node over startup edges. */
  Set<String> startupImpact(Set<Integer> failed) {
    Set<Integer> hit = new HashSet<>(reach(reversedStartup(), failed, all()));
    hit.removeAll(failed);
    return names(hit);
  }

  /** RUNTIME impact: among long-running nodes only, over both kinds, from long-running failed. */
  Set<String> runtimeImpact(Set<Integer> failed) {
    boolean[] longRunning = new boolean[n];
    boolean[][] atRisk = new boolean[n][n];
    for (int a = 0; a < n; a++) {
      longRunning[a] = lifecycles[a] == Lifecycle.LONG_RUNNING;
    }
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        atRisk[b][a] = startup[a][b] || runtime[a][b];
      }
    }
    Set<Integer> sources = new HashSet<>();
    failed.stream().filter(v -> longRunning[v]).forEach(sources::add);
    Set<Integer> hit = new HashSet<>(reach(atRisk, sources, longRunning));
    hit.removeAll(failed);
    return names(hit);
  }

  /** Longest chain of startup edges below each node, by n rounds of relaxation. */
  int[] layers() {
    int[] layer = new int[n];
    for (int round = 0; round < n; round++) {
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          if (startup[a][b]) {
            layer[a] = Math.max(layer[a], layer[b] + 1);
          }
        }
      }
    }
    return layer;
  }

  /** Every service by longest-path layer, then by name: the startup order as specified. */
  List<String> orderByWaveThenName() {
    int[] layer = layers();
    List<Integer> nodes = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      nodes.add(a);
    }
    nodes.sort(java.util.Comparator.<Integer>comparingInt(a -> layer[a])
        .thenComparing(a -> names[a]));
    return nodes.stream().map(a -> names[a]).toList();
  }

  /** The startup strongly connected components of two or more nodes, as sorted name sets. */
  Set<Set<String>> cyclicComponents() {
    Set<Set<String>> components = new HashSet<>();
    for (int a = 0; a < n; a++) {
      Set<Integer> down = reach(startup, Set.of(a), all());
      Set<Integer> up = reach(reversedStartup(), Set.of(a), all());
      if (down.contains(a)) {
        Set<Integer> both = new HashSet<>(down);
        both.retainAll(up);
        components.add(names(both));
      }
    }
    return components;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RandomTopology[");
    for (int a = 0; a < n; a++) {
      text.append(' ').append(names[a]).append('(').append(lifecycles[a].name().charAt(0))
          .append(')');
      for (int b = 0; b < n; b++) {
        if (startup[a][b]) {
          text.append(' ').append(names[a]).append('>').append(names[b]);
        }
        if (runtime[a][b]) {
          text.append(' ').append(names[a]).append("~>").append(names[b]);
        }
      }
    }
    return text.append(" ]").toString();
  }
}
