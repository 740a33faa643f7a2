package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Root causes against a brute force over every service and every pair. */
@AddLifecycleHook(TriesCap.class)
class RootCausesProperties {

  @Provide
  Arbitrary<RandomTopology> dags() {
    return RandomTopologies.dags(14, 2);
  }

  @Property(tries = 100)
  void rootCauses_serviceWithItsWholeImpact_ranksThatServiceAmongTheTop(
      @ForAll("dags") RandomTopology t, @ForAll @IntRange(min = -4, max = 20) int gate,
      @ForAll @IntRange(min = -4, max = 20) int external) {
    TopologyGraph graph = Variants.graph(t, gate, external);
    for (Phase phase : Phase.values()) {
      for (String x : t.names) {
        List<String> observed = new ArrayList<>(graph.impact(phase, x).affectedNames());
        observed.add(x);
        List<RootCause> candidates = graph.rootCauses(phase, observed).candidates();
        assertThat(candidates.get(0).beyondObserved()).isZero();
        assertThat(candidates).filteredOn(c -> c.beyondObserved() == 0)
            .extracting(RootCause::services).contains(List.of(x));
      }
    }
  }

  @Property(tries = 150)
  void rootCauses_areExactlyTheSmallestExplainingSets_rankedByWhatElseIsDown(
      @ForAll("dags") RandomTopology t, @ForAll @IntRange(min = -4, max = 20) int gate,
      @ForAll @IntRange(min = -4, max = 20) int external,
      @ForAll @Size(min = 1, max = 3) List<@IntRange(min = 0, max = 20) Integer> picks) {
    TopologyGraph graph = Variants.graph(t, gate, external);
    Set<String> observed = new TreeSet<>();
    picks.forEach(p -> observed.add(t.names[p % t.n]));
    for (Phase phase : Phase.values()) {
      List<Expected> expected = bruteForce(graph, phase, observed);
      RootCauses causes = graph.rootCauses(phase, observed);
      assertThat(causes.exhaustive()).isTrue();
      assertThat(causes.candidates()).extracting(c -> new Expected(c.services(),
          c.beyondObserved())).as("%s %s", phase, observed).isEqualTo(expected);
    }
  }

  record Expected(List<String> services, int beyond) {}

  private static List<Expected> bruteForce(TopologyGraph graph, Phase phase,
      Set<String> observed) {
    List<String> names = graph.topology().names();
    List<Expected> found = new ArrayList<>();
    for (String a : names) {
      explained(graph, phase, List.of(a), observed, found);
    }
    if (found.isEmpty()) {
      for (int i = 0; i < names.size(); i++) {
        for (int j = i + 1; j < names.size(); j++) {
          explained(graph, phase, List.of(names.get(i), names.get(j)), observed, found);
        }
      }
    }
    found.sort(Comparator.comparingInt(Expected::beyond)
        .thenComparing(e -> e.services().get(0))
        .thenComparing(e -> e.services().get(e.services().size() - 1)));
    return found;
  }

  private static void explained(TopologyGraph graph, Phase phase, List<String> failed,
      Set<String> observed, List<Expected> found) {
    Set<String> closure = new TreeSet<>(graph.impact(phase, failed).affectedNames());
    closure.addAll(failed);
    if (closure.containsAll(observed)) {
      closure.removeAll(observed);
      found.add(new Expected(failed, closure.size()));
    }
  }
}
