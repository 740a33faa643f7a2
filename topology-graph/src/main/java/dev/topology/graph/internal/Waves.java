package dev.topology.graph.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.OptionalInt;
import java.util.RandomAccess;

/**
 * Services placed in waves, the one wave plan of the engine: per node its wave, and the placed
 * nodes wave by wave, by name within a wave. The startup plan and every restart plan are made
 * of one.
 *
 * <p>Two ways to place services: {@link #of} sorts waves that a caller computed (the startup
 * order layers the services while Kahn's algorithm places them); {@link #layered} computes them
 * for a subset of the services over a startup order. Either way one counting sort by wave,
 * over the nodes in ascending (name) order, gives the order and where each wave starts in it.
 */
public final class Waves {
  /** Per node: its wave, -1 if it is not placed. */
  public final int[] wave;
  /** The placed nodes, wave by wave and by name within a wave. */
  public final int[] order;
  /**
   * Where wave {@code k} starts in {@link #order}, and ends at entry {@code k + 1}; two more
   * entries than there are waves (the sort leaves the last one spare).
   */
  public final int[] offsets;

  private Waves(int[] wave, int[] order, int[] offsets) {
    this.wave = wave;
    this.order = order;
    this.offsets = offsets;
  }

  /**
   * Sorts {@code count} placed nodes by wave, then by name: a counting sort that visits nodes in
   * ascending order. When each node's wave is above the waves of the placed nodes it needs, the
   * order is a startup order. O(V).
   *
   * @param wave per node its wave, -1 if not placed; kept, not copied
   * @param waveCount one more than the highest wave
   * @param count how many nodes are placed
   */
  public static Waves of(int[] wave, int waveCount, int count) {
    // Counted one entry further up than the starts, so that placing the nodes moves each
    // entry from the start of a wave to the start of the next: the starts are then in place.
    int[] offsets = new int[waveCount + 2];
    for (int w : wave) {
      if (w >= 0) {
        offsets[w + 2]++;
      }
    }
    Csr.prefixSum(offsets);
    int[] order = new int[count];
    for (int v = 0; v < wave.length; v++) {
      if (wave[v] >= 0) {
        order[offsets[wave[v] + 1]++] = v;
      }
    }
    return new Waves(wave, order, offsets);
  }

  /**
   * Places the {@code member} nodes: wave 0 for those that need no member to start, directly or
   * through nodes that are not members; wave {@code k} for those that need that way a member of
   * wave {@code k - 1} and none of a later wave. One pass over {@code startupOrder}, which must
   * list every node that needs a member after everything it needs. O(V + E).
   */
  public static Waves layered(GraphIndex g, int[] startupOrder, boolean[] member) {
    int n = g.size();
    int[] wave = new int[n];
    java.util.Arrays.fill(wave, -1);
    // Per service, 1 + the latest wave of a member it needs, directly or not: 0 if none.
    int[] carried = new int[n];
    int count = 0;
    int waveCount = 0;
    for (int v : startupOrder) {
      int layer = 0;
      for (int i = g.needs.start(v); i < g.needs.end(v); i++) {
        layer = Math.max(layer, carried[g.needs.target(i)]);
      }
      if (!member[v]) {
        carried[v] = layer;
        continue;
      }
      wave[v] = layer;
      carried[v] = layer + 1;
      waveCount = Math.max(waveCount, layer + 1);
      count++;
    }
    return of(wave, waveCount, count);
  }

  public int waveCount() {
    return offsets.length - 2;
  }

  /** The wave of a node, empty if it is not placed. */
  public OptionalInt waveOf(int v) {
    return wave[v] < 0 ? OptionalInt.empty() : OptionalInt.of(wave[v]);
  }

  /** The placed nodes in order, as names. */
  public List<String> orderNames(GraphIndex g) {
    return new NameList(g, order);
  }

  /**
   * The waves as names, a view that makes each wave's list when asked: a chain of a million
   * services has a million waves, and a list object kept for each would cost more than the
   * plan's arrays.
   */
  public List<List<String>> names(GraphIndex g) {
    return new Names(g);
  }

  private final class Names extends AbstractList<List<String>> implements RandomAccess {
    private final GraphIndex g;

    Names(GraphIndex g) {
      this.g = g;
    }

    @Override
    public List<String> get(int index) {
      if (index < 0 || index >= size()) {
        throw new IndexOutOfBoundsException("Index " + index + " is out of a list of " + size()
            + " waves.");
      }
      return new NameList(g, order, offsets[index], offsets[index + 1]);
    }

    @Override
    public int size() {
      return waveCount();
    }
  }
}
