package dev.topology.graph.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The exact steady state on topologies drawn by hand. */
class SteadyStateTest {

  /*
   *   a ──► b ──► d
   *   └───► c ──┘      every service at 0.99
   */
  @Test
  void steadyState_diamond_countsTheSharedDependencyOnce() {
    Availability answer = Stacks.model(Stacks.topology("a>b", "a>c", "b>d", "c>d"), "0.99")
        .steadyState();
    // C(a) = {a, b, c, d}: 0.99^4 = 0.96059601, not 0.99^5 = 0.9509900499.
    assertThat(answer.service("a").availability()).isCloseTo(0.96059601, within(1e-15));
    assertThat(answer.service("a").dependsOn()).isEqualTo(4);
    assertThat(answer.service("b").availability()).isCloseTo(0.9801, within(1e-15));
    assertThat(answer.service("d").availability()).isCloseTo(0.99, within(1e-15));
    System.out.println(answer);
  }
}
