package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.graph.internal.FailureGraph;
import dev.topology.graph.internal.RootCauseSearch;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
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

/** Root causes against a brute force over every set of services, smallest first. */
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
        assertThat(candidates.get(0).alsoDownCount()).isZero();
        assertThat(candidates).filteredOn(c -> c.alsoDownCount() == 0)
            .extracting(RootCause::services).contains(List.of(x));
      }
    }
  }

  @Property(tries = 150)
  void rootCauses_againstBruteForce_explainMinimalAndExactWhenMarkedSo(
      @ForAll("dags") RandomTopology t, @ForAll @IntRange(min = -4, max = 20) int gate,
      @ForAll @IntRange(min = -4, max = 20) int external,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 20) Integer> picks) {
    TopologyGraph graph = Variants.graph(t, gate, external);
    Set<String> observed = new TreeSet<>();
    picks.forEach(p -> observed.add(t.names[p % t.n]));
    for (Phase phase : Phase.values()) {
      RootCauses causes = graph.rootCauses(phase, observed);
      BruteForce reference = new BruteForce(graph, phase, observed);
      List<RootCause> candidates = causes.candidates();
      assertThat(candidates).as("%s %s", phase, observed).isNotEmpty();
      for (RootCause c : candidates) {
        Set<String> closure = closure(graph, phase, c.services());
        assertThat(closure).as("%s explains %s", c, observed).containsAll(observed);
        closure.removeAll(observed);
        assertThat(c.alsoDown()).as("%s", c).containsExactlyElementsOf(closure);
        assertThat(c.alsoDownCount()).isEqualTo(closure.size());
        for (String member : c.services()) {
          List<String> others = new ArrayList<>(c.services());
          others.remove(member);
          assertThat(!others.isEmpty() && closure(graph, phase, others).containsAll(observed))
              .as("%s without %s still explains %s", c, member, observed).isFalse();
        }
        assertThat(c.services().size()).as("%s", c).isGreaterThanOrEqualTo(reference.least);
        if (c.exact()) {
          assertThat(c.services()).as("%s is exact", c).hasSize(reference.least);
        }
      }
      if (causes.exhaustive()) {
        assertThat(candidates).allMatch(RootCause::exact);
        assertThat(candidates).extracting(c -> new Expected(c.services(), c.alsoDownCount()))
            .as("%s %s", phase, observed).isEqualTo(reference.smallest);
      }
    }
  }

  @Property(tries = 150)
  void greedyCover_againstBruteForce_explainsAllIsMinimalAndExactOnlyWhenSmallest(
      @ForAll("dags") RandomTopology t, @ForAll @IntRange(min = -4, max = 20) int gate,
      @ForAll @IntRange(min = -4, max = 20) int external,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 20) Integer> picks) {
    // No exhaustive search beyond single services: every answer that needs a set is greedy.
    TopologyGraph graph = Variants.graph(t, gate, external);
    Set<String> observed = new TreeSet<>();
    picks.forEach(p -> observed.add(t.names[p % t.n]));
    int[] nodes = observed.stream().mapToInt(name -> graph.index().indexOf(name, "test"))
        .sorted().toArray();
    for (Phase phase : Phase.values()) {
      RootCauses causes =
          RootCauseSearch.run(FailureGraph.of(graph.index(), phase), nodes, 1);
      BruteForce reference = new BruteForce(graph, phase, observed);
      RootCause best = causes.best().orElseThrow();
      Set<String> closure = closure(graph, phase, best.services());
      assertThat(closure).as("%s explains %s", best, observed).containsAll(observed);
      for (String member : best.services()) {
        List<String> others = new ArrayList<>(best.services());
        others.remove(member);
        assertThat(!others.isEmpty() && closure(graph, phase, others).containsAll(observed))
            .as("%s without %s still explains %s", best, member, observed).isFalse();
      }
      assertThat(best.services().size()).isGreaterThanOrEqualTo(reference.least);
      if (best.exact()) {
        assertThat(best.services()).as("%s is exact", best).hasSize(reference.least);
      }
      if (reference.least > 1) {
        assertThat(causes.candidates()).hasSize(1);
        assertThat(causes.exhaustive()).isFalse();
      }
    }
  }

  record Expected(List<String> services, int alsoDown) {}

  /** Every set of the smallest size that explains the observed services, ranked. */
  private static final class BruteForce {
    final int least;
    final List<Expected> smallest = new ArrayList<>();

    BruteForce(TopologyGraph graph, Phase phase, Set<String> observed) {
      List<String> names = graph.topology().names();
      int size = 0;
      while (smallest.isEmpty()) {
        size++;
        subsets(names, size, 0, new ArrayList<>(), set -> {
          Set<String> closure = closure(graph, phase, set);
          if (closure.containsAll(observed)) {
            closure.removeAll(observed);
            smallest.add(new Expected(List.copyOf(set), closure.size()));
          }
        });
      }
      least = size;
      Comparator<List<String>> byNames = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
          int c = a.get(i).compareTo(b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return 0;
      };
      smallest.sort(Comparator.comparingInt(Expected::alsoDown)
          .thenComparing(Expected::services, byNames));
    }

    private static void subsets(List<String> names, int size, int from, List<String> chosen,
        java.util.function.Consumer<List<String>> each) {
      if (chosen.size() == size) {
        each.accept(chosen);
        return;
      }
      for (int i = from; i <= names.size() - (size - chosen.size()); i++) {
        chosen.add(names.get(i));
        subsets(names, size, i + 1, chosen, each);
        chosen.remove(chosen.size() - 1);
      }
    }
  }

  private static Set<String> closure(TopologyGraph graph, Phase phase, List<String> failed) {
    Set<String> closure = new TreeSet<>(graph.impact(phase, failed).affectedNames());
    closure.addAll(failed);
    return closure;
  }
}
