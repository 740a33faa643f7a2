package dev.topology.graph.internal;

/**
 * Adjacency in compressed sparse rows: the neighbours of node {@code v} are {@code
 * targets[offsets[v]]} up to, excluding, {@code targets[offsets[v + 1]]}, ascending and without
 * duplicates once built by {@link #of}. Never mutated after construction.
 */
public final class Csr {
  private final int[] offsets;
  private final int[] targets;

  private Csr(int[] offsets, int[] targets) {
    this.offsets = offsets;
    this.targets = targets;
  }

  /**
   * Builds sorted, duplicate-free rows from the first {@code count} edges {@code from[i] ->
   * to[i]}. O(V + E): a counting sort of the edges by target, then one by source, which emits
   * each row in ascending order because it walks the targets in ascending order.
   */
  public static Csr of(int nodes, int[] from, int[] to, int count) {
    int[] offsets = new int[nodes + 1];
    for (int i = 0; i < count; i++) {
      offsets[to[i] + 1]++;
    }
    prefixSum(offsets);
    int[] next = java.util.Arrays.copyOf(offsets, nodes);
    int[] sources = new int[count];
    for (int i = 0; i < count; i++) {
      sources[next[to[i]]++] = from[i];
    }
    return new Csr(offsets, sources).transpose().withoutDuplicates();
  }

  /**
   * Builds rows that list, for each group, the items {@code v} with {@code groupOf[v] ==
   * group}, ascending. Items and groups may be of different number. O(items + groups).
   */
  public static Csr groups(int groups, int[] groupOf) {
    int[] offsets = new int[groups + 1];
    for (int group : groupOf) {
      offsets[group + 1]++;
    }
    prefixSum(offsets);
    int[] next = java.util.Arrays.copyOf(offsets, groups);
    int[] items = new int[groupOf.length];
    for (int v = 0; v < groupOf.length; v++) {
      items[next[groupOf[v]]++] = v;
    }
    return new Csr(offsets, items);
  }

  /** Returns the reversed adjacency; its rows are ascending. O(V + E). */
  public Csr transpose() {
    int nodes = offsets.length - 1;
    int[] reversedOffsets = new int[nodes + 1];
    for (int target : targets) {
      reversedOffsets[target + 1]++;
    }
    prefixSum(reversedOffsets);
    int[] next = java.util.Arrays.copyOf(reversedOffsets, nodes);
    int[] reversedTargets = new int[targets.length];
    for (int v = 0; v < nodes; v++) {
      for (int i = offsets[v]; i < offsets[v + 1]; i++) {
        reversedTargets[next[targets[i]]++] = v;
      }
    }
    return new Csr(reversedOffsets, reversedTargets);
  }

  /** Assumes ascending rows, so that duplicates sit side by side. */
  private Csr withoutDuplicates() {
    int nodes = offsets.length - 1;
    int duplicates = 0;
    for (int v = 0; v < nodes; v++) {
      for (int i = offsets[v] + 1; i < offsets[v + 1]; i++) {
        duplicates += targets[i] == targets[i - 1] ? 1 : 0;
      }
    }
    if (duplicates == 0) {
      return this;
    }
    int[] keptOffsets = new int[nodes + 1];
    int[] kept = new int[targets.length - duplicates];
    int size = 0;
    for (int v = 0; v < nodes; v++) {
      for (int i = offsets[v]; i < offsets[v + 1]; i++) {
        if (i == offsets[v] || targets[i] != targets[i - 1]) {
          kept[size++] = targets[i];
        }
      }
      keptOffsets[v + 1] = size;
    }
    return new Csr(keptOffsets, kept);
  }

  /** Turns counts into running totals, in place: the start of each bucket of a counting sort. */
  public static void prefixSum(int[] counts) {
    for (int v = 1; v < counts.length; v++) {
      counts[v] += counts[v - 1];
    }
  }

  public int start(int v) {
    return offsets[v];
  }

  public int end(int v) {
    return offsets[v + 1];
  }

  public int target(int i) {
    return targets[i];
  }

  public int degree(int v) {
    return offsets[v + 1] - offsets[v];
  }

  public int edgeCount() {
    return targets.length;
  }

  public boolean hasEdge(int from, int to) {
    return java.util.Arrays.binarySearch(targets, offsets[from], offsets[from + 1], to) >= 0;
  }
}
