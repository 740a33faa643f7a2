package dev.topology.testing;

import static dev.topology.testing.Failures.fails;
import static dev.topology.testing.Failures.refuses;
import static dev.topology.testing.TopologyAssertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.restart.RestartRule;
import org.junit.jupiter.api.Test;

/**
 * The shop after postgres restarts, from its drawing: every long-running service that needs it
 * restarts, api, worker and poller (talks to api) in wave 0, since what they need besides is
 * outside the plan, then web (needs api) in wave 1. migrate (one-shot) and redis do not.
 */
class RestartPlanAssertTest {
  private final RestartPlan postgres = Shop.graph().restartPlan("postgres");

  @Test
  void restartsBefore_andWaves_pass() {
    assertThat(postgres).restarts("api", "worker", "poller", "web").doesNotRestart("redis")
        .restartsBefore("api", "web").hasWaves(2).restartsInWave("poller", 0)
        .hasRule(RestartRule.ALL_AT_RISK);
  }

  @Test
  void restarts_oneShot_failsSayingItDoesNot() {
    fails(() -> assertThat(postgres).restarts("migrate")).hasMessage(
        "Expected the restart plan after postgres to restart migrate, but it does not restart "
            + "migrate. It restarts api, poller, worker and web.");
  }

  @Test
  void restarts_restartedService_failsSayingSo() {
    fails(() -> assertThat(postgres).restarts("db")).hasMessage(
        "Expected the restart plan after postgres to restart db, but postgres is one of the "
            + "restarted services. It restarts api, poller, worker and web.");
  }

  @Test
  void doesNotRestart_restarted_failsWithWaveAndPath() {
    fails(() -> assertThat(postgres).doesNotRestart("redis", "web")).hasMessage(
        "Expected the restart plan after postgres not to restart web, but it restarts web in "
            + "wave 1: web needs api needs postgres.");
  }

  @Test
  void restartsBefore_sameWaveOrLater_fails() {
    fails(() -> assertThat(postgres).restartsBefore("api", "worker")).hasMessage(
        "Expected api to restart before worker, but both restart in wave 0, together.");
    fails(() -> assertThat(postgres).restartsBefore("web", "api")).hasMessage(
        "Expected web to restart before api, but web restarts in wave 1 and api in wave 0.");
  }

  @Test
  void hasWaves_andWave_wrong_fail() {
    fails(() -> assertThat(postgres).hasWaves(1)).hasMessage("Expected 1 wave, but the restart "
        + "plan after postgres has 2: wave 0 api, poller, worker; wave 1 web.");
    fails(() -> assertThat(postgres).restartsInWave("web", 0))
        .hasMessage("Expected web to restart in wave 0, but it restarts in wave 1.");
    fails(() -> assertThat(Shop.graph().restartPlan("redis")).hasWaves(1)).hasMessage(
        "Expected 1 wave, but the restart plan after redis has 0: it restarts nothing.");
  }

  @Test
  void declaredRule_atRiskButUndeclared_isOnlyToCheck() {
    // api declares it restarts with db; web needs api but declares nothing.
    Topology declared = Topology.of(Service.of("db", Severity.HIGH),
        Service.builder().name("api").severity(Severity.HIGH)
            .addDependencies(Dependency.startup("db").restartingWith()).build(),
        Service.of("web", Severity.MEDIUM, "api"));
    RestartPlan plan = TopologyGraph.of(declared).restartPlan("db");
    assertThat(plan).hasRule(RestartRule.DECLARED).restarts("api").doesNotRestart("web");
    fails(() -> assertThat(plan).restarts("web")).hasMessage(
        "Expected the restart plan after db to restart web, but web is only to check: it is at "
            + "risk but declares no restart with a restarted service. It restarts api.");
    fails(() -> assertThat(plan).doesNotRestart("api")).hasMessage(
        "Expected the restart plan after db not to restart api, but it restarts api in wave 0, "
            + "as it declares it restarts with a restarted service.");
    fails(() -> assertThat(plan).hasRule(RestartRule.ALL_AT_RISK)).hasMessage(
        "Expected the rule ALL_AT_RISK, but the restart plan after db follows DECLARED.");
  }

  @Test
  void typoAndNull_failClearly() {
    fails(() -> assertThat(postgres).doesNotRestart("redsi")).hasMessage(
        "Expected a service named 'redsi', but the topology has none; did you mean redis?");
    refuses(() -> assertThat(postgres).restarts((String[]) null))
        .hasMessage("The assertion needs at least one of the names of the services restarted, "
            + "not null.");
    refuses(() -> assertThat(postgres).hasRule(null)).hasMessageContaining("not null");
  }
}
