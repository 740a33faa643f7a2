package dev.topology.graph;

import dev.topology.graph.startup.Phase;
import dev.topology.graph.impact.AffectedService;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The facts settled in one pass agree with the paths they summarize: for every affected
 * service, the length and cause are the full path's, and the end of a path is its tail, with
 * and without a startup gate.
 */
@AddLifecycleHook(TriesCap.class)
class AnswerFactsProperties {

  @Provide
  Arbitrary<RandomTopology> dags() {
    return RandomTopologies.dags(20, 3);
  }

  @Property(tries = 100)
  void pathFacts_everyAffectedService_agreeWithItsPath(@ForAll("dags") RandomTopology t,
      @ForAll @IntRange(min = 1, max = 4) int most,
      @ForAll @IntRange(min = -8, max = 40) int gate) {
    TopologyGraph graph = Variants.graph(t, gate, -1);
    for (Phase phase : Phase.values()) {
      for (String name : t.names) {
        for (AffectedService service : graph.impact(phase, name).affected()) {
          List<String> path = service.path();
          assertThat(service.pathLength()).isEqualTo(path.size());
          assertThat(service.cause()).isEqualTo(path.get(0));
          assertThat(service.pathEnd(most))
              .isEqualTo(path.subList(Math.max(0, path.size() - most), path.size()));
        }
      }
    }
  }
}
