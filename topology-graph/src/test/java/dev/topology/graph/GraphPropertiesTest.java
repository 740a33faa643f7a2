package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.topology.api.Lifecycle;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupCycle;
import dev.topology.graph.startup.StartupCycleException;
import dev.topology.graph.startup.StartupPlan;
import dev.topology.graph.startup.StartupSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Invariants of the engine over random DAGs and random cyclic graphs of up to 20 services. */
@AddLifecycleHook(TriesCap.class)
class GraphPropertiesTest {
  private static final int TRIES = 150;

  @Provide
  Arbitrary<RandomTopology> dags() {
    return topologies(true);
  }

  @Provide
  Arbitrary<RandomTopology> anyGraphs() {
    return topologies(false);
  }

  private static Arbitrary<RandomTopology> topologies(boolean acyclic) {
    // Edge cases come from the size only (1, 2, 20 services); combined with those of every
    // list they would outnumber the tries.
    return Arbitraries.integers().between(1, 20).flatMap(n -> Combinators.combine(
        Arbitraries.shuffle(IntStream.range(0, n).boxed().toArray(Integer[]::new)),
        pairs(n).list().ofMaxSize(3 * n),
        pairs(n).list().ofMaxSize(n),
        Arbitraries.of(Lifecycle.class).list().ofSize(n))
        .as((names, startup, runtime, life) ->
            RandomTopology.of(n, names, startup, runtime, life, acyclic))
        .withoutEdgeCases());
  }

  private static Arbitrary<int[]> pairs(int n) {
    Arbitrary<Integer> node = Arbitraries.integers().between(0, n - 1);
    return Combinators.combine(node, node).as((a, b) -> new int[] {a, b});
  }

  /** Picks failed nodes from arbitrary ints, at least one. */
  private static Set<Integer> failed(RandomTopology t, List<Integer> picks) {
    Set<Integer> failed = new TreeSet<>();
    picks.forEach(p -> failed.add(Math.floorMod(p, t.n)));
    if (failed.isEmpty()) {
      failed.add(0);
    }
    return failed;
  }

  private static List<String> names(RandomTopology t, Set<Integer> nodes) {
    return nodes.stream().map(v -> t.names[v]).toList();
  }

  @Property(tries = TRIES)
  void order_isTheWavesEachByName_andRespectsEveryEdge(@ForAll("dags") RandomTopology t) {
    StartupPlan plan = TopologyGraph.of(t.topology()).startupPlan();
    List<String> order = plan.order();
    List<String> concatenated = new ArrayList<>();
    for (List<String> wave : plan.waves()) {
      assertThat(wave).isSorted();
      concatenated.addAll(wave);
    }
    assertThat(order).isEqualTo(concatenated);
    assertThat(order).isEqualTo(t.orderByWaveThenName());
    for (int a = 0; a < t.n; a++) {
      for (int b = 0; b < t.n; b++) {
        if (t.startup[a][b]) {
          assertThat(order.indexOf(t.names[b])).isLessThan(order.indexOf(t.names[a]));
        }
      }
    }
  }

  @Property(tries = TRIES)
  void waves_areExactlyTheLongestPathLayers(@ForAll("dags") RandomTopology t) {
    List<List<String>> waves = TopologyGraph.of(t.topology()).startupPlan().waves();
    int[] layers = t.layers();
    List<List<String>> expected = new ArrayList<>();
    for (int k = 0; k <= IntStream.of(layers).max().orElse(-1); k++) {
      Set<String> wave = new TreeSet<>();
      for (int v = 0; v < t.n; v++) {
        if (layers[v] == k) {
          wave.add(t.names[v]);
        }
      }
      expected.add(List.copyOf(wave));
    }
    assertThat(waves).isEqualTo(expected);
  }

  @Property(tries = TRIES)
  void startupImpact_equalsReverseReachability(
      @ForAll("dags") RandomTopology t, @ForAll @Size(max = 4) List<Integer> picks) {
    Set<Integer> failed = failed(t, picks);
    Impact impact = TopologyGraph.of(t.topology()).impact(Phase.STARTUP, names(t, failed));
    assertThat(new TreeSet<>(impact.affectedNames())).isEqualTo(t.startupImpact(failed));
    assertThat(impact.failed()).containsExactlyElementsOf(new TreeSet<>(names(t, failed)));
  }

  @Property(tries = TRIES)
  void runtimeImpact_equalsReachabilityAmongLongRunningServices(
      @ForAll("dags") RandomTopology t, @ForAll @Size(max = 4) List<Integer> picks) {
    Set<Integer> failed = failed(t, picks);
    Impact impact = TopologyGraph.of(t.topology()).impact(Phase.RUNTIME, names(t, failed));
    assertThat(new TreeSet<>(impact.affectedNames())).isEqualTo(t.runtimeImpact(failed));
  }

  @Property(tries = TRIES)
  void impactAndPrerequisites_areConverse(@ForAll("dags") RandomTopology t) {
    TopologyGraph graph = TopologyGraph.of(t.topology());
    for (String a : t.names) {
      List<String> affected = graph.impact(Phase.STARTUP, a).affectedNames();
      assertThat(new TreeSet<>(graph.dependents(a))).isEqualTo(new TreeSet<>(affected));
      for (String b : t.names) {
        assertThat(affected.contains(b)).as("%s in impact(%s)", b, a)
            .isEqualTo(graph.prerequisites(b).contains(a));
      }
    }
  }

  @Property(tries = TRIES)
  void prerequisites_comeInStartupOrder(@ForAll("dags") RandomTopology t) {
    TopologyGraph graph = TopologyGraph.of(t.topology());
    List<String> order = graph.startupPlan().order();
    for (String a : t.names) {
      List<String> prerequisites = graph.prerequisites(a);
      assertThat(prerequisites).isSortedAccordingTo(
          (x, y) -> Integer.compare(order.indexOf(x), order.indexOf(y)));
    }
  }

  @Property(tries = TRIES)
  void paths_areShortestChainsOfRealDependencies(
      @ForAll("dags") RandomTopology t, @ForAll @Size(max = 4) List<Integer> picks) {
    Set<Integer> failed = failed(t, picks);
    TopologyGraph graph = TopologyGraph.of(t.topology());
    for (Phase phase : Phase.values()) {
      Impact impact = graph.impact(phase, names(t, failed));
      Map<Integer, Integer> distance = distances(t, phase, failed);
      for (AffectedService affected : impact.affected()) {
        List<String> path = affected.path();
        assertThat(failed).contains(t.node(path.get(0)));
        assertThat(path.get(path.size() - 1)).isEqualTo(affected.name());
        for (int i = 0; i + 1 < path.size(); i++) {
          int needed = t.node(path.get(i));
          int needing = t.node(path.get(i + 1));
          assertThat(t.startup[needing][needed]
              || (phase == Phase.RUNTIME && t.runtime[needing][needed])).isTrue();
        }
        assertThat(path.size() - 1).isEqualTo(distance.get(t.node(affected.name())));
        assertThat(affected.via()).isEqualTo(path.get(path.size() - 2));
        assertThat(affected.cause()).isEqualTo(path.get(0));
      }
    }
  }

  /** Breadth-first distances from the failed nodes, over the phase's reversed edges. */
  private static Map<Integer, Integer> distances(RandomTopology t, Phase phase,
      Set<Integer> failed) {
    Map<Integer, Integer> distance = new HashMap<>();
    List<Integer> frontier = new ArrayList<>();
    for (int f : failed) {
      distance.put(f, 0);
      if (phase == Phase.STARTUP || t.lifecycles[f] == Lifecycle.LONG_RUNNING) {
        frontier.add(f);
      }
    }
    for (int d = 1; !frontier.isEmpty(); d++) {
      List<Integer> next = new ArrayList<>();
      for (int b : frontier) {
        for (int a = 0; a < t.n; a++) {
          boolean edge = phase == Phase.STARTUP ? t.startup[a][b]
              : (t.startup[a][b] || t.runtime[a][b])
                  && t.lifecycles[a] == Lifecycle.LONG_RUNNING;
          if (edge && !distance.containsKey(a)) {
            distance.put(a, d);
            next.add(a);
          }
        }
      }
      frontier = next;
    }
    return distance;
  }

  @Property(tries = TRIES)
  void results_doNotDependOnInsertionOrderOrOnTheNameADependencyUses(
      @ForAll("dags") RandomTopology t, @ForAll long seed) {
    TopologyGraph plain = TopologyGraph.of(t.topology());
    TopologyGraph shuffled = TopologyGraph.of(t.topology(new Random(seed)));
    assertThat(shuffled.startupPlan()).isEqualTo(plain.startupPlan());
    assertThat(shuffled.startupSchedule(Map.of())).isEqualTo(plain.startupSchedule(Map.of()));
    for (String name : t.names) {
      assertThat(shuffled.prerequisites(name)).isEqualTo(plain.prerequisites(name));
      for (Phase phase : Phase.values()) {
        assertThat(shuffled.impact(phase, "alias-" + name))
            .isEqualTo(plain.impact(phase, name));
      }
    }
  }

  @Property(tries = TRIES)
  void addingAnEdge_neverShrinksAnImpact(@ForAll("dags") RandomTopology t,
      @ForAll int from, @ForAll int to, @ForAll @Size(max = 4) List<Integer> picks) {
    int a = Math.floorMod(from, t.n);
    int b = Math.floorMod(to, t.n);
    // Orient the new edge downwards so the topology stays acyclic.
    RandomTopology more = t.withStartupEdge(Math.max(a, b), Math.min(a, b));
    Set<Integer> failed = failed(t, picks);
    TopologyGraph before = TopologyGraph.of(t.topology());
    TopologyGraph after = TopologyGraph.of(more.topology());
    for (Phase phase : Phase.values()) {
      assertThat(after.impact(phase, names(t, failed)).affectedNames())
          .containsAll(before.impact(phase, names(t, failed)).affectedNames());
    }
  }

  @Property(tries = TRIES)
  void cycles_everyReportedCycleIsReal_andEveryCyclicGraphIsReported(
      @ForAll("anyGraphs") RandomTopology t, @ForAll long seed) {
    Set<Set<String>> expected = t.cyclicComponents();
    StartupCycleException e =
        catchThrowableOfType(StartupCycleException.class, () -> TopologyGraph.of(t.topology()));
    if (expected.isEmpty()) {
      assertThat(e).isNull();
      return;
    }
    assertThat(e).isNotNull();
    StartupCycleException shuffled = catchThrowableOfType(StartupCycleException.class,
        () -> TopologyGraph.of(t.topology(new Random(seed))));
    assertThat(shuffled.cycles()).isEqualTo(e.cycles());
    assertThat(shuffled).hasMessage(e.getMessage());
    Set<Set<String>> reported = new HashSet<>();
    for (StartupCycle cycle : e.cycles()) {
      reported.add(new TreeSet<>(cycle.services()));
      List<String> witness = cycle.witness();
      assertThat(witness).doesNotHaveDuplicates().hasSizeGreaterThan(1);
      assertThat(cycle.services()).containsAll(witness);
      assertThat(witness.get(0)).isEqualTo(cycle.services().get(0));
      for (int i = 0; i < witness.size(); i++) {
        String needing = witness.get(i);
        String needed = witness.get((i + 1) % witness.size());
        assertThat(t.startup[t.node(needing)][t.node(needed)]).as("%s > %s", needing, needed)
            .isTrue();
      }
      assertThat(cycle.edgeToRemove().from()).isEqualTo(witness.get(witness.size() - 1));
      assertThat(cycle.edgeToRemove().to()).isEqualTo(witness.get(0));
    }
    assertThat(reported).isEqualTo(expected);
    assertThat(e.cycles()).extracting(c -> c.services().get(0)).isSorted();
  }

  @Property(tries = TRIES)
  void schedule_readyTimesFollowTheRecurrence_andTheChainIsCritical(
      @ForAll("dags") RandomTopology t, @ForAll List<Integer> seconds) {
    Map<String, Duration> durations = new HashMap<>();
    for (int v = 0; v < t.n && v < seconds.size(); v++) {
      durations.put(t.names[v], Duration.ofSeconds(Math.floorMod(seconds.get(v), 50)));
    }
    StartupSchedule schedule = TopologyGraph.of(t.topology()).startupSchedule(durations);
    Duration latest = Duration.ZERO;
    for (String name : schedule.plan().order()) {
      int a = t.node(name);
      Duration start = Duration.ZERO;
      for (int b = 0; b < t.n; b++) {
        if (t.startup[a][b] && schedule.readyAt(t.names[b]).compareTo(start) > 0) {
          start = schedule.readyAt(t.names[b]);
        }
      }
      assertThat(schedule.startAt(name)).isEqualTo(start);
      assertThat(schedule.readyAt(name))
          .isEqualTo(start.plus(durations.getOrDefault(name, Duration.ZERO)));
      latest = latest.compareTo(schedule.readyAt(name)) > 0 ? latest : schedule.readyAt(name);
    }
    assertThat(schedule.totalDuration()).isEqualTo(latest);
    List<String> chain = schedule.criticalChain();
    Duration along = Duration.ZERO;
    for (int i = 0; i < chain.size(); i++) {
      along = along.plus(durations.getOrDefault(chain.get(i), Duration.ZERO));
      if (i > 0) {
        assertThat(t.startup[t.node(chain.get(i))][t.node(chain.get(i - 1))]).isTrue();
      }
    }
    assertThat(along).isEqualTo(latest);
    assertThat(schedule.startAt(chain.get(0))).isEqualTo(Duration.ZERO);
  }
}
