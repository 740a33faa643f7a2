package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

@AddLifecycleHook(TriesCap.class)
class RestartPlanProperties {

  @Provide
  Arbitrary<RandomTopology> dags() {
    return RandomTopologies.dags(20, 3);
  }

  @Property(tries = 100)
  void restartPlan_isTheRuntimeImpactWaveByWaveByName_inLongestChainWaves(
      @ForAll("dags") RandomTopology t, @ForAll @IntRange(min = -8, max = 40) int external) {
    TopologyGraph graph = Variants.graph(t, -1, external);
    for (String name : t.names) {
      RestartPlan plan = graph.restartPlan(name);
      Impact impact = graph.impact(Phase.RUNTIME, name);
      Set<String> expected = new TreeSet<>(impact.affectedNames());
      expected.removeAll(graph.startupPlan().externalPrerequisites());
      // No dependency declares a restart: the plan is today's, with nothing to check.
      assertThat(plan.rule()).isEqualTo(RestartRule.ALL_AT_RISK);
      assertThat(plan.toCheck()).isEmpty();
      assertThat(new TreeSet<>(plan.order())).isEqualTo(expected);
      List<String> flattened = new ArrayList<>();
      plan.waves().forEach(wave -> {
        assertThat(wave).isSorted();
        flattened.addAll(wave);
      });
      assertThat(plan.order()).isEqualTo(flattened);
      assertThat(new TreeSet<>(flattened)).isEqualTo(expected);
      for (String member : plan.order()) {
        int wave = plan.waveOf(member).getAsInt();
        // One after the latest planned service it needs, directly or through any others.
        int longest = -1;
        for (String needed : graph.prerequisites(member)) {
          if (expected.contains(needed)) {
            longest = Math.max(longest, plan.waveOf(needed).getAsInt());
          }
        }
        assertThat(wave).as("%s in %s", member, plan).isEqualTo(longest + 1);
      }
    }
  }
}
