package dev.topology.testing;

import static dev.topology.testing.Failures.fails;
import static dev.topology.testing.Failures.refuses;
import static dev.topology.testing.TopologyAssertions.assertThat;

import dev.topology.api.Deployment;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.StartupPlan;
import org.junit.jupiter.api.Test;

/**
 * The shop's waves, from its drawing: 0 poller, postgres, redis; 1 migrate; 2 api, worker;
 * 3 web.
 */
class StartupPlanAssertTest {
  private final StartupPlan plan = Shop.graph().startupPlan();

  @Test
  void issueExample_passes() {
    assertThat(plan).startsBefore("postgres", "api").inSameWave("api", "worker").hasWaves(4);
  }

  @Test
  void startsBefore_laterWave_failsWithBothWaves() {
    fails(() -> assertThat(plan).startsBefore("web", "migrate")).hasMessage(
        "Expected web to start before migrate, but web starts in wave 3 and migrate in wave 1.");
  }

  @Test
  void startsBefore_sameWave_failsSayingTheyStartTogether() {
    fails(() -> assertThat(plan).startsBefore("api", "worker")).hasMessage(
        "Expected api to start before worker, but both start in wave 2, together.");
  }

  @Test
  void startsBefore_typo_failsWithTheClosestName() {
    fails(() -> assertThat(plan).startsBefore("postgress", "api")).hasMessage(
        "Expected a service named 'postgress', but the topology has none; did you mean "
            + "postgres?");
    refuses(() -> assertThat(plan).startsBefore(null, "api")).hasMessageContaining("not null");
  }

  @Test
  void inSameWave_different_failsWithEachWave() {
    assertThat(plan).inSameWave("poller", "db", "redis");
    refuses(() -> assertThat(plan).inSameWave("api")).hasMessage("The assertion needs two or "
        + "more services to compare, not only 'api'; startsInWave checks one service.");
    fails(() -> assertThat(plan).inSameWave("api", "worker", "web")).hasMessage(
        "Expected api, worker and web to start in the same wave, but api in wave 2, worker in "
            + "wave 2 and web in wave 3 start.");
  }

  @Test
  void startsInWave_rightAndWrong() {
    assertThat(plan).startsInWave("migrate", 1).startsInWave("db", 0);
    fails(() -> assertThat(plan).startsInWave("web", 2))
        .hasMessage("Expected web to start in wave 2, but it starts in wave 3.");
    refuses(() -> assertThat(plan).startsInWave("web", -1))
        .hasMessage("Waves count from 0, so a service cannot start in wave -1.");
  }

  @Test
  void hasWaves_wrong_failsListingTheWaves() {
    fails(() -> assertThat(plan).hasWaves(3)).hasMessage("Expected 3 waves, but the plan has 4: "
        + "wave 0 poller, postgres, redis; wave 1 migrate; wave 2 api, worker; wave 3 web.");
  }

  @Test
  void hasOrder_rightAndWrong() {
    assertThat(plan).hasOrder("poller", "postgres", "redis", "migrate", "api", "worker", "web");
    fails(() -> assertThat(plan).hasOrder("postgres", "migrate", "api", "web"))
        .hasMessageStartingWith("Expected the order postgres, migrate, api, web, but the plan "
            + "starts poller, postgres, redis, migrate, api, worker, web:");
  }

  @Test
  void externalService_startsBeforeEveryWave() {
    // postgres run outside: not started, up before wave 0.
    TopologyGraph graph = TopologyGraph.of(CircleCiServer2.topology(),
        Deployment.builder().addExternalized("postgres").build());
    StartupPlan external = graph.startupPlan();
    assertThat(external).startsBefore("postgres", "frontend");
    fails(() -> assertThat(external).startsBefore("frontend", "postgres")).hasMessage(
        "Expected frontend to start before postgres, but frontend starts in wave 0 and "
            + "postgres in no wave (it is external, up before wave 0).");
  }

  @Test
  void catalog_frontendNeedsPostgres() {
    assertThat(TopologyGraph.of(CircleCiServer2.topology()).startupPlan())
        .startsBefore("postgres", "frontend").startsInWave("frontend", 1)
        .inSameWave("frontend", "mongo");
  }
}
