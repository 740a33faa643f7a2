package dev.topology.graph;

import static dev.topology.graph.Fixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Deployment;
import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Topology;
import dev.topology.graph.startup.StartupPlan;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class StartupPlanTest {

  /*
   *   web ──► api ──► db
   *            │
   *            └────► logs        cron (alone)
   */
  private final TopologyGraph diamond = graph("web>api", "api>db", "api>logs", "cron");

  @Test
  void order_independentServices_startByName() {
    assertThat(graph("c", "a", "b").startupPlan().order()).containsExactly("a", "b", "c");
  }

  @Test
  void order_chain_startsEachAfterWhatItNeeds() {
    assertThat(diamond.startupPlan().order()).containsExactly("cron", "db", "logs", "api", "web");
  }

  @Test
  void order_serviceOfALaterWave_goesAfterTheWholeEarlierWave() {
    //   b ──► z        y          wave 0: y, z   wave 1: b
    assertThat(graph("b>z", "y").startupPlan().order()).containsExactly("y", "z", "b");
    // a is ready once b is up, but c, of wave 0, still goes first, though a comes before it
    // by name: the order is wave by wave.
    //   a ──► b        c          wave 0: b, c   wave 1: a
    assertThat(graph("a>b", "c").startupPlan().order()).containsExactly("b", "c", "a");
  }

  @Test
  void waves_diamond_areLongestPathLayers() {
    assertThat(diamond.startupPlan().waves()).containsExactly(
        List.of("cron", "db", "logs"), List.of("api"), List.of("web"));
  }

  @Test
  void waves_shortcutEdge_placesServiceAfterItsLongestChain() {
    //   top ──► mid ──► base
    //    └──────────────►┘
    assertThat(graph("top>mid", "mid>base", "top>base").startupPlan().waves())
        .containsExactly(List.of("base"), List.of("mid"), List.of("top"));
  }

  @Test
  void waveOf_anyName_givesTheWave() {
    Topology topology = Fixtures.topology("api>db")
        .withService("db", s -> s.toBuilder().addAliases("postgres-image").build());
    StartupPlan plan = TopologyGraph.of(topology).startupPlan();
    assertThat(plan.waveOf("postgres-image")).isEqualTo(OptionalInt.of(0));
    assertThat(plan.waveOf("api")).isEqualTo(OptionalInt.of(1));
  }

  @Test
  void waveOf_unknownName_suggestsTheClosest() {
    assertThatThrownBy(() -> diamond.startupPlan().waveOf("wbe"))
        .isInstanceOf(NoSuchServiceException.class)
        .hasMessage("No service is named 'wbe'. Did you mean 'web'?");
  }

  @Test
  void plan_externalService_isListedApartAndSatisfiesItsDependents() {
    //   web ──► api ──► db (external)
    Topology topology = Fixtures.externalizable(Fixtures.topology("web>api", "api>db"), "db");
    StartupPlan plan = TopologyGraph.of(topology,
        Deployment.builder().addExternalized("db").build()).startupPlan();
    assertThat(plan.externalPrerequisites()).containsExactly("db");
    assertThat(plan.order()).containsExactly("api", "web");
    assertThat(plan.waves()).containsExactly(List.of("api"), List.of("web"));
    assertThat(plan.waveOf("db")).isEmpty();
  }

  @Test
  void plan_emptyTopology_hasNoServicesAndNoWaves() {
    StartupPlan plan = TopologyGraph.of(Topology.of()).startupPlan();
    assertThat(plan.order()).isEmpty();
    assertThat(plan.waves()).isEmpty();
    assertThat(plan).hasToString("StartupPlan[0 services in 0 waves\n  external: none]");
  }

  @Test
  void plan_lists_areUnmodifiable() {
    StartupPlan plan = diamond.startupPlan();
    assertThatThrownBy(() -> plan.order().set(0, "x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.waves().get(0).add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.waves().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toString_diamond_showsWaveByWave() {
    assertThat(diamond.startupPlan()).hasToString("""
        StartupPlan[5 services in 3 waves
          wave 0: cron, db, logs
          wave 1: api
          wave 2: web
          external: none]""");
  }

  @Test
  void plan_runtimeInteractionCycle_doesNotOrderStartup() {
    //   a ~~► b ~~► a   (talk while running)      a ──► c
    StartupPlan plan = graph("a~>b", "b~>a", "a>c").startupPlan();
    assertThat(plan.order()).containsExactly("b", "c", "a");
    assertThat(plan.waves()).containsExactly(List.of("b", "c"), List.of("a"));
  }
}
