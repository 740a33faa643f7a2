package dev.topology.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** The tally's running figures against every period's downtime summed the plain way. */
class DowntimeTallyTest {
  @RepeatedTest(40)
  void tally_randomOutages_matchesPlainPeriodSums(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    double length = 1 + random.nextInt(50);
    double end = length * (1 + random.nextInt(40)) + random.nextDouble() * length;
    DowntimeTally tally = new DowntimeTally(1, length, length * 3);
    int periods = (int) (end / length);
    double[] plain = new double[periods + 1];
    double t = 0;
    boolean down = false;
    double since = 0;
    while (true) {
      // Outages short and long, some spanning many periods.
      double step = random.nextInt(4) == 0 ? random.nextDouble() * length * 6
          : random.nextDouble() * length / 3;
      if (t + step >= end) {
        break;
      }
      t += step;
      if (down) {
        tally.up(0, t);
        addPlain(plain, length, since, t);
      } else {
        tally.down(0, t);
        since = t;
      }
      down = !down;
    }
    if (down) {
      addPlain(plain, length, since, end);
    }
    tally.finish(end);

    double total = 0;
    double mean = 0;
    for (int p = 0; p <= periods; p++) {
      total += plain[p];
    }
    for (int p = 0; p < periods; p++) {
      mean += plain[p] / length / periods;
    }
    double squares = 0;
    for (int p = 0; p < periods; p++) {
      squares += Math.pow(plain[p] / length - mean, 2);
    }
    assertThat(tally.total(0)).isCloseTo(total, within(1e-9 * end));
    assertThat(tally.batches().complete()).isEqualTo(periods);
    if (periods >= 1) {
      assertThat(tally.batches().mean(0)).isCloseTo(mean, within(1e-9));
    }
    if (periods >= 2) {
      assertThat(tally.batches().variance(0)).isCloseTo(squares / (periods - 1), within(1e-9));
    } else {
      assertThat(tally.batches().variance(0)).isNaN();
    }
    assertThat(tally.months().complete()).isEqualTo((long) (end / (length * 3)));
  }

  private static void addPlain(double[] plain, double length, double from, double to) {
    for (int p = 0; p < plain.length; p++) {
      double overlap = Math.min(to, (p + 1) * length) - Math.max(from, p * length);
      plain[p] += Math.max(0, overlap);
    }
  }
}
