package dev.topology.graph;

import dev.topology.api.DependencyKind;
import dev.topology.graph.impact.FailureEdge;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.internal.Arguments;
import dev.topology.graph.internal.FailureGraph;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupPlan;
import org.jgrapht.Graph;

/**
 * Read-only <a href="https://jgrapht.org">JGraphT</a> views of an engine's graphs, for what
 * JGraphT is good at: its many algorithms (shortest paths, dominators, connectivity, transitive
 * reduction, ...) on the same services and dependencies the engine answers about.
 *
 * <pre>{@code
 * // web needs api to start; api needs db
 * Graph<String, Edge> needs = JGraphTViews.startupDependencies(graph);
 * new BFSShortestPath<>(needs).getPath("web", "db").getVertexList();   // [web, api, db]
 * }</pre>
 *
 * <p>Each view is an adapter over the engine's frozen arrays, as JGraphT's own {@code
 * org.jgrapht.graph.guava} adapters are over Guava's graphs: nothing is copied, edges are values
 * made when asked for, and every set is a view. Vertices are the canonical names of every
 * service of the installation, external ones included; aliases are not vertices. Sets iterate by
 * name (vertices, and each vertex's edges by the name of the other end), so every algorithm that
 * follows iteration order gives the same answer on every run.
 *
 * <p>The views are directed, simple (no self-loops, no parallel edges) and unweighted (every
 * weight is {@link Graph#DEFAULT_EDGE_WEIGHT}); every method that would change them throws
 * {@link UnsupportedOperationException}. An algorithm that mutates its input, such as {@code
 * TransitiveReduction}, needs a copy ({@code Graphs.addGraph(new DefaultDirectedGraph<>(...),
 * view)}). Like the engine, they are immutable and can be shared by any number of threads.
 *
 * <p>Costs, for V services and E edges: making a view costs O(1) (the failure view builds the
 * engine's failure graph of the phase first if no query has, O(V + E), kept by the engine);
 * {@code vertexSet().size()}, {@code edgeSet().size()} and degrees O(1); {@code
 * containsVertex} a hash lookup of the name; {@code containsEdge} and {@code getEdge} a hash
 * lookup of each end and a binary search of the source's row, O(log d); iterating a vertex's
 * edges O(d), and iterating all edges O(V + E). Each edge iterated is a new small object.
 */
public final class JGraphTViews {
  private JGraphTViews() {}

  /**
   * Returns the startup dependencies of an engine's installation as a JGraphT graph: an edge
   * {@code a -> b} for each "a needs b to start". The engine's {@link StartupPlan} orders
   * exactly these edges: {@link StartupPlan#order()}, reversed, is a topological order of the
   * view, and {@link TopologyGraph#prerequisites(String)} are the vertices a vertex reaches. An
   * external service starts elsewhere, so its own startup dependencies are no edges.
   *
   * <p>Cost: O(1); see the class for the cost of each method of the view.
   *
   * @param graph the engine
   * @return a read-only view whose edges are {@link Edge}s of kind {@link
   *     DependencyKind#STARTUP}, from the service that needs to the one needed, optional ones
   *     included (they order startup too) with {@link Edge#required()} false
   * @throws InvalidQueryException if the graph is null
   */
  public static Graph<String, Edge> startupDependencies(TopologyGraph graph) {
    if (graph == null) {
      throw new InvalidQueryException(Messages.nullGraph("A JGraphT view"));
    }
    GraphIndex g = graph.index();
    return new CsrGraphView<>(g, g.needs, g.neededBy, new CsrGraphView.Edges<>() {
      @Override
      public Edge edge(String source, String target) {
        return Edge.of(source, target, DependencyKind.STARTUP, !optional(source, target));
      }

      @Override
      public boolean accepts(Object edge) {
        return edge instanceof Edge e && e.kind() == DependencyKind.STARTUP
            && e.required() != optional(e.from(), e.to());
      }

      private boolean optional(String source, String target) {
        int v = g.topology.indexOf(source);
        int w = g.topology.indexOf(target);
        return v >= 0 && w >= 0 && g.wants(v, w);
      }

      @Override
      public String source(Edge edge) {
        return edge.from();
      }

      @Override
      public String target(Edge edge) {
        return edge.to();
      }
    });
  }

  /**
   * Returns the failure graph of a phase as a JGraphT graph: an edge {@code a -> b} when the
   * failure of {@code a} takes {@code b} down directly, as {@link TopologyGraph#impact(Phase,
   * String...)} spreads it. At {@link Phase#STARTUP}, {@code b} needs {@code a} to start; at
   * {@link Phase#RUNTIME}, both are long-running and {@code b} needs {@code a}, to start or while
   * running. Only required dependencies count: an optional one carries no failure. What a failure takes down is then what its vertex reaches, except that a failed
   * startup gate, which takes the whole system down at startup, has no edges for that: {@link
   * Impact#wholeSystemDown()} says so.
   *
   * <p>Cost: O(1) once the engine has the phase's failure graph, which the first impact
   * analysis of the phase (blast radius, root causes, or this view) builds, O(V + E), and keeps.
   *
   * @param graph the engine
   * @param phase when the services fail
   * @return a read-only view whose edges are {@link FailureEdge}s
   * @throws InvalidQueryException if the graph or the phase is null
   */
  public static Graph<String, FailureEdge> failures(TopologyGraph graph, Phase phase) {
    if (graph == null) {
      throw new InvalidQueryException(Messages.nullGraph("A JGraphT view"));
    }
    Arguments.phase(phase, Arguments.FAILURE_VIEW);
    FailureGraph f = graph.failures(phase);
    return new CsrGraphView<>(f.g, f.spread, f.spreadFrom, new CsrGraphView.Edges<>() {
      @Override
      public FailureEdge edge(String source, String target) {
        return FailureEdge.of(source, target);
      }

      @Override
      public boolean accepts(Object edge) {
        return edge instanceof FailureEdge;
      }

      @Override
      public String source(FailureEdge edge) {
        return edge.failed();
      }

      @Override
      public String target(FailureEdge edge) {
        return edge.takenDown();
      }
    });
  }
}
