package dev.topology.benchmarks;

import java.util.SplittableRandom;

/**
 * The generated inputs, each from a fixed seed so that every run measures the same graphs.
 *
 * <p>A shape is generated as "node {@code i} needs nodes {@code deps[i]}", with every dependency
 * of a node earlier than it, so the graph is acyclic. Names are a seeded random permutation of
 * zero-padded numbers: name order, which is the engine's node order, has nothing to do with the
 * dependency order, as in a real company-wide topology.
 *
 * <ul>
 *   <li>{@code DAG_*}: each node needs {@value #DAG_DEGREE} distinct earlier nodes chosen
 *       uniformly (fewer for the first few), about five dependencies per service.
 *   <li>{@code CHAIN_*}: each node needs the one before it; one wave per service.
 *   <li>{@code STAR_*}: {@code m} roots, one hub that needs all of them (fan-out), and {@code m}
 *       leaves that each need the hub (fan-in): {@code 2m + 1} services.
 * </ul>
 *
 * <p>Sizes come in pairs {@code m, 2m} so the growth of each operation can be read from one run.
 */
public enum Shape {
  DAG_10K(Kind.DAG, 10_000),
  DAG_20K(Kind.DAG, 20_000),
  DAG_50K(Kind.DAG, 50_000),
  DAG_100K(Kind.DAG, 100_000),
  CHAIN_500K(Kind.CHAIN, 500_000),
  CHAIN_1M(Kind.CHAIN, 1_000_000),
  STAR_50K(Kind.STAR, 50_000),
  STAR_100K(Kind.STAR, 100_000);

  static final int DAG_DEGREE = 5;
  private static final long SEED = 0x5EED_2026L;

  enum Kind { DAG, CHAIN, STAR }

  final Kind kind;
  /** Services for a DAG or a chain; leaves (and roots) for a star. */
  final int size;

  Shape(Kind kind, int size) {
    this.kind = kind;
    this.size = size;
  }

  /** Number of services. */
  int nodes() {
    return kind == Kind.STAR ? 2 * size + 1 : size;
  }

  /** Dependencies per node, in generation numbering; each points to an earlier node. */
  int[][] dependencies() {
    int n = nodes();
    int[][] deps = new int[n][];
    switch (kind) {
      case CHAIN -> {
        deps[0] = new int[0];
        for (int i = 1; i < n; i++) {
          deps[i] = new int[] {i - 1};
        }
      }
      case STAR -> {
        int hub = size;
        for (int i = 0; i < size; i++) {
          deps[i] = new int[0];
        }
        deps[hub] = new int[size];
        for (int i = 0; i < size; i++) {
          deps[hub][i] = i;
        }
        for (int i = hub + 1; i < n; i++) {
          deps[i] = new int[] {hub};
        }
      }
      case DAG -> {
        SplittableRandom random = new SplittableRandom(SEED ^ n);
        for (int i = 0; i < n; i++) {
          int k = Math.min(i, DAG_DEGREE);
          int[] chosen = new int[k];
          for (int j = 0; j < k; j++) {
            int candidate;
            do {
              candidate = random.nextInt(i);
            } while (contains(chosen, j, candidate));
            chosen[j] = candidate;
          }
          deps[i] = chosen;
        }
      }
      default -> throw new AssertionError(kind);
    }
    return deps;
  }

  /**
   * The engine's node of each generated node: names are zero-padded ranks, so the rank a node
   * is named by is its place in name order.
   */
  int[] nameRanks() {
    int n = nodes();
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[i] = i;
    }
    SplittableRandom random = new SplittableRandom(SEED * 31 + n);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = rank[i];
      rank[i] = rank[j];
      rank[j] = t;
    }
    return rank;
  }

  /** The node whose failure the impact benchmarks take, in generation numbering. */
  int failedNode() {
    return switch (kind) {
      // Halfway up: it takes down a fair share of the graph, not all of it.
      case DAG, CHAIN -> nodes() / 2;
      // A root: the hub and every leaf go down with it.
      case STAR -> 0;
    };
  }

  /** The node whose prerequisites the benchmarks ask for: the last, which needs the most. */
  int askedNode() {
    return nodes() - 1;
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }
}
