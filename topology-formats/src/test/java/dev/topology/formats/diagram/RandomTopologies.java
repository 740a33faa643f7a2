package dev.topology.formats.diagram;

import dev.topology.api.Lifecycle;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random acyclic startup dependencies with random, possibly cyclic, runtime interactions. */
final class RandomTopologies {
  private RandomTopologies() {}

  /**
   * Between one and {@code max} services with up to {@code perService} startup dependencies
   * each on average; edge cases come from the size only.
   */
  static Arbitrary<RandomTopology> dags(int max, int perService) {
    return Arbitraries.integers().between(1, max).flatMap(n -> Combinators.combine(
        Arbitraries.shuffle(IntStream.range(0, n).boxed().toArray(Integer[]::new)),
        pairs(n).list().ofMaxSize(perService * n),
        pairs(n).list().ofMaxSize(n),
        Arbitraries.of(Lifecycle.class).list().ofSize(n))
        .as((names, startup, runtime, life) ->
            RandomTopology.of(n, names, startup, runtime, life, true))
        .withoutEdgeCases());
  }

  private static Arbitrary<int[]> pairs(int n) {
    Arbitrary<Integer> node = Arbitraries.integers().between(0, n - 1);
    return Combinators.combine(node, node).as((a, b) -> new int[] {a, b});
  }
}
