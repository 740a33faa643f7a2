package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.Topology;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.lint.LintRule;
import dev.topology.graph.startup.Phase;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

@AddLifecycleHook(TriesCap.class)
class LintProperties {

  @Provide
  Arbitrary<RandomTopology> small() {
    return RandomTopologies.dags(20, 3);
  }

  @Provide
  Arbitrary<RandomTopology> large() {
    // Dense enough that services have many dependencies in several batches of 64.
    return RandomTopologies.dags(200, 4);
  }

  @Property(tries = 100)
  void redundantDependencies_areExactlyTheEdgesImpliedInBothPhases(
      @ForAll("small") RandomTopology t) {
    check(t);
  }

  @Property(tries = 8)
  void redundantDependencies_manyServices_areExactlyTheRemovableEdges(
      @ForAll("large") RandomTopology t) {
    check(t);
  }

  @Property(tries = 60)
  void redundantDependencies_followingEveryFinding_changesNoAnswer(
      @ForAll("small") RandomTopology t) {
    TopologyGraph graph = TopologyGraph.of(t.topology());
    for (LintFinding finding : graph.lint()) {
      if (finding.rule() != LintRule.REDUNDANT_DEPENDENCY) {
        continue;
      }
      String from = finding.services().get(0);
      String to = finding.services().get(1);
      Topology without = t.topology().withService(from, s -> s.toBuilder()
          .dependencies(s.dependencies().stream().filter(d -> d.kind() != DependencyKind.STARTUP
              || !t.topology().service(d.target()).name().equals(to)).toList())
          .build());
      TopologyGraph after = TopologyGraph.of(without);
      assertThat(after.startupPlan().waves()).isEqualTo(graph.startupPlan().waves());
      assertThat(after.startupPlan().order()).isEqualTo(graph.startupPlan().order());
      for (String service : t.topology().names()) {
        for (Phase phase : Phase.values()) {
          Impact expected = graph.impact(phase, service);
          Impact actual = after.impact(phase, service);
          assertThat(actual.affectedNames()).as("%s at %s without %s", service, phase, finding)
              .isEqualTo(expected.affectedNames());
          assertThat(actual.propagatedSeverity()).isEqualTo(expected.propagatedSeverity());
          assertThat(actual.wholeSystemDown()).isEqualTo(expected.wholeSystemDown());
        }
        assertThat(after.restartPlan(service).waves())
            .isEqualTo(graph.restartPlan(service).waves());
        // Two restarted at once: a chain through a restarted service orders the rest too.
        List<String> pair = List.of(service, t.topology().names().get(0));
        assertThat(after.restartPlan(pair).waves()).isEqualTo(graph.restartPlan(pair).waves());
        for (Phase phase : Phase.values()) {
          assertThat(after.rootCauses(phase, service).candidates().toString())
              .isEqualTo(graph.rootCauses(phase, service).candidates().toString());
        }
      }
      for (Phase phase : Phase.values()) {
        assertThat(after.blastRadius(phase).ranking().toString())
            .isEqualTo(graph.blastRadius(phase).ranking().toString());
      }
    }
  }

  /**
   * Reported are exactly the startup dependencies {@code a -> b} with another chain from {@code
   * a} to {@code b} and, when both run on once started, another chain through long-running
   * services only.
   */
  private static void check(RandomTopology t) {
    List<LintFinding> findings = TopologyGraph.of(t.topology()).lint();
    Set<List<String>> reported = new HashSet<>();
    for (LintFinding finding : findings) {
      if (finding.rule() == LintRule.REDUNDANT_DEPENDENCY) {
        reported.add(finding.services());
      }
    }
    Set<List<String>> expected = new HashSet<>();
    boolean[][] edges = t.startup;
    boolean[] running = new boolean[t.n];
    for (int v = 0; v < t.n; v++) {
      running[v] = t.lifecycles[v] == Lifecycle.LONG_RUNNING;
    }
    for (int a = 0; a < t.n; a++) {
      for (int b = 0; b < t.n; b++) {
        if (edges[a][b]) {
          edges[a][b] = false;
          boolean atStartup = RandomTopology.reach(edges, Set.of(a), t.all()).contains(b);
          boolean atRuntime = !(running[a] && running[b])
              || RandomTopology.reach(edges, Set.of(a), running).contains(b);
          if (atStartup && atRuntime) {
            expected.add(List.of(t.names[a], t.names[b]));
          }
          edges[a][b] = true;
        }
      }
    }
    assertThat(reported).isEqualTo(expected);
    assertThat(findings).extracting(LintFinding::rule).isSorted();
    assertThat(new TreeSet<>(findings.stream().map(LintFinding::toString).toList()))
        .hasSameSizeAs(findings);
  }
}
