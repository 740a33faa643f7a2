package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.DependencyKind;
import dev.topology.graph.diff.Change;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.startup.Phase;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

@AddLifecycleHook(TriesCap.class)
class TopologyDiffProperties {

  @Provide
  Arbitrary<RandomTopology> dags() {
    return RandomTopologies.dags(16, 2);
  }

  @Property(tries = 60)
  void diff_ofAnEngineWithItselfShuffled_isEmpty(@ForAll("dags") RandomTopology t,
      @ForAll long seed) {
    TopologyDiff diff = TopologyDiff.of(TopologyGraph.of(t.topology()),
        TopologyGraph.of(t.topology(new Random(seed))));
    assertThat(diff.isEmpty()).isTrue();
  }

  @Property(tries = 60)
  void diff_reversed_mirrorsTheDiff(@ForAll("dags") RandomTopology a,
      @ForAll("dags") RandomTopology b, @ForAll @IntRange(min = -4, max = 16) int external) {
    TopologyGraph first = Variants.graph(a, -1, external);
    TopologyGraph second = Variants.graph(b, external, -1);
    TopologyDiff forward = TopologyDiff.of(first, second);
    TopologyDiff backward = TopologyDiff.of(second, first);
    assertThat(backward.addedServices()).isEqualTo(forward.removedServices());
    assertThat(backward.removedServices()).isEqualTo(forward.addedServices());
    assertThat(backward.addedEdges()).isEqualTo(forward.removedEdges());
    assertThat(backward.removedEdges()).isEqualTo(forward.addedEdges());
    assertThat(backward.severityChanges()).isEqualTo(swapped(forward.severityChanges()));
    assertThat(backward.waveChanges()).isEqualTo(swapped(forward.waveChanges()));
    for (Phase phase : Phase.values()) {
      assertThat(backward.blastRadiusChanges(phase))
          .isEqualTo(swapped(forward.blastRadiusChanges(phase)));
    }
  }

  @Property(tries = 60)
  void diff_afterAddingOneStartupDependency_reportsExactlyThatEdge(
      @ForAll("dags") RandomTopology t, @ForAll int from, @ForAll int to) {
    int a = Math.floorMod(from, t.n);
    int b = Math.floorMod(to, t.n);
    RandomTopology more = t.withStartupEdge(Math.max(a, b), Math.min(a, b));
    TopologyDiff diff = TopologyDiff.of(TopologyGraph.of(t.topology()),
        TopologyGraph.of(more.topology()));
    boolean isNew = a != b && !t.startup[Math.max(a, b)][Math.min(a, b)];
    assertThat(diff.addedEdges()).isEqualTo(isNew ? List.of(Edge.of(t.names[Math.max(a, b)],
        t.names[Math.min(a, b)], DependencyKind.STARTUP, true)) : List.of());
    assertThat(diff.removedEdges()).isEmpty();
    assertThat(diff.addedServices()).isEmpty();
  }

  private static <T> List<Change<T>> swapped(List<Change<T>> changes) {
    return changes.stream().map(c -> Change.of(c.service(), c.after(), c.before())).toList();
  }
}
