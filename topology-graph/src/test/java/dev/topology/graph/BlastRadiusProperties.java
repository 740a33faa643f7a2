package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** The blast radius against one impact per service, on graphs small and large enough to batch. */
@AddLifecycleHook(TriesCap.class)
class BlastRadiusProperties {

  @Provide
  Arbitrary<RandomTopology> small() {
    return RandomTopologies.dags(20, 3);
  }

  @Provide
  Arbitrary<RandomTopology> large() {
    // Over 64 services that are not chains or trees, so that several batches of 64 run.
    return RandomTopologies.dags(300, 2);
  }

  @Property(tries = 120)
  void blastRadius_ofEveryService_isTheSizeAndWorstOfItsImpact(
      @ForAll("small") RandomTopology t, @ForAll @IntRange(min = -8, max = 40) int gate,
      @ForAll @IntRange(min = -8, max = 40) int external) {
    check(Variants.graph(t, gate, external));
  }

  @Property(tries = 12)
  void blastRadius_manyServices_isTheSizeAndWorstOfEachImpact(
      @ForAll("large") RandomTopology t) {
    check(TopologyGraph.of(t.topology()));
  }

  private static void check(TopologyGraph graph) {
    for (Phase phase : Phase.values()) {
      BlastRadius blast = graph.blastRadius(phase);
      List<ServiceBlast> ranking = blast.ranking();
      assertThat(ranking).hasSize(graph.topology().size());
      for (String name : graph.topology().names()) {
        Impact impact = graph.impact(phase, name);
        ServiceBlast row = blast.of(name);
        assertThat(row.takesDown()).as("%s %s", phase, name)
            .isEqualTo(impact.affected().size());
        assertThat(row.propagatedSeverity()).as("%s %s", phase, name)
            .isEqualTo(impact.propagatedSeverity());
        assertThat(row.worstSeverity()).as("%s %s", phase, name)
            .isEqualTo(impact.worstSeverity());
      }
      for (int i = 1; i < ranking.size(); i++) {
        ServiceBlast before = ranking.get(i - 1);
        ServiceBlast after = ranking.get(i);
        int order = Integer.compare(after.takesDown(), before.takesDown());
        if (order == 0) {
          order = Integer.compare(level(after), level(before));
        }
        if (order == 0) {
          order = before.service().compareTo(after.service());
        }
        assertThat(order).as("%s before %s", before, after).isNegative();
      }
    }
  }

  private static int level(ServiceBlast row) {
    return row.propagatedSeverity().map(Enum::ordinal).orElse(-1);
  }
}
