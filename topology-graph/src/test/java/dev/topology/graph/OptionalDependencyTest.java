package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Topology;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.startup.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An optional dependency orders startup and carries no failure.
 *
 * <pre>
 *   web ──► api ──► db
 *    ┆              ▲
 *    └┄┄?┄► cache ──┘      web wants cache to start first, but runs without it
 * </pre>
 */
class OptionalDependencyTest {
  private static final Topology TOPOLOGY =
      Fixtures.topology("web>api", "web?>cache", "api>db", "cache>db");
  private final TopologyGraph graph = TopologyGraph.of(TOPOLOGY);

  @Test
  void startupPlan_optionalDependency_ordersStartup() {
    assertThat(graph.startupPlan().waves())
        .containsExactly(List.of("db"), List.of("api", "cache"), List.of("web"));
    assertThat(graph.prerequisites("web")).containsExactlyInAnyOrder("db", "api", "cache");
  }

  @Test
  void impact_optionalTargetFails_takesNothingDownInEitherPhase() {
    for (Phase phase : Phase.values()) {
      assertThat(graph.impact(phase, "cache").affectedNames()).as("%s", phase).isEmpty();
    }
  }

  @Test
  void impact_dbFails_reachesWebThroughTheRequiredChainOnly() {
    for (Phase phase : Phase.values()) {
      Impact impact = graph.impact(phase, "db");
      assertThat(impact.affectedNames()).as("%s", phase)
          .containsExactlyInAnyOrder("api", "cache", "web");
      assertThat(impact.affected("web").orElseThrow().path()).containsExactly("db", "api", "web");
    }
  }

  @Test
  void restartPlan_optionalTargetRestarts_nothingElseRestarts() {
    assertThat(graph.restartPlan("cache").order()).isEmpty();
    assertThat(graph.restartPlan("db").waves())
        .containsExactly(List.of("api", "cache"), List.of("web"));
  }

  @Test
  void rootCauses_webObserved_neverBlamesTheOptionalTarget() {
    assertThat(graph.rootCauses(Phase.STARTUP, "web").candidates())
        .flatExtracting(RootCause::services).doesNotContain("cache");
  }

  @Test
  void blastRadius_optionalTarget_takesDownNothing() {
    for (Phase phase : Phase.values()) {
      assertThat(graph.blastRadius(phase).ranking()).filteredOn(b -> b.service().equals("cache"))
          .extracting(ServiceBlast::takesDown).containsExactly(0);
    }
  }

  @Test
  void diff_requiredBecomesOptional_isAnEdgeRemovedAndOneAdded() {
    TopologyGraph required = Fixtures.graph("web>api", "web>cache", "api>db", "cache>db");
    TopologyDiff diff = TopologyDiff.of(required, graph);
    assertThat(diff.removedEdges())
        .containsExactly(Edge.of("web", "cache", DependencyKind.STARTUP, true));
    assertThat(diff.addedEdges())
        .containsExactly(Edge.of("web", "cache", DependencyKind.STARTUP, false));
    assertThat(diff.addedEdges().get(0)).hasToString("web -> cache (optional)");
  }

  @Test
  void resolve_optionalTargetAbsent_dropsTheDependencyButARequiredOneIsAnError() {
    Topology withSwitch = TOPOLOGY.toBuilder().setting(Setting.onOff("caching")).build()
        .withService("cache", s -> s.toBuilder()
            .presentWhen(SettingCondition.when("caching", Setting.ON)).build());
    TopologyGraph off = TopologyGraph.of(withSwitch);
    assertThat(off.topology().names()).containsExactly("api", "db", "web");
    assertThat(off.topology().service("web").dependencies())
        .containsExactly(Dependency.startup("api"));

    Topology required = withSwitch.withService("web", s -> s.toBuilder()
        .dependencies(List.of(Dependency.startup("api"), Dependency.startup("cache"))).build());
    assertThatThrownBy(() -> TopologyGraph.of(required, Deployment.defaults()))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("Service 'web' depends on 'cache', which is absent in this deployment (it is"
            + " present when caching is on).");
  }
}
