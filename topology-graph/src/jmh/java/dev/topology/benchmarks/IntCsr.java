package dev.topology.benchmarks;

/**
 * The raw representation the baselines use and the memory goal compares against: row {@code v}
 * is {@code targets[offsets[v]]} up to, excluding, {@code targets[offsets[v + 1]]}.
 */
record IntCsr(int[] offsets, int[] targets) {

  /** Rows ascending: a counting sort by source of edges already listed by ascending target. */
  static IntCsr of(int nodes, int[] from, int[] to) {
    int[] byTarget = sortedBy(nodes, to);
    int[] offsets = new int[nodes + 1];
    for (int source : from) {
      offsets[source + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      offsets[v + 1] += offsets[v];
    }
    int[] next = java.util.Arrays.copyOf(offsets, nodes);
    int[] targets = new int[from.length];
    for (int i : byTarget) {
      targets[next[from[i]]++] = to[i];
    }
    return new IntCsr(offsets, targets);
  }

  /** Edge positions ordered by key, stably. */
  private static int[] sortedBy(int nodes, int[] key) {
    int[] start = new int[nodes + 1];
    for (int k : key) {
      start[k + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      start[v + 1] += start[v];
    }
    int[] order = new int[key.length];
    for (int i = 0; i < key.length; i++) {
      order[start[key[i]]++] = i;
    }
    return order;
  }

  int nodes() {
    return offsets.length - 1;
  }

  /** Bytes of the two arrays' payloads. */
  long payloadBytes() {
    return 4L * offsets.length + 4L * targets.length;
  }
}
