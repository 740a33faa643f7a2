package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.Topology;
import dev.topology.graph.restart.RestartPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartPlanTest {

  /*
   *   web ──► api ──► db ◄── migrate (one-shot) ◄── jobs
   *     \      ▲       ▲
   *      \     └~~ poller (runtime)
   *       └──► cache ──┘
   */
  private static Topology topology() {
    Topology t = Fixtures.topology("web>api", "web>cache", "api>db", "cache>db", "migrate>db",
        "jobs>migrate", "poller~>api");
    return Fixtures.with(t, "migrate", Lifecycle.ONE_SHOT);
  }

  private final TopologyGraph graph = TopologyGraph.of(topology());

  @Test
  void restartPlan_db_restartsLongRunningDependentsInWavesButNotTheMigrator() {
    // api and cache need db to start: wave 0. web needs both: wave 1. poller only talks to api
    // and needs nothing to start: wave 0. migrate has exited; jobs needed it only to start.
    RestartPlan plan = graph.restartPlan("db");
    assertThat(plan.restarted()).containsExactly("db");
    assertThat(plan.order()).containsExactly("api", "cache", "poller", "web");
    assertThat(plan.waves()).containsExactly(List.of("api", "cache", "poller"), List.of("web"));
    assertThat(plan.waveOf("web")).hasValue(1);
    assertThat(plan.waveOf("jobs")).isEmpty();
    assertThat(plan.impact().affected("web").get().path()).containsExactly("db", "api", "web");
  }

  @Test
  void restartPlan_apiAndCacheTogether_restartWebAndPoller() {
    RestartPlan plan = graph.restartPlan(List.of("cache", "api", "api"));
    assertThat(plan.restarted()).containsExactly("api", "cache");
    assertThat(plan.waves()).containsExactly(List.of("poller", "web"));
  }

  @Test
  void restartPlan_oneShotTask_restartsNothing() {
    RestartPlan plan = graph.restartPlan("migrate");
    assertThat(plan.order()).isEmpty();
    assertThat(plan.waves()).isEmpty();
    assertThat(plan).hasToString("RestartPlan[after migrate: 0 services in 0 waves]");
  }

  @Test
  void restartPlan_externalDependent_isListedApartAndNotRestarted() {
    // cache runs outside and talks to api while running: at risk, but not ours to restart.
    Topology t = Fixtures.externalizable(Fixtures.topology("web>api", "cache~>api"), "cache");
    TopologyGraph outside =
        TopologyGraph.of(t, Deployment.builder().externalized(List.of("cache")).build());
    RestartPlan plan = outside.restartPlan("api");
    assertThat(plan.order()).containsExactly("web");
    assertThat(plan.externalDependents()).containsExactly("cache");
    assertThat(plan.waveOf("cache")).isEmpty();
    assertThat(plan).hasToString(
        "RestartPlan[after api: 1 service in 1 wave\n  wave 0: web\n  external, at risk: cache]");
  }

  @Test
  void toString_db_showsEachWave() {
    assertThat(graph.restartPlan("db")).hasToString("RestartPlan[after db: 4 services in 2 waves"
        + "\n  wave 0: api, cache, poller\n  wave 1: web]");
  }

  @Test
  void restartPlan_noService_isRejectedWithAnExample() {
    assertThatThrownBy(() -> graph.restartPlan()).isInstanceOf(InvalidQueryException.class)
        .hasMessage("A restart plan needs at least one restarted service, such as"
            + " restartPlan(\"db\").");
    assertThatThrownBy(() -> graph.restartPlan((String[]) null))
        .hasMessage("A restart plan needs the restarted services, not null.");
  }

  @Test
  void equals_samePlanFromAnotherEngine_isEqual() {
    assertThat(graph.restartPlan("db")).isEqualTo(TopologyGraph.of(topology()).restartPlan("db"))
        .hasSameHashCodeAs(TopologyGraph.of(topology()).restartPlan("db"))
        .isNotEqualTo(graph.restartPlan("api"));
  }
}
