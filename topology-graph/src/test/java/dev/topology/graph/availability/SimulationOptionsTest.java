package dev.topology.graph.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.graph.InvalidQueryException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulationOptionsTest {
  @Test
  void defaults_areAHundredYearsOfTenMillionEvents() {
    SimulationOptions options = SimulationOptions.defaults();
    assertThat(options.seed()).isZero();
    assertThat(options.horizon()).isEqualTo(Duration.ofDays(36_525));
    assertThat(options.maxEvents()).isEqualTo(10_000_000L);
    assertThat(options.confidence()).isEqualTo(0.95);
    assertThat(options.batches()).isEqualTo(30);
    assertThat(options.defaultMttr()).isEmpty();
    assertThat(options.cancelled().getAsBoolean()).isFalse();
    assertThat(SimulationOptions.of(7)).isEqualTo(options.toBuilder().seed(7).build());
  }

  @Test
  void years_areOf365AndAQuarterDays() {
    // 365.25 days * 86,400 s = 31,557,600 s a year.
    assertThat(SimulationOptions.builder().years(2.5).build().horizon())
        .isEqualTo(Duration.ofSeconds(78_894_000));
    assertThat(SimulationOptions.builder().years(1_000_000).build().horizon())
        .isEqualTo(SimulationOptions.LONGEST_HORIZON);
    for (double bad : new double[] {0, -1, Double.NaN, 1_000_001, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> SimulationOptions.builder().years(bad))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessage("A simulated time in years must be more than 0 and at most a million; "
              + bad + " is not.");
    }
  }

  @Test
  void build_everyProblem_reportedAtOnce() {
    assertThatThrownBy(() -> SimulationOptions.builder().horizon(Duration.ofSeconds(-5))
        .maxEvents(0).confidence(1.5).batches(1).defaultMttr(Duration.ZERO).build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("Simulation options have 5 problems: The simulated time must be positive;"
            + " -5s is not. The bound on events must be at least 1; 0 is not. The confidence"
            + " level must lie strictly between 0 and 1 (0.95 for 95%); 1.5 does not. The number"
            + " of batches must lie from 2 to 1000; 1 does not. The default MTTR must be"
            + " positive; 0s is not.");
  }

  @Test
  void build_absurdValues_namedWithoutOverflow() {
    assertThatThrownBy(() -> SimulationOptions.builder()
        .horizon(Duration.ofSeconds(Long.MIN_VALUE)).confidence(Double.NaN).build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("must be positive; PT-2562047788015215H-30M-8S is not.")
        .hasMessageContaining("0.95 for 95%); NaN does not.");
    assertThatThrownBy(() -> SimulationOptions.builder()
        .horizon(Duration.ofSeconds(Long.MAX_VALUE)).defaultMttr(Duration.ofDays(400_000))
        .build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("longer than a million years")
        .hasMessageContaining("The default MTTR of 400000d is longer than a thousand years");
    assertThatThrownBy(() -> SimulationOptions.builder().horizon(null).cancelled(null).build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("Simulation options have 2 problems: The simulated time is null; give a"
            + " positive duration, such as Duration.ofDays(3_650) for ten years. The"
            + " cancellation check is null; give a check, or leave it out to run to the end.");
  }
}
