package dev.topology.graph;

import static dev.topology.graph.Fixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.impact.FailureEdge;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.lint.LintRule;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.TransitiveReduction;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;
import org.junit.jupiter.api.Test;

/**
 * The JGraphT views against the engine's own answers: JGraphT's algorithms, run on the views,
 * must agree with what the engine computes on its arrays.
 */
@AddLifecycleHook(TriesCap.class)
class JGraphTViewsTest {
  private static final int TRIES = 150;

  /*
   *   web ──► api ──► db
   *    │       │
   *    │       └────► logs        cron (alone)
   *    └──────────────► db        (redundant: web reaches db through api)
   */
  private final TopologyGraph diamond =
      graph("web>api", "api>db", "api>logs", "web>db", "cron");

  @Provide
  Arbitrary<RandomTopology> dags() {
    return RandomTopologies.dags(20, 3);
  }

  @Test
  void views_optionalDependency_ordersStartupButCarriesNoFailure() {
    TopologyGraph graph = Fixtures.graph("web>api", "web?>cache");
    Graph<String, Edge> startup = JGraphTViews.startupDependencies(graph);
    assertThat(startup.getEdge("web", "cache"))
        .isEqualTo(Edge.of("web", "cache", DependencyKind.STARTUP, false));
    assertThat(startup.containsEdge(Edge.of("web", "cache", DependencyKind.STARTUP, true)))
        .isFalse();
    for (Phase phase : Phase.values()) {
      assertThat(JGraphTViews.failures(graph, phase).containsEdge("cache", "web")).isFalse();
      assertThat(JGraphTViews.failures(graph, phase).containsEdge("api", "web")).isTrue();
    }
  }

  @Test
  void startupDependencies_diamond_hasEveryServiceAndEveryNeedsEdge() {
    Graph<String, Edge> view = JGraphTViews.startupDependencies(diamond);
    assertThat(view.vertexSet()).containsExactly("api", "cron", "db", "logs", "web");
    assertThat(view.edgeSet()).extracting(Edge::toString)
        .containsExactly("api -> db", "api -> logs", "web -> api", "web -> db");
    assertThat(view.getEdge("web", "api")).isEqualTo(Edge.of("web", "api",
        DependencyKind.STARTUP, true));
    assertThat(view.getEdge("api", "web")).isNull();
    assertThat(view.outDegreeOf("api")).isEqualTo(2);
    assertThat(view.inDegreeOf("api")).isEqualTo(1);
    assertThat(view.edgesOf("api")).extracting(Edge::toString)
        .containsExactly("api -> db", "api -> logs", "web -> api");
    assertThat(view.getType().isDirected()).isTrue();
    assertThat(view.getType().isModifiable()).isFalse();
  }

  @Test
  void startupDependencies_bfsShortestPath_followsWhatEachServiceNeeds() {
    GraphPath<String, Edge> path = new BFSShortestPath<>(JGraphTViews.startupDependencies(
        graph("web>api", "api>db"))).getPath("web", "db");
    assertThat(path.getVertexList()).containsExactly("web", "api", "db");
  }

  @Test
  void startupDependencies_aliasOrUnknownName_isNoVertex() {
    Graph<String, Edge> view = JGraphTViews.startupDependencies(
        TopologyGraph.of(CircleCiServer2.topology()));
    assertThat(view.containsVertex("postgres")).isTrue();
    assertThat(view.containsVertex("postgres-script-enhance")).isFalse();
    assertThat(view.containsVertex(null)).isFalse();
    assertThat(view.getAllEdges("postgress", "frontend")).isNull();
    assertThatThrownBy(() -> view.outgoingEdgesOf("postgress"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void startupDependencies_catalog_hasTheTopologysServicesAndStartupDependencies() {
    TopologyGraph engine = TopologyGraph.of(CircleCiServer2.topology());
    Graph<String, Edge> view = JGraphTViews.startupDependencies(engine);
    assertThat(view.vertexSet()).containsExactlyElementsOf(engine.topology().names());
    long dependencies = engine.topology().services().stream()
        .mapToLong(s -> s.startupDependencies().size()).sum();
    assertThat(view.edgeSet()).hasSize((int) dependencies);
    assertThat(new ArrayList<>(view.edgeSet())).hasSize((int) dependencies);
  }

  @Test
  void views_anyChange_isRefused() {
    Graph<String, Edge> view = JGraphTViews.startupDependencies(diamond);
    assertThatThrownBy(() -> view.addVertex("x"))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("This graph is a read-only view of an engine; copy it to change it.");
    assertThatThrownBy(() -> view.removeEdge("web", "api"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> view.edgeSet().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> JGraphTViews.failures(diamond, Phase.RUNTIME).vertexSet()
        .remove("web")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void failures_diamondAtStartup_pointsFromTheFailedToWhatItTakesDown() {
    Graph<String, FailureEdge> view = JGraphTViews.failures(diamond, Phase.STARTUP);
    assertThat(view.edgeSet()).containsExactly(FailureEdge.of("api", "web"),
        FailureEdge.of("db", "api"), FailureEdge.of("db", "web"),
        FailureEdge.of("logs", "api"));
    assertThat(view.outgoingEdgesOf("db")).extracting(FailureEdge::toString)
        .containsExactly("db -> api", "db -> web");
  }

  /** Dijkstra's reachability on the view is exactly {@code prerequisites}. */
  @Property(tries = TRIES)
  void startupDependencies_reachableByDijkstra_arePrerequisites(
      @ForAll("dags") RandomTopology t) {
    TopologyGraph engine = TopologyGraph.of(t.topology());
    Graph<String, Edge> view = JGraphTViews.startupDependencies(engine);
    for (String a : t.names) {
      Set<String> reached = new TreeSet<>();
      var paths = new DijkstraShortestPath<>(view).getPaths(a);
      for (String b : view.vertexSet()) {
        if (!b.equals(a) && paths.getPath(b) != null) {
          reached.add(b);
        }
      }
      assertThat(reached).as("prerequisites of %s", a)
          .isEqualTo(new TreeSet<>(engine.prerequisites(a)));
    }
  }

  /**
   * JGraphT finds no cycle; the engine's order respects every edge of the view; and JGraphT's
   * topological order that always takes the least ready service by (wave, name) is the
   * engine's order.
   */
  @Property(tries = TRIES)
  void startupDependencies_topologicalOrderByWaveThenName_isTheEnginesOrder(
      @ForAll("dags") RandomTopology t) {
    TopologyGraph engine = TopologyGraph.of(t.topology());
    Graph<String, Edge> view = JGraphTViews.startupDependencies(engine);
    StartupPlan plan = engine.startupPlan();
    assertThat(new CycleDetector<>(view).detectCycles()).isFalse();
    List<String> order = plan.order();
    for (Edge edge : view.edgeSet()) {
      assertThat(order.indexOf(edge.to())).as("%s", edge).isLessThan(order.indexOf(edge.from()));
    }
    Comparator<String> byWave = Comparator.<String>comparingInt(s -> plan.waveOf(s).getAsInt())
        .thenComparing(Comparator.naturalOrder());
    List<String> jgrapht = new ArrayList<>();
    new TopologicalOrderIterator<>(new EdgeReversedGraph<>(view), byWave)
        .forEachRemaining(jgrapht::add);
    assertThat(jgrapht).isEqualTo(order);
  }

  /**
   * JGraphT's transitive reduction removes exactly the dependencies lint calls redundant: those
   * implied at startup, but between two long-running services only those implied among
   * long-running services too, since only they carry a failure at runtime.
   */
  @Property(tries = TRIES)
  void startupDependencies_transitiveReduction_removesLintsRedundantDependencies(
      @ForAll("dags") RandomTopology t) {
    TopologyGraph engine = TopologyGraph.of(t.topology());
    Graph<String, Edge> view = JGraphTViews.startupDependencies(engine);
    Set<String> running = new HashSet<>();
    for (String name : view.vertexSet()) {
      if (engine.topology().service(name).lifecycle() == Lifecycle.LONG_RUNNING) {
        running.add(name);
      }
    }
    Set<List<String>> atStartup = reducible(view);
    Set<List<String>> amongRunning = reducible(new AsSubgraph<>(view, running));
    Set<List<String>> removed = new HashSet<>(amongRunning);
    for (List<String> edge : atStartup) {
      if (!running.containsAll(edge)) {
        removed.add(edge);
      }
    }
    Set<List<String>> redundant = new HashSet<>();
    for (LintFinding finding : engine.lint()) {
      if (finding.rule() == LintRule.REDUNDANT_DEPENDENCY) {
        redundant.add(finding.services());
      }
    }
    assertThat(removed).isEqualTo(redundant);
  }

  /** The edges of {@code graph} that its transitive reduction removes. */
  private static Set<List<String>> reducible(Graph<String, Edge> graph) {
    Graph<String, Edge> copy = new SimpleDirectedGraph<>(null, null, false);
    Graphs.addGraph(copy, graph);
    TransitiveReduction.INSTANCE.reduce(copy);
    Set<List<String>> removed = new HashSet<>();
    for (Edge edge : graph.edgeSet()) {
      if (!copy.containsEdge(edge)) {
        removed.add(List.of(edge.from(), edge.to()));
      }
    }
    return removed;
  }

  /**
   * What a failure reaches on the view of its phase, by breadth-first search, is what the
   * engine's impact takes down, each by a path of the same length; the count is its blast radius.
   */
  @Property(tries = TRIES)
  void failures_reachableByBfs_areTheImpactWithShortestPaths(@ForAll("dags") RandomTopology t) {
    TopologyGraph engine = TopologyGraph.of(t.topology());
    for (Phase phase : Phase.values()) {
      Graph<String, FailureEdge> view = JGraphTViews.failures(engine, phase);
      BlastRadius blast = engine.blastRadius(phase);
      for (String a : t.names) {
        var paths = new BFSShortestPath<>(view).getPaths(a);
        Impact impact = engine.impact(phase, a);
        Set<String> reached = new TreeSet<>();
        for (String b : view.vertexSet()) {
          GraphPath<String, FailureEdge> path = paths.getPath(b);
          if (!b.equals(a) && path != null) {
            reached.add(b);
            assertThat(path.getLength()).as("%s to %s at %s", a, b, phase)
                .isEqualTo(impact.affected(b).orElseThrow().path().size() - 1);
          }
        }
        assertThat(reached).as("impact of %s at %s", a, phase)
            .isEqualTo(new TreeSet<>(impact.affectedNames()));
        assertThat(blast.ranking().stream().filter(r -> r.service().equals(a)).findFirst()
            .orElseThrow().takesDown()).isEqualTo(reached.size());
      }
    }
  }
}
