package dev.topology.formats.diagram;

import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;

/**
 * Graphviz DOT and Mermaid flowchart text of a topology or of an impact, as strings; the caller
 * writes them where it likes.
 *
 * <pre>{@code
 * String dot = Exports.dot(graph);                                 // dot -Tsvg
 * String mermaid = Exports.mermaid(graph.impact(Phase.STARTUP, "db"));
 * }</pre>
 *
 * <p>What is drawn:
 *
 * <ul>
 *   <li>An edge {@code a -> b} says that {@code a} needs {@code b}: solid to start, dashed while
 *       running; prerequisites are drawn above what needs them.
 *   <li>Severity is the fill colour: red HIGH, amber MEDIUM, green LOW.
 *   <li>Shapes: one-shot tasks are parallelograms, startup-only services hexagons, services run
 *       outside the installation cylinders, every other service a (rounded) box.
 *   <li>A legend, in a cluster (DOT) or a subgraph (Mermaid), explains the colours, shapes and
 *       edges.
 *   <li>An impact draws only the failed services (thick black border) and the affected ones,
 *       each affected service with one edge: the last step of its {@linkplain
 *       AffectedService#path() explaining path}, drawn as the dependency it follows, or dotted
 *       when a failed startup gate is what takes it down.
 * </ul>
 *
 * <p>Output is accepted as is: DOT IDs are quoted names with {@code \} and {@code "} escaped
 * ({@code "tutum/logrotate"}); Mermaid IDs are safe identifiers {@code s0, s1, ...} (by name
 * order) with the name as a quoted label, {@code # " < > & `} written as entity codes. A first
 * comment line says what is drawn. Both are deterministic byte for byte: services by name,
 * edges by kind, then source and target name, whatever order the topology was built in.
 * Mermaid's renderer limits the text size and the number of edges by default (its {@code
 * maxTextSize} and {@code maxEdges} settings), so large graphs need those raised where they are
 * rendered.
 *
 * <p>Cost: O(V + E) time and output; no recursion, so a chain of a million services exports
 * like any other graph.
 */
public final class Exports {
  private Exports() {}

  /**
   * Returns the DOT text of an engine's topology: every service and every dependency.
   *
   * @param graph the engine
   * @return a {@code digraph}, ending with a line break
   * @throws InvalidQueryException if the engine is null
   */
  public static String dot(TopologyGraph graph) {
    return dot(graph, true);
  }

  /**
   * Returns the DOT text of an engine's topology, with or without the legend: a
   * small drawing is narrower than the legend, which a reader who knows the colours can do
   * without.
   *
   * @param graph the engine
   * @param legend whether to draw the legend
   * @return a {@code digraph}, ending with a line break
   * @throws InvalidQueryException if the engine is null
   */
  public static String dot(TopologyGraph graph, boolean legend) {
    return DotWriter.write(Drawing.of(checked(graph)), false, legend);
  }

  /**
   * Returns the DOT text of an impact: the failed and affected services, and why each is
   * affected.
   *
   * @param impact the impact
   * @return a {@code digraph}, ending with a line break
   * @throws InvalidQueryException if the impact is null
   */
  public static String dot(Impact impact) {
    return dot(impact, true);
  }

  /**
   * Returns the DOT text of an impact, with or without the legend: a
   * small drawing is narrower than the legend, which a reader who knows the colours can do
   * without.
   *
   * @param impact the impact
   * @param legend whether to draw the legend
   * @return a {@code digraph}, ending with a line break
   * @throws InvalidQueryException if the impact is null
   */
  public static String dot(Impact impact, boolean legend) {
    return DotWriter.write(Drawing.of(checked(impact)), true, legend);
  }

  /**
   * Returns the Mermaid flowchart of an engine's topology: every service and every dependency.
   *
   * @param graph the engine
   * @return a {@code flowchart}, ending with a line break
   * @throws InvalidQueryException if the engine is null
   */
  public static String mermaid(TopologyGraph graph) {
    return mermaid(graph, true);
  }

  /**
   * Returns the Mermaid flowchart of an engine's topology, with or without the legend: a
   * small drawing is narrower than the legend, which a reader who knows the colours can do
   * without.
   *
   * @param graph the engine
   * @param legend whether to draw the legend
   * @return a {@code flowchart}, ending with a line break
   * @throws InvalidQueryException if the engine is null
   */
  public static String mermaid(TopologyGraph graph, boolean legend) {
    return MermaidWriter.write(Drawing.of(checked(graph)), false, legend);
  }

  /**
   * Returns the Mermaid flowchart of an impact: the failed and affected services, and why each
   * is affected.
   *
   * @param impact the impact
   * @return a {@code flowchart}, ending with a line break
   * @throws InvalidQueryException if the impact is null
   */
  public static String mermaid(Impact impact) {
    return mermaid(impact, true);
  }

  /**
   * Returns the Mermaid flowchart of an impact, with or without the legend: a
   * small drawing is narrower than the legend, which a reader who knows the colours can do
   * without.
   *
   * @param impact the impact
   * @param legend whether to draw the legend
   * @return a {@code flowchart}, ending with a line break
   * @throws InvalidQueryException if the impact is null
   */
  public static String mermaid(Impact impact, boolean legend) {
    return MermaidWriter.write(Drawing.of(checked(impact)), true, legend);
  }

  private static TopologyGraph checked(TopologyGraph graph) {
    if (graph == null) {
      throw new InvalidQueryException("An export needs an engine, not null; build one with"
          + " TopologyGraph.of(topology).");
    }
    return graph;
  }

  private static Impact checked(Impact impact) {
    if (impact == null) {
      throw new InvalidQueryException("An export needs an impact, not null; ask the engine for"
          + " one with graph.impact(Phase.STARTUP, \"db\").");
    }
    return impact;
  }
}
