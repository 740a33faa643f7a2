package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

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
  void redundantDependencies_areExactlyTheEdgesWhoseRemovalKeepsReachability(
      @ForAll("small") RandomTopology t) {
    check(t);
  }

  @Property(tries = 8)
  void redundantDependencies_manyServices_areExactlyTheRemovableEdges(
      @ForAll("large") RandomTopology t) {
    check(t);
  }

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
    for (int a = 0; a < t.n; a++) {
      Set<Integer> before = RandomTopology.reach(edges, Set.of(a), t.all());
      for (int b = 0; b < t.n; b++) {
        if (edges[a][b]) {
          edges[a][b] = false;
          if (RandomTopology.reach(edges, Set.of(a), t.all()).equals(before)) {
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
