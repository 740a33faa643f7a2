package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine's small data structures against the plain ones they stand in for. */
class InternalsTest {
  @Test
  void readySet_interleavedAddsAndPolls_likeAPriorityQueue() {
    Random random = new Random(11);
    for (int round = 0; round < 400; round++) {
      // Universes of one word, of a few words, and of three levels.
      int universe = new int[] {1, 64, 65, 1_000, 300_000}[round % 5];
      ReadySet heap = new ReadySet(universe);
      PriorityQueue<Integer> expected = new PriorityQueue<>();
      int next = 0;
      int[] values = random.ints(Math.min(universe, 200), 0, universe).distinct().toArray();
      if (round % 5 == 4) {
        // Both ends of the universe, and neighbours across word boundaries.
        values = java.util.stream.IntStream.concat(java.util.stream.IntStream.of(
            universe - 1, 0, 63, 64, 4_095, 4_096, 262_143, 262_144), java.util.Arrays.stream(values))
            .distinct().toArray();
      }
      while (next < values.length || !expected.isEmpty()) {
        if (next < values.length && (expected.isEmpty() || random.nextInt(3) > 0)) {
          heap.add(values[next]);
          expected.add(values[next++]);
        } else {
          assertThat(heap.poll()).isEqualTo(expected.poll());
        }
        assertThat(heap.isEmpty()).isEqualTo(expected.isEmpty());
      }
    }
  }

  @Test
  void slicedCounters_sumsPerLane_likePlainCounters() {
    Random random = new Random(5);
    ClosureSizes.SlicedCounters counters = new ClosureSizes.SlicedCounters();
    long[] plain = new long[64];
    for (int step = 0; step < 2_000; step++) {
      long lanes = random.nextLong();
      int amount = random.nextInt(4) == 0 ? random.nextInt(1 << 20) : 1 + random.nextInt(5);
      counters.add(lanes, amount);
      for (int lane = 0; lane < 64; lane++) {
        if ((lanes >>> lane & 1) != 0) {
          plain[lane] += amount;
        }
      }
    }
    for (int lane = 0; lane < 64; lane++) {
      assertThat(counters.lane(lane)).as("lane %d", lane).isEqualTo((int) plain[lane]);
    }
    counters.clear();
    assertThat(counters.lane(63)).isZero();
  }
}
