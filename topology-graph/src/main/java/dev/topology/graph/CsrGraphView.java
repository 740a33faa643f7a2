package dev.topology.graph;

import dev.topology.graph.internal.Csr;
import dev.topology.graph.internal.GraphIndex;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.jgrapht.GraphType;
import org.jgrapht.graph.AbstractGraph;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A read-only JGraphT graph over one pair of frozen rows: {@code out} from each node, {@code
 * in} its transpose. Vertices are canonical names; edges are values that {@link Edges} makes
 * from their ends, so nothing is stored per edge. See {@link JGraphTViews} for the contract and
 * costs.
 */
final class CsrGraphView<E> extends AbstractGraph<String, E> {
  private static final GraphType TYPE = new DefaultGraphType.Builder().directed()
      .allowSelfLoops(false).allowMultipleEdges(false).weighted(false).modifiable(false)
      .build();

  /** How the edges of a view are made and read. */
  interface Edges<E> {
    E edge(String source, String target);

    /** Whether an object is an edge of the view's type, so that it can be read. */
    boolean accepts(Object edge);

    String source(E edge);

    String target(E edge);
  }

  private final GraphIndex g;
  private final Csr out;
  private final Csr in;
  private final Edges<E> edges;
  private final Set<String> vertices = new Vertices();
  private final Set<E> all = new AllEdges();

  CsrGraphView(GraphIndex g, Csr out, Csr in, Edges<E> edges) {
    this.g = g;
    this.out = out;
    this.in = in;
    this.edges = edges;
  }

  /** The node of a canonical name; -1 for null, an alias or an unknown name. */
  private int node(Object vertex) {
    if (!(vertex instanceof String name)) {
      return -1;
    }
    int v = g.topology.indexOf(name);
    return v >= 0 && g.name(v).equals(name) ? v : -1;
  }

  /** The node of a vertex that must exist, as JGraphT's own graphs check it. */
  private int existing(String vertex) {
    assertVertexExist(vertex);
    return node(vertex);
  }

  @Override
  public Set<String> vertexSet() {
    return vertices;
  }

  @Override
  public boolean containsVertex(String vertex) {
    return node(vertex) >= 0;
  }

  @Override
  public Set<E> edgeSet() {
    return all;
  }

  @Override
  public boolean containsEdge(E edge) {
    if (!edges.accepts(edge)) {
      return false;
    }
    int v = node(edges.source(edge));
    int w = node(edges.target(edge));
    return v >= 0 && w >= 0 && out.hasEdge(v, w);
  }

  @Override
  public E getEdge(String source, String target) {
    int v = node(source);
    int w = node(target);
    return v >= 0 && w >= 0 && out.hasEdge(v, w) ? edges.edge(g.name(v), g.name(w)) : null;
  }

  @Override
  public Set<E> getAllEdges(String source, String target) {
    int v = node(source);
    int w = node(target);
    if (v < 0 || w < 0) {
      return null;
    }
    return out.hasEdge(v, w) ? Set.of(edges.edge(g.name(v), g.name(w))) : Collections.emptySet();
  }

  @Override
  public String getEdgeSource(E edge) {
    return edges.source(edge);
  }

  @Override
  public String getEdgeTarget(E edge) {
    return edges.target(edge);
  }

  @Override
  public int outDegreeOf(String vertex) {
    return out.degree(existing(vertex));
  }

  @Override
  public int inDegreeOf(String vertex) {
    return in.degree(existing(vertex));
  }

  @Override
  public int degreeOf(String vertex) {
    int v = existing(vertex);
    return out.degree(v) + in.degree(v);
  }

  @Override
  public Set<E> outgoingEdgesOf(String vertex) {
    int v = existing(vertex);
    return new Row(v, true, false);
  }

  @Override
  public Set<E> incomingEdgesOf(String vertex) {
    int v = existing(vertex);
    return new Row(v, false, true);
  }

  /** Outgoing edges, then incoming ones: no edge is both, as there are no self-loops. */
  @Override
  public Set<E> edgesOf(String vertex) {
    int v = existing(vertex);
    return new Row(v, true, true);
  }

  @Override
  public GraphType getType() {
    return TYPE;
  }

  @Override
  public double getEdgeWeight(E edge) {
    return DEFAULT_EDGE_WEIGHT;
  }

  @Override
  public Supplier<String> getVertexSupplier() {
    return null;
  }

  @Override
  public Supplier<E> getEdgeSupplier() {
    return null;
  }

  @Override
  public E addEdge(String source, String target) {
    throw readOnly();
  }

  @Override
  public boolean addEdge(String source, String target, E edge) {
    throw readOnly();
  }

  @Override
  public String addVertex() {
    throw readOnly();
  }

  @Override
  public boolean addVertex(String vertex) {
    throw readOnly();
  }

  @Override
  public E removeEdge(String source, String target) {
    throw readOnly();
  }

  @Override
  public boolean removeEdge(E edge) {
    throw readOnly();
  }

  @Override
  public boolean removeVertex(String vertex) {
    throw readOnly();
  }

  @Override
  public void setEdgeWeight(E edge, double weight) {
    throw readOnly();
  }

  private static UnsupportedOperationException readOnly() {
    return new UnsupportedOperationException(
        "This graph is a read-only view of an engine; copy it to change it.");
  }

  /** Every canonical name, in name order. */
  private final class Vertices extends AbstractSet<String> {
    @Override
    public int size() {
      return g.size();
    }

    @Override
    public boolean contains(Object vertex) {
      return node(vertex) >= 0;
    }

    @Override
    public Iterator<String> iterator() {
      return new Iterator<>() {
        private int next;

        @Override
        public boolean hasNext() {
          return next < g.size();
        }

        @Override
        public String next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return g.name(next++);
        }
      };
    }
  }

  /** Every edge, by source name, then by target name. */
  private final class AllEdges extends AbstractSet<E> {
    @Override
    public int size() {
      return out.edgeCount();
    }

    @SuppressWarnings("unchecked")
    @Override
    public boolean contains(Object edge) {
      return edges.accepts(edge) && containsEdge((E) edge);
    }

    @Override
    public Iterator<E> iterator() {
      return new Iterator<>() {
        private int source;
        private int i;

        @Override
        public boolean hasNext() {
          while (source < g.size() && i >= out.end(source)) {
            source++;
          }
          return source < g.size();
        }

        @Override
        public E next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return edges.edge(g.name(source), g.name(out.target(i++)));
        }
      };
    }
  }

  /** The edges of one vertex: outgoing ones, incoming ones, or both. */
  private final class Row extends AbstractSet<E> {
    private final int v;
    private final boolean outgoing;
    private final boolean incoming;

    Row(int v, boolean outgoing, boolean incoming) {
      this.v = v;
      this.outgoing = outgoing;
      this.incoming = incoming;
    }

    @Override
    public int size() {
      return (outgoing ? out.degree(v) : 0) + (incoming ? in.degree(v) : 0);
    }

    @SuppressWarnings("unchecked")
    @Override
    public boolean contains(Object edge) {
      if (!edges.accepts(edge)) {
        return false;
      }
      E e = (E) edge;
      int source = node(edges.source(e));
      int target = node(edges.target(e));
      return source >= 0 && target >= 0 && out.hasEdge(source, target)
          && (outgoing && source == v || incoming && target == v);
    }

    @Override
    public Iterator<E> iterator() {
      return new Iterator<>() {
        private int i = outgoing ? out.start(v) : out.end(v);
        private int j = in.start(v);

        @Override
        public boolean hasNext() {
          return i < out.end(v) || incoming && j < in.end(v);
        }

        @Override
        public E next() {
          if (i < out.end(v)) {
            return edges.edge(g.name(v), g.name(out.target(i++)));
          }
          if (incoming && j < in.end(v)) {
            return edges.edge(g.name(in.target(j++)), g.name(v));
          }
          throw new NoSuchElementException();
        }
      };
    }
  }
}
