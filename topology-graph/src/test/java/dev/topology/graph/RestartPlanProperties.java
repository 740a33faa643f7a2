package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.graph.impact.Impact;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.restart.RestartRule;
import dev.topology.graph.startup.Phase;
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

  /**
   * A service whose bit in {@code mask} is set declares that it restarts with each of its
   * startup dependencies; the plan restarts exactly what those declarations reach, backwards,
   * from the restarted service, and lists the rest of the runtime impact to check.
   */
  @Property(tries = 100)
  void restartPlan_declaredRestarts_restartsWhatTheDeclarationsReachChecksTheRest(
      @ForAll("dags") RandomTopology t, @ForAll long mask) {
    dev.topology.api.Topology declared = t.topology();
    boolean any = false;
    for (int i = 0; i < t.n; i++) {
      if ((mask >>> (i % 64) & 1L) != 0) {
        String name = t.names[i];
        declared = declared.withService(name, s -> s.toBuilder().dependencies(
            s.dependencies().stream().map(d -> d.kind() == dev.topology.api.DependencyKind.STARTUP
                ? d.restartingWith() : d).toList()).build());
        any |= !declared.service(name).startupDependencies().isEmpty();
      }
    }
    TopologyGraph graph = TopologyGraph.of(declared);
    for (String name : t.names) {
      RestartPlan plan = graph.restartPlan(name);
      assertThat(plan.rule()).isEqualTo(any ? RestartRule.DECLARED : RestartRule.ALL_AT_RISK);
      if (!any) {
        continue;
      }
      // Reference: repeated relaxation over the declarations, owner after target.
      Set<String> reached = new TreeSet<>();
      boolean grew = true;
      while (grew) {
        grew = false;
        for (dev.topology.api.Service s : declared.services()) {
          boolean declares = s.dependencies().stream().anyMatch(d -> d.restartsWith()
              && (d.target().equals(name) || reached.contains(d.target())));
          if (declares && !s.name().equals(name) && reached.add(s.name())) {
            grew = true;
          }
        }
      }
      assertThat(new TreeSet<>(plan.order())).isEqualTo(reached);
      Set<String> check = new TreeSet<>(graph.impact(Phase.RUNTIME, name).affectedNames());
      check.removeAll(reached);
      assertThat(plan.toCheck()).isSorted().containsExactlyElementsOf(check);
    }
  }
}
