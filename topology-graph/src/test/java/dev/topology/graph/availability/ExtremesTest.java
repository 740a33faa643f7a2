package dev.topology.graph.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.topology.api.Dependency;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Figures at their limits and graphs at scale: a hundred thousand services at 99.99% in a chain
 * (deep enough that recursion would overflow the stack, and a product that would lose every
 * digit of its unavailability in plain arithmetic), a figure of 1e-300, a figure of 1, stars.
 */
class ExtremesTest {
  private static final int N = 100_000;

  private static String name(int i) {
    return String.format("s%06d", i);
  }

  /** Runs on a thread with a small stack, so that a recursion over the chain would fail. */
  private static <T> T onSmallStack(Supplier<T> work) throws InterruptedException {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(work.get());
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "small-stack", 256 * 1024);
    thread.start();
    thread.join();
    assertThat(failure.get()).isNull();
    return result.get();
  }

  @Test
  void chainOfAHundredThousand_atFourNines_keepsEveryDigit() throws InterruptedException {
    // s(i) needs s(i - 1): the head requires all N.
    List<Service> services = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      Service.Builder b = Service.builder().name(name(i)).severity(Severity.HIGH);
      if (i > 0) {
        b.addDependencies(Dependency.startup(name(i - 1)));
      }
      services.add(b.build());
    }
    Topology chain = Topology.of(services);
    // MTTF 9,999 s and MTTR 1 s: an unavailability of exactly 1e-4 (0.9999 in binary is not).
    Reliability figure = Reliability.of(Duration.ofSeconds(9_999), Duration.ofSeconds(1));
    Availability answer = onSmallStack(() -> TopologyGraph.of(chain)
        .availability(AvailabilityInputs.fromModel().withDefault(figure)).steadyState());
    ServiceAvailability head = answer.service(name(N - 1));
    // 0.9999^100000 = e^(100000 log1p(-1e-4)), about e^-10.0005: neither 0 nor 1.
    double log = N * Math.log1p(-1e-4);
    assertThat(head.availability()).isCloseTo(Math.exp(log), within(1e-12 * Math.exp(log)));
    assertThat(head.unavailability()).isCloseTo(-Math.expm1(log), within(1e-12));
    assertThat(head.availability()).isBetween(4.5e-5, 4.6e-5);
    assertThat(head.dependsOn()).isEqualTo(N);
    // The tail requires itself only: 1e-4.
    assertThat(answer.service(name(0)).unavailability()).isCloseTo(1e-4, within(1e-4 * 1e-15));
    assertThat(answer.high().dependsOn()).isEqualTo(N);
    assertThat(answer.high().unavailability()).isCloseTo(-Math.expm1(log), within(1e-12));
    // The middle of the chain: half the services.
    double half = (N / 2) * Math.log1p(-1e-4);
    assertThat(answer.service(name(N / 2 - 1)).availability())
        .isCloseTo(Math.exp(half), within(1e-12 * Math.exp(half)));
  }

  @Test
  void tinyFigure_keepsItsLogarithm() {
    Topology t = Stacks.with(Stacks.topology("a>b", "b>c"), "c",
        b -> b.reliability(Reliability.of(1e-300)));
    Availability answer = Stacks.model(t, "99%").steadyState();
    // c: 1e-300 exactly (to a double's precision), not 0.
    assertThat(answer.service("c").availability()).isCloseTo(1e-300, within(1e-312));
    assertThat(answer.service("c").unavailability()).isEqualTo(1.0);
    // b: 0.99e-300.
    assertThat(answer.service("b").availability()).isCloseTo(0.99e-300, within(1e-312));
    assertThat(answer.service("a").costliest()).contains("c");
    assertThat(answer.service("a").costliestShare()).isEqualTo(1.0);
    // Three of them underflow to 0 without an error: 1e-900.
    Topology three = Stacks.topology("a>b", "b>c");
    for (String s : List.of("a", "b", "c")) {
      three = Stacks.with(three, s, b -> b.reliability(Reliability.of(1e-300)));
    }
    ServiceAvailability a = TopologyGraph.of(three).availability(AvailabilityInputs.fromModel())
        .steadyState().service("a");
    assertThat(a.availability()).isZero();
    assertThat(a.unavailability()).isEqualTo(1.0);
    assertThat(a.downtimePerMonth().toDays()).isEqualTo(30);
  }

  @Test
  void figureOfOne_neverFails() {
    Availability answer = Stacks.model(Stacks.topology("a>b"), "100%").steadyState();
    assertThat(answer.service("a").availability()).isEqualTo(1.0);
    assertThat(answer.service("a").unavailability()).isZero();
    assertThat(answer.service("a").downtimePerMonth().isZero()).isTrue();
    assertThat(answer.service("a").costliest()).isEmpty();
    assertThat(answer.mediumOrWorse().unavailability()).isZero();
  }

  /*
   *   root(i) ◄── hub ◄── leaf(i)      ten thousand roots, ten thousand leaves
   */
  @Test
  void star_fanInAndFanOut() throws InterruptedException {
    int m = 10_000;
    List<Service> services = new ArrayList<>();
    Service.Builder hub = Service.builder().name("hub").severity(Severity.MEDIUM);
    for (int i = 0; i < m; i++) {
      services.add(Service.of("root" + name(i), Severity.LOW));
      services.add(Service.of("leaf" + name(i), Severity.LOW, "hub"));
      hub.addDependencies(Dependency.startup("root" + name(i)));
    }
    services.add(hub.build());
    Topology star = Topology.of(services);
    Availability answer = onSmallStack(() -> TopologyGraph.of(star)
        .availability(AvailabilityInputs.fromModel().withDefault(Reliability.of(0.99999)))
        .steadyState());
    // hub requires every root: 0.99999^(m + 1); a leaf, the hub and every root: ^(m + 2).
    double hubLog = (m + 1) * Math.log1p(-(1 - 0.99999));
    assertThat(answer.service("hub").availability())
        .isCloseTo(Math.exp(hubLog), within(1e-12 * Math.exp(hubLog)));
    assertThat(answer.service("hub").dependsOn()).isEqualTo(m + 1);
    ServiceAvailability leaf = answer.service("leaf" + name(7));
    assertThat(leaf.dependsOn()).isEqualTo(m + 2);
    double leafLog = (m + 2) * Math.log1p(-(1 - 0.99999));
    assertThat(leaf.availability())
        .isCloseTo(Math.exp(leafLog), within(1e-12 * Math.exp(leafLog)));
    // Every dependency at the same figure: the costliest is the first by name.
    assertThat(leaf.costliest()).contains("hub");
    assertThat(answer.service("root" + name(3)).dependsOn()).isEqualTo(1);
  }
}
