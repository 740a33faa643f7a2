package dev.topology.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine's small data structures against the plain ones they stand in for. */
class InternalsTest {
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
