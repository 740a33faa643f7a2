package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

@AddLifecycleHook(TriesCap.class)
class ReliabilityProperties {

  @Provide
  Arbitrary<Double> availabilities() {
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.doubles().between(0.1, 1.0).ofScale(17),
            Arbitraries.integers().between(0, 300))
            .as((mantissa, exponent) -> mantissa * Math.pow(10, -exponent))
            .filter(a -> a > 0 && a <= 1),
        Arbitraries.integers().between(1, 15).map(nines -> 1 - Math.pow(10, -nines)),
        Arbitraries.just(1.0), Arbitraries.just(Double.MIN_VALUE),
        Arbitraries.bigDecimals().between(java.math.BigDecimal.valueOf(0.0001),
            java.math.BigDecimal.ONE).ofScale(6).map(java.math.BigDecimal::doubleValue));
  }

  @Provide
  Arbitrary<Duration> durations() {
    long longest = Reliability.LONGEST.toMillis();
    return Arbitraries.oneOf(
        Arbitraries.longs().between(1, longest).map(Duration::ofMillis),
        Arbitraries.longs().between(1, 1_000_000_000_000L).map(Duration::ofNanos),
        Arbitraries.longs().between(1, Reliability.LONGEST.getSeconds()).map(Duration::ofSeconds),
        Arbitraries.just(Reliability.LONGEST));
  }

  @Provide
  Arbitrary<Reliability> figures() {
    Arbitrary<Double> partial = availabilities().filter(a -> a < 1);
    return Arbitraries.oneOf(
        availabilities().map(Reliability::of),
        Combinators.combine(durations(), durations()).as(Reliability::of),
        Combinators.combine(partial, durations())
            .as((a, d) -> Reliability.builder().availability(a).mttr(d).build()),
        Combinators.combine(partial, durations())
            .as((a, d) -> Reliability.builder().availability(a).mttf(d).build()));
  }

  @Property(tries = 300)
  void parse_ofToString_isTheSameFigure(@ForAll("figures") Reliability figure) {
    assertThat(Reliability.parse(figure.toString())).isEqualTo(figure);
  }

  @Property(tries = 200)
  void parseDuration_ofFormat_isTheSameDuration(@ForAll("durations") Duration duration) {
    assertThat(Reliability.parseDuration(Reliability.format(duration))).isEqualTo(duration);
  }

  @Property(tries = 200)
  void figureAndUnavailability_addUpToOne(@ForAll("figures") Reliability figure) {
    assertThat(figure.figure()).isBetween(Double.MIN_VALUE, 1.0);
    assertThat(figure.unavailability()).isBetween(0.0, 1.0);
    assertThat(figure.figure() + figure.unavailability())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-15));
  }
}
