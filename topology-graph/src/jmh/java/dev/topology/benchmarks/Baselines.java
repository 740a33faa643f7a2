package dev.topology.benchmarks;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import java.util.Arrays;
import java.util.List;

/**
 * Hand-written baselines on plain int arrays: what the hardware allows for each question, with
 * nothing but the answer computed. Each allocates its scratch arrays per call, as the engine,
 * which answers many threads at once, must.
 */
final class Baselines {
  private Baselines() {}

  /** Order, wave per node, and the nodes grouped by wave: what a startup plan holds. */
  record Plan(int[] order, int[] wave, int[] byWave, int[] waveStart) {
    int waveCount() {
      return waveStart.length - 1;
    }
  }

  /**
   * Kahn's algorithm with a FIFO queue of ready nodes, each node's wave set from the waves of
   * what it needs as those are placed, then the nodes grouped by wave by one counting sort.
   * Unlike the engine it breaks no ties by name, so its order is valid but not the engine's.
   */
  static Plan kahnLayers(IntCsr needs, IntCsr neededBy) {
    int n = needs.nodes();
    int[] noff = needs.offsets();
    int[] boff = neededBy.offsets();
    int[] btgt = neededBy.targets();
    int[] pending = new int[n];
    int[] order = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      pending[v] = noff[v + 1] - noff[v];
      if (pending[v] == 0) {
        order[tail++] = v;
      }
    }
    int[] wave = new int[n];
    int waves = 0;
    for (int head = 0; head < tail; head++) {
      int v = order[head];
      int next = wave[v] + 1;
      waves = Math.max(waves, next);
      for (int i = boff[v]; i < boff[v + 1]; i++) {
        int w = btgt[i];
        if (wave[w] < next) {
          wave[w] = next;
        }
        if (--pending[w] == 0) {
          order[tail++] = w;
        }
      }
    }
    if (tail < n) {
      throw new IllegalStateException("cycle");
    }
    int[] waveStart = new int[waves + 1];
    for (int v = 0; v < n; v++) {
      waveStart[wave[v] + 1]++;
    }
    for (int k = 0; k < waves; k++) {
      waveStart[k + 1] += waveStart[k];
    }
    int[] next = Arrays.copyOf(waveStart, waves);
    int[] byWave = new int[n];
    for (int v = 0; v < n; v++) {
      byWave[next[wave[v]]++] = v;
    }
    return new Plan(order, wave, byWave, waveStart);
  }

  /**
   * The plan from a {@link Topology} of unconditional startup dependencies: number the
   * services as the topology lists them, look each dependency up with the topology's own index
   * ({@link Topology#indexOf}, one probe of an array), build both row sets, then {@link
   * #kahnLayers}.
   */
  static Plan planFromTopology(Topology topology) {
    List<Service> services = topology.services();
    int n = services.size();
    int edges = 0;
    for (Service service : services) {
      edges += service.dependencies().size();
    }
    int[] from = new int[edges];
    int[] to = new int[edges];
    int k = 0;
    for (int v = 0; v < n; v++) {
      for (Dependency dependency : services.get(v).dependencies()) {
        if (dependency.kind() == DependencyKind.STARTUP) {
          from[k] = v;
          to[k++] = topology.indexOf(dependency.target());
        }
      }
    }
    from = Arrays.copyOf(from, k);
    to = Arrays.copyOf(to, k);
    return kahnLayers(IntCsr.of(n, from, to), IntCsr.of(n, to, from));
  }

  /**
   * Breadth-first search from {@code source} along {@code edges} with an int queue and a bitset
   * of visited nodes.
   *
   * @return how many nodes it reaches, itself left out
   */
  static int bfs(IntCsr edges, int source) {
    int[] off = edges.offsets();
    int[] tgt = edges.targets();
    int n = off.length - 1;
    long[] seen = new long[(n + 63) >>> 6];
    // Grown as it fills, so that a search that reaches little costs little: a queue of n ints
    // would cost more to allocate than most searches.
    int[] queue = new int[Math.min(n, 64)];
    int tail = 0;
    queue[tail++] = source;
    seen[source >>> 6] |= 1L << source;
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      if (queue.length < n && off[v + 1] - off[v] > queue.length - tail) {
        queue = Arrays.copyOf(queue, Math.min(n, Math.max(queue.length * 2,
            tail + off[v + 1] - off[v])));
      }
      for (int i = off[v]; i < off[v + 1]; i++) {
        int w = tgt[i];
        long bit = 1L << w;
        if ((seen[w >>> 6] & bit) == 0) {
          seen[w >>> 6] |= bit;
          queue[tail++] = w;
        }
      }
    }
    return tail - 1;
  }

  /**
   * How many nodes the failure of each node takes down along {@code spread}, counted 64
   * sources at a time: each source gets one bit of a 64-bit word, words are pushed along the
   * edges in topological order, and every word a node receives is added into bit-sliced
   * counters, one lane per source. Then every node ranked by its count, most first, by one
   * counting sort. O(V (V + E) / 64) time, O(V) memory.
   *
   * @param order a topological order of {@code spread}: every edge goes forward in it
   * @return per node, how many others its failure takes down
   */
  static int[] blastCounts(IntCsr spread, int[] order) {
    int[] off = spread.offsets();
    int[] tgt = spread.targets();
    int n = order.length;
    int[] counts = new int[n];
    long[] word = new long[n];
    long[] slices = new long[32];
    for (int first = 0; first < n; first += 64) {
      int lanes = Math.min(64, n - first);
      for (int lane = 0; lane < lanes; lane++) {
        word[order[first + lane]] = 1L << lane;
      }
      for (int p = first; p < n; p++) {
        int v = order[p];
        long w = word[v];
        if (w == 0) {
          continue;
        }
        word[v] = 0;
        long carry = w;
        for (int j = 0; carry != 0; j++) {
          long both = slices[j] & carry;
          slices[j] ^= carry;
          carry = both;
        }
        for (int i = off[v]; i < off[v + 1]; i++) {
          word[tgt[i]] |= w;
        }
      }
      for (int lane = 0; lane < lanes; lane++) {
        int sum = 0;
        for (int j = 0; j < 31; j++) {
          sum |= (int) ((slices[j] >>> lane) & 1) << j;
        }
        counts[order[first + lane]] = sum - 1;
      }
      Arrays.fill(slices, 0);
    }
    return counts;
  }

  /** Every node, most taken down first, ties by node: one counting sort. */
  static int[] ranked(int[] counts) {
    int n = counts.length;
    int[] start = new int[n + 1];
    for (int c : counts) {
      start[n - 1 - c + 1]++;
    }
    for (int b = 0; b < n; b++) {
      start[b + 1] += start[b];
    }
    int[] ranked = new int[n];
    for (int v = 0; v < n; v++) {
      ranked[start[n - 1 - counts[v]]++] = v;
    }
    return ranked;
  }
}
