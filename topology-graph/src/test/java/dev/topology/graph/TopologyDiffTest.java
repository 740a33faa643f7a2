package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.DependencyKind;
import dev.topology.api.Severity;
import dev.topology.graph.diff.Change;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.startup.Phase;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TopologyDiffTest {

  /*
   *   before: web ──► api ──► db     after: web ──► api ──► db
   *           old                                    └─► cache ─┘
   *                                         poller ~~► api, and api is HIGH
   */
  private final TopologyGraph before = Fixtures.graph("web>api", "api>db", "old");
  private final TopologyGraph after = TopologyGraph.of(Fixtures.with(
      Fixtures.topology("web>api", "api>db", "api>cache", "cache>db", "poller~>api"), "api",
      Severity.HIGH));

  @Test
  void of_changedTopology_listsEveryKindOfChange() {
    TopologyDiff diff = TopologyDiff.of(before, after);
    assertThat(diff.addedServices()).containsExactly("cache", "poller");
    assertThat(diff.removedServices()).containsExactly("old");
    assertThat(diff.severityChanges()).containsExactly(
        Change.of("api", Severity.MEDIUM, Severity.HIGH));
    assertThat(diff.addedEdges()).containsExactly(
        Edge.of("api", "cache", DependencyKind.STARTUP, true),
        Edge.of("cache", "db", DependencyKind.STARTUP, true),
        Edge.of("poller", "api", DependencyKind.RUNTIME, true));
    assertThat(diff.removedEdges()).isEmpty();
    // api now waits for cache (wave 1): api 1 -> 2, web 2 -> 3.
    assertThat(diff.waveChanges()).extracting(Change::toString)
        .containsExactly("api: wave 1 -> wave 2", "web: wave 2 -> wave 3");
    // At startup db also takes down cache (2 -> 3), and its worst is now api's HIGH; api still
    // takes down only web. While running, poller falls with api: db 2 -> 4, api 1 -> 2.
    assertThat(diff.blastRadiusChanges(Phase.STARTUP)).extracting(Change::toString)
        .containsExactly("db: takes down 2 (worst MEDIUM) -> takes down 3 (worst HIGH)");
    assertThat(diff.blastRadiusChanges(Phase.RUNTIME)).extracting(Change::toString)
        .containsExactly("api: takes down 1 (worst MEDIUM) -> takes down 2 (worst MEDIUM)",
            "db: takes down 2 (worst MEDIUM) -> takes down 4 (worst HIGH)");
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  void of_sameEngine_isEmpty() {
    assertThat(TopologyDiff.of(after, after).isEmpty()).isTrue();
    assertThat(TopologyDiff.of(after, after)).hasToString("TopologyDiff[no differences]");
  }

  @Test
  void toString_changedTopology_showsEachSection() {
    assertThat(TopologyDiff.of(before, after).toString())
        .startsWith("TopologyDiff[services added (2):\n  cache\n  poller\nservices removed (1):"
            + "\n  old\nseverity changes (1):\n  api: MEDIUM -> HIGH\ndependencies added (3):")
        .contains("\n  poller -> api (runtime)\n");
  }

  @Test
  void waveChanges_serviceMovedOutside_hasNoWave() {
    Change<OptionalInt> change = Change.of("db", OptionalInt.of(0), OptionalInt.empty());
    assertThat(change).hasToString("db: wave 0 -> external");
  }

  @Test
  void of_nullEngine_isRejected() {
    assertThatThrownBy(() -> TopologyDiff.of(before, null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A diff needs an engine, not null; build one with TopologyGraph.of(topology).");
  }
}
