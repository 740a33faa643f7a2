package dev.topology.graph.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.graph.TriesCap;
import dev.topology.graph.internal.SteadyState;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The exact answers against plain references on random topologies: closures found by a
 * breadth-first search over the services' own dependencies, products summed in plain doubles;
 * every way the engine sums the closures gives the same bits; a what-if is the model rebuilt;
 * importance is the derivative it claims to be.
 */
@AddLifecycleHook(TriesCap.class)
class AvailabilityProperties {
  private static final Reliability FALLBACK = Reliability.parse("99.5%");

  @Property(tries = 150)
  void steadyState_everyPath_isTheProductOverTheClosure(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 24) int n, @ForAll boolean many) {
    check(new RandomStack(seed, n, many));
  }

  @Property(tries = 6)
  void steadyState_severalBatches_isTheProductOverTheClosure(@ForAll long seed,
      @ForAll boolean many) {
    // Over 64 components that are neither chains nor trees: the sweep runs several batches.
    check(new RandomStack(seed, 200, many));
  }

  private static void check(RandomStack t) {
    Availability reference = null;
    for (SteadyState.Path path : SteadyState.Path.values()) {
      Availability answer = AvailabilityModel.of(t.graph, t.inputs(FALLBACK), path)
          .steadyState();
      if (reference == null) {
        reference = answer;
        checkAgainstBruteForce(t, answer);
      } else {
        // Exact: every path sums the same integers.
        assertThat(answer).as("%s", path).isEqualTo(reference);
      }
    }
  }

  static Map<String, Reliability> used(RandomStack t) {
    Map<String, Reliability> used = new TreeMap<>();
    for (Service s : t.services()) {
      Reliability given = t.figures.get(s.name());
      if (given == null) {
        given = t.figures.get("alias-" + s.name());
      }
      used.put(s.name(), given != null ? given : s.reliability().orElse(FALLBACK));
    }
    return used;
  }

  private static void checkAgainstBruteForce(RandomStack t, Availability answer) {
    Map<String, Reliability> used = used(t);
    TreeSet<String> assumed = new TreeSet<>();
    int counted = 0;
    for (Service s : t.services()) {
      if (!RandomStack.counts(s)) {
        continue;
      }
      counted++;
      if (!t.figures.containsKey(s.name()) && !t.figures.containsKey("alias-" + s.name())
          && s.reliability().isEmpty()) {
        assumed.add(s.name());
      }
      TreeSet<String> closure = t.closure(s);
      double sum = t.negLogSum(closure, used);
      ServiceAvailability row = answer.service(s.name());
      assertThat(row.dependsOn()).as(s.name()).isEqualTo(closure.size());
      assertThat(row.availability()).as(s.name())
          .isCloseTo(Math.exp(-sum), within(1e-12 * Math.exp(-sum) + 1e-300));
      double down = -Math.expm1(-sum);
      assertThat(row.unavailability()).as(s.name()).isCloseTo(down, within(1e-12 * down));
      // The largest unavailability, told apart by -log(a) where 1 - a rounds to 1.
      String costliest = null;
      for (String name : closure) {
        double u = t.negLogSum(java.util.List.of(name), used);
        if (!name.equals(s.name()) && u > 0 && (costliest == null
            || u > t.negLogSum(java.util.List.of(costliest), used))) {
          costliest = name;
        }
      }
      assertThat(row.costliest().orElse(null)).as(s.name()).isEqualTo(costliest);
    }
    assertThat(answer.services()).hasSize(counted);
    assertThat(answer.assumed()).containsExactlyElementsOf(assumed);
    for (Severity threshold : new Severity[] {Severity.HIGH, Severity.MEDIUM}) {
      TreeSet<String> union = t.systemClosure(threshold);
      double sum = t.negLogSum(union, used);
      SystemAvailability system =
          threshold == Severity.HIGH ? answer.high() : answer.mediumOrWorse();
      assertThat(system.dependsOn()).isEqualTo(union.size());
      double down = -Math.expm1(-sum);
      assertThat(system.unavailability()).isCloseTo(down, within(1e-12 * down));
    }
  }

  @Property(tries = 100)
  void whatIf_isTheModelRebuiltWithTheFigureGiven(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 24) int n, @ForAll boolean many,
      @ForAll @IntRange(min = 0, max = 1000) int pick) {
    RandomStack t = new RandomStack(seed, n, many);
    AvailabilityModel model = t.graph.availability(t.inputs(FALLBACK));
    Service changed = t.services().get(pick % t.services().size());
    Reliability figure = pick % 2 == 0 ? Reliability.parse("99.999%")
        : Reliability.of(java.time.Duration.ofDays(2), java.time.Duration.ofHours(1));
    AvailabilityModel whatIf = model.whatIf("alias-" + changed.name(), figure);
    Map<String, Reliability> given = new TreeMap<>(t.figures);
    given.remove("alias-" + changed.name());
    given.put(changed.name(), figure);
    AvailabilityModel rebuilt = t.graph.availability(
        t.inputs(FALLBACK).toBuilder().figures(given).build());
    assertThat(whatIf.steadyState()).isEqualTo(rebuilt.steadyState());
    assertThat(whatIf.importance()).isEqualTo(rebuilt.importance());
    // And back: the original figure restores the original answers, bit for bit.
    if (RandomStack.counts(changed)) {
      Reliability before = model.figureOf(changed.name()).figure();
      // Every value but where the figure came from (now given).
      assertThat(whatIf.whatIf(changed.name(), before).steadyState().services())
          .map(row -> row.toBuilder().source(FigureSource.GIVEN).build())
          .isEqualTo(model.steadyState().services().stream()
              .map(row -> row.toBuilder().source(FigureSource.GIVEN).build()).toList());
    }
  }

  @Property(tries = 100)
  void importance_isTheDerivativeOfTheHighSystem(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 24) int n) {
    RandomStack t = new RandomStack(seed, n, true);
    AvailabilityModel model = t.graph.availability(t.inputs(FALLBACK));
    double r = model.steadyState().high().availability();
    for (Importance row : model.importance()) {
      // R is linear in a_v: dR/da_v is R with a_v = 1 (all else equal).
      double atOne = model.whatIf(row.service(), Reliability.of(1.0)).steadyState().high()
          .availability();
      assertThat(row.birnbaum()).as(row.service())
          .isCloseTo(atOne, within(1e-12 * atOne + 1e-300));
      // One more nine: the finite difference of R over that step, exact by linearity.
      double u = model.figureOf(row.service()).figure().unavailability();
      if (u > 1e-3) {
        double better = model.whatIf(row.service(), Reliability.of(1 - u / 10)).steadyState()
            .high().availability();
        assertThat(row.gainPerNine()).as(row.service())
            .isCloseTo(better - r, within(1e-9 * row.gainPerNine() + 1e-15));
      }
    }
    for (int i = 1; i < model.importance().size(); i++) {
      Importance before = model.importance().get(i - 1);
      Importance after = model.importance().get(i);
      assertThat(before.gainPerNine() > after.gainPerNine()
          || before.gainPerNine() == after.gainPerNine()
          && before.service().compareTo(after.service()) < 0).isTrue();
    }
  }
}
