package dev.topology.graph.internal;

import dev.topology.graph.startup.Phase;

/**
 * The edges along which a failure spreads in one phase, condensed into a DAG of strongly
 * connected components, computed once per engine and phase.
 *
 * <p>{@link #spread} has an edge {@code v -> w} when the failure of {@code v} takes {@code w}
 * down directly: at {@link Phase#STARTUP} {@code w} needs {@code v} to start, at {@link
 * Phase#RUNTIME} {@code w} is at risk when {@code v} fails. Runtime interactions may form
 * cycles; every service of a cycle takes the same services down, so the counting algorithms work
 * on components. Components are numbered in the order Tarjan's algorithm closes them, so an edge
 * between two components always goes from a higher number to a lower one: ascending numbers
 * visit what a component takes down before the component itself.
 *
 * <p>A startup gate is no edge: {@link #gated} marks, at {@link Phase#STARTUP}, the components
 * that are a gate or take one down, whose failure therefore takes the whole system down ({@link
 * FailureSpread} states the rule).
 */
public final class FailureGraph {
  public final GraphIndex g;
  public final Phase phase;
  public final Csr spread;
  /** The reverse of {@link #spread}: the services whose failure takes {@code v} down directly. */
  public final Csr spreadFrom;
  public final int[] comp;
  public final int compCount;
  /** Component edges, without duplicates or loops. */
  public final Csr down;
  /** Component to its services, ascending. */
  public final Csr members;
  public final boolean[] gated;
  /** The services of gated components, ascending. */
  public final int[] gatedNodes;

  private FailureGraph(GraphIndex g, Phase phase) {
    this.g = g;
    this.phase = phase;
    this.spread = FailureSpread.edges(g, phase);
    this.spreadFrom = spread == g.neededBy ? g.needs : spread.transpose();
    int n = g.size();
    this.comp = StrongComponents.of(spread, n);
    int count = 0;
    for (int c : comp) {
      count = Math.max(count, c + 1);
    }
    this.compCount = count;
    this.down = condensed();
    this.members = Csr.groups(compCount, comp);
    this.gatedNodes = gatedNodes();
    this.gated = new boolean[compCount];
    for (int v : gatedNodes) {
      gated[comp[v]] = true;
    }
  }

  public static FailureGraph of(GraphIndex g, Phase phase) {
    return new FailureGraph(g, phase);
  }

  public int weight(int c) {
    return members.degree(c);
  }

  private Csr condensed() {
    int[] from = new int[spread.edgeCount()];
    int[] to = new int[spread.edgeCount()];
    int k = 0;
    for (int v = 0; v < comp.length; v++) {
      for (int i = spread.start(v); i < spread.end(v); i++) {
        int w = spread.target(i);
        if (comp[v] != comp[w]) {
          from[k] = comp[v];
          to[k++] = comp[w];
        }
      }
    }
    return Csr.of(compCount, from, to, k);
  }

  /**
   * At {@link Phase#STARTUP}, the services whose failure takes a startup gate down, ascending:
   * those that reach a gate along the phase's edges, gates included.
   */
  private int[] gatedNodes() {
    int n = g.size();
    if (phase != Phase.STARTUP) {
      return new int[0];
    }
    int[] gates = java.util.stream.IntStream.range(0, n).filter(g::gate).toArray();
    FailureSpread search = FailureSpread.of(g, phase);
    search.reach(gates, spreadFrom);
    return java.util.stream.IntStream.range(0, n).filter(search::marked).toArray();
  }

  /** Whether the failure of {@code v} takes a startup gate down, so everything started. */
  public boolean takesGateDown(int v) {
    return gated[comp[v]];
  }

  /**
   * The services that take every target down by taking a startup gate down, ascending: at
   * {@link Phase#STARTUP}, those that take a gate down, provided every target is started here
   * or is that very service.
   */
  public int[] gatedCauses(int[] targets) {
    if (phase != Phase.STARTUP) {
      return new int[0];
    }
    int[] outside = java.util.Arrays.stream(targets).filter(g::external).toArray();
    if (outside.length == 0) {
      return gatedNodes;
    }
    return outside.length == 1 && takesGateDown(outside[0]) ? outside : new int[0];
  }

  /**
   * How many services the failure of {@code v} takes down, itself included, when it {@linkplain
   * #takesGateDown takes a gate down}.
   */
  public int downWithGate(int v) {
    return FailureSpread.downWithGate(g, v);
  }
}
