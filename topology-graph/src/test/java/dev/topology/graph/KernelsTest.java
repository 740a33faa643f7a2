package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Deployment;
import dev.topology.api.Topology;
import dev.topology.graph.internal.Csr;
import dev.topology.graph.internal.FailureGraph;
import dev.topology.graph.internal.FailureSpread;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.LaneSweep;
import dev.topology.graph.internal.StartupOrder;
import dev.topology.graph.internal.Waves;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The engine's shared kernels (wave plan, failure spread, 64-lane sweep) on their own. */
class KernelsTest {
  private static GraphIndex index(Topology topology) {
    return GraphIndex.freeze(topology, Deployment.defaults());
  }

  @Test
  void waves_of_sortsByWaveThenByNameAndLeavesUnplacedOut() {
    Waves waves = Waves.of(new int[] {1, -1, 0, 1, 0, 2}, 3, 5);
    assertThat(waves.order).containsExactly(2, 4, 0, 3, 5);
    assertThat(waves.waveCount()).isEqualTo(3);
    assertThat(Arrays.copyOf(waves.offsets, 4)).containsExactly(0, 2, 4, 5);
    assertThat(waves.waveOf(1)).isEmpty();
    assertThat(waves.waveOf(5)).hasValue(2);
  }

  @Test
  void waves_of_nothingPlaced_hasNoWave() {
    Waves waves = Waves.of(new int[] {-1, -1}, 0, 0);
    assertThat(waves.order).isEmpty();
    assertThat(waves.waveCount()).isZero();
  }

  /**
   * <pre>
   *   web ──► api ──► cache ──► db      members: web, cache, db
   * </pre>
   * web needs cache through api, which is no member: one wave above cache all the same.
   */
  @Test
  void waves_layered_countsChainsThroughNonMembers() {
    GraphIndex g = index(Fixtures.topology("web>api", "api>cache", "cache>db"));
    boolean[] member = new boolean[g.size()];
    for (String name : List.of("web", "cache", "db")) {
      member[g.topology.indexOf(name)] = true;
    }
    Waves waves = Waves.layered(g, StartupOrder.of(g).order, member);
    assertThat(waves.names(g)).containsExactly(List.of("db"), List.of("cache"), List.of("web"));
    assertThat(waves.orderNames(g)).containsExactly("db", "cache", "web");
    assertThat(waves.waveOf(g.topology.indexOf("api"))).isEmpty();
  }

  @Test
  void failureSpread_failedGate_takesEveryStartedServiceDownThroughIt() {
    GraphIndex g = index(Fixtures.withMigrationAndGate());
    int gate = g.topology.indexOf("gate");
    int[] parent = new int[g.size()];
    FailureSpread search = FailureSpread.of(g, Phase.STARTUP);
    assertThat(search.down(new int[] {gate}, parent)).isEqualTo(g.size());
    for (int v = 0; v < g.size(); v++) {
      assertThat(parent[v]).as(g.name(v)).isEqualTo(v == gate ? FailureSpread.SOURCE : gate + 1);
    }
  }

  @Test
  void failureSpread_atRuntime_aGateIsNoRule() {
    GraphIndex g = index(Fixtures.withMigrationAndGate());
    FailureSpread search = FailureSpread.of(g, Phase.RUNTIME);
    assertThat(search.down(new int[] {g.topology.indexOf("gate")}, null)).isEqualTo(1);
  }

  @Test
  void failureSpread_searchedAgain_marksOnlyWhatTheNewSearchReaches() {
    GraphIndex g = index(Fixtures.withMigrationAndGate());
    FailureSpread reused = FailureSpread.over(FailureGraph.of(g, Phase.STARTUP));
    for (int round = 0; round < 3; round++) {
      for (int v = 0; v < g.size(); v++) {
        FailureSpread fresh = FailureSpread.of(g, Phase.STARTUP);
        int count = reused.down(new int[] {v}, null);
        assertThat(count).as(g.name(v)).isEqualTo(fresh.down(new int[] {v}, null));
        for (int w = 0; w < g.size(); w++) {
          assertThat(reused.marked(w)).as("%s takes %s down", g.name(v), g.name(w))
              .isEqualTo(fresh.marked(w));
        }
      }
    }
  }

  @Test
  void failureSpread_causesOf_areTheServicesWhoseFailureReachesTheTarget() {
    GraphIndex g = index(Fixtures.withMigrationAndGate());
    FailureSpread search = FailureSpread.over(FailureGraph.of(g, Phase.STARTUP));
    int marked = search.causesOf(g.topology.indexOf("web"));
    TreeSet<String> causes = new TreeSet<>();
    for (int i = 0; i < marked; i++) {
      causes.add(g.name(search.markedAt(i)));
    }
    assertThat(causes).containsExactly("api", "db", "web");
  }

  @Test
  void failureGraph_gatedCauses_areWhatTakesTheGateDown() {
    GraphIndex g = index(Fixtures.topology("web>api", "api>db", "gate>db", "other"));
    g = index(Fixtures.gate(g.topology, "gate"));
    FailureGraph f = FailureGraph.of(g, Phase.STARTUP);
    List<String> names = new ArrayList<>();
    for (int v : f.gatedCauses(new int[] {g.topology.indexOf("other")})) {
      names.add(g.name(v));
      assertThat(f.downWithGate(v)).isEqualTo(g.size());
    }
    assertThat(names).containsExactly("db", "gate");
  }

  /** A random DAG of 300 nodes, so that the sweep takes several batches of 64 sources. */
  @Test
  void laneSweep_randomDag_eachWordHoldsExactlyTheSourcesThatReachTheNode() {
    int n = 300;
    Random random = new Random(21);
    int[] from = new int[4 * n];
    int[] to = new int[4 * n];
    int count = 0;
    // Positions are a shuffle of the nodes, and every edge goes to a higher position.
    int[] byPosition = java.util.stream.IntStream.range(0, n).toArray();
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = byPosition[i];
      byPosition[i] = byPosition[j];
      byPosition[j] = swap;
    }
    int[] position = new int[n];
    for (int p = 0; p < n; p++) {
      position[byPosition[p]] = p;
    }
    for (int p = 1; p < n; p++) {
      for (int e = random.nextInt(4); e > 0; e--) {
        from[count] = byPosition[random.nextInt(p)];
        to[count++] = byPosition[p];
      }
    }
    Csr edges = Csr.of(n, from, to, count);
    boolean[] source = new boolean[n];
    for (int v = 0; v < n; v++) {
      source[v] = random.nextInt(3) > 0;
    }
    boolean[][] reached = new boolean[n][n];
    int[] batches = new int[1];
    LaneSweep lanes = new LaneSweep(edges, position, byPosition, true);
    lanes.run(source, new LaneSweep.Visitor() {
      private final List<long[]> words = new ArrayList<>();

      @Override
      public void visit(int v) {
        words.add(new long[] {v, lanes.word(v)});
        // A source reaches a node directly, through another node, or is the node itself.
        assertThat(lanes.direct(v) | lanes.below(v) | lanes.own(v)).isEqualTo(lanes.word(v));
      }

      @Override
      public void batchDone(int[] sources, int lanesUsed) {
        batches[0]++;
        for (long[] entry : words) {
          for (long bits = entry[1]; bits != 0; bits &= bits - 1) {
            reached[sources[Long.numberOfTrailingZeros(bits)]][(int) entry[0]] = true;
          }
        }
        words.clear();
      }
    });
    assertThat(batches[0]).isGreaterThan(1);
    for (int s = 0; s < n; s++) {
      boolean[] plain = new boolean[n];
      if (source[s]) {
        plain[s] = true;
        for (int p = position[s]; p < n; p++) {
          int v = byPosition[p];
          for (int i = edges.start(v); plain[v] && i < edges.end(v); i++) {
            plain[edges.target(i)] = true;
          }
        }
      }
      assertThat(reached[s]).as("what %d reaches", s).isEqualTo(plain);
    }
  }
}
