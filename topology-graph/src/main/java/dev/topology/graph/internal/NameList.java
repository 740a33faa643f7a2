package dev.topology.graph.internal;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An unmodifiable list of canonical names backed by node indexes, so that a plan over a million
 * services shares one int array instead of copying strings. Equal to any list with the same
 * names in the same order.
 */
public final class NameList extends AbstractList<String> implements RandomAccess {
  private final GraphIndex g;
  private final int[] nodes;
  private final int from;
  private final int to;

  public NameList(GraphIndex g, int[] nodes, int from, int to) {
    this.g = g;
    this.nodes = nodes;
    this.from = from;
    this.to = to;
  }

  public NameList(GraphIndex g, int[] nodes) {
    this(g, nodes, 0, nodes.length);
  }

  @Override
  public String get(int index) {
    if (index < 0 || index >= to - from) {
      throw new IndexOutOfBoundsException("Index " + index + " is out of a list of " + size()
          + " names.");
    }
    return g.name(nodes[from + index]);
  }

  @Override
  public int size() {
    return to - from;
  }
}
