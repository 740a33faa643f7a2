package dev.topology.graph.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quantiles of Student's t against the printed tables (and the normal limit). */
class StudentTTest {
  @ParameterizedTest
  @CsvSource({
      "0.975, 1, 12.706204736",
      "0.95, 10, 1.812461123",
      "0.975, 29, 2.045229642",
      "0.995, 29, 2.756385904",
      "0.9995, 29, 3.659405498",
      "0.975, 1000000, 1.959966",
      "0.8, 4, 0.940964840",
  })
  void quantile_matchesTheTables(double p, double dof, double expected) {
    assertThat(StudentT.quantile(p, dof)).isCloseTo(expected, within(2e-6 * expected));
  }
}
