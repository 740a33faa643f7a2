package dev.topology.testing;

import static dev.topology.api.Severity.HIGH;
import static dev.topology.api.Severity.LOW;
import static dev.topology.testing.Failures.fails;
import static dev.topology.testing.Failures.refuses;
import static dev.topology.testing.TopologyAssertions.assertThat;

import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import org.junit.jupiter.api.Test;

/**
 * Impacts on the shop, from its drawing. At STARTUP postgres takes down migrate, api, worker
 * (each needs it) and web (needs api); redis and poller (runtime only) are spared. At RUNTIME
 * migrate (one-shot) is never at risk, poller is (it talks to api).
 */
class ImpactAssertTest {
  private final TopologyGraph shop = Shop.graph();
  private final Impact postgres = shop.impact(Phase.STARTUP, "postgres");

  @Test
  void issueExample_passes() {
    assertThat(postgres).takesDown("api").spares("redis").hasWorstSeverity(HIGH);
  }

  @Test
  void takesDown_spared_failsSayingWhatItTakesDown() {
    fails(() -> assertThat(postgres).takesDown("poller")).hasMessage(
        "Expected the STARTUP failure of postgres to take down poller, but poller is not "
            + "affected. It takes down api, migrate, web and worker.");
  }

  @Test
  void takesDown_failedService_failsSayingItFailed() {
    fails(() -> assertThat(postgres).takesDown("db")).hasMessage(
        "Expected the STARTUP failure of postgres to take down db, but db is itself one of the "
            + "failed services. It takes down api, migrate, web and worker.");
  }

  @Test
  void spares_takenDown_failsWithThePath() {
    fails(() -> assertThat(postgres).spares("redis", "web")).hasMessage(
        "Expected the STARTUP failure of postgres to spare web, but it takes web down: "
            + "web needs api needs postgres.");
    fails(() -> assertThat(shop.impact(Phase.RUNTIME, "postgres")).spares("poller"))
        .hasMessage("Expected the RUNTIME failure of postgres to spare poller, but it takes "
            + "poller down: poller needs api needs postgres.");
  }

  @Test
  void spares_failedService_fails() {
    fails(() -> assertThat(postgres).spares("postgres")).hasMessage(
        "Expected the STARTUP failure of postgres to spare postgres, but postgres is one of the "
            + "failed services.");
  }

  @Test
  void spares_typo_neverPassesAsSpared() {
    fails(() -> assertThat(postgres).spares("rediss")).hasMessage(
        "Expected a service named 'rediss', but the topology has none; did you mean redis?");
    refuses(() -> assertThat(postgres).spares()).hasMessageContaining("not none");
  }

  @Test
  void takesDownExactly_rightAndWrong() {
    assertThat(postgres).takesDownExactly("web", "worker", "api", "migrate");
    assertThat(shop.impact(Phase.RUNTIME, "postgres"))
        .takesDownExactly("api", "poller", "web", "worker");
    fails(() -> assertThat(postgres).takesDownExactly("api", "migrate", "redis")).hasMessage(
        "Expected the STARTUP failure of postgres to take down exactly api, migrate and redis, "
            + "but it takes down api, migrate, web and worker. It also takes down web (web "
            + "needs api needs postgres) and worker (worker needs postgres). It does not take "
            + "down redis.");
  }

  @Test
  void takesDownNothing_optionalDependency_passes_otherwiseFails() {
    // api wants redis only optionally: no failure is carried.
    assertThat(shop.impact(Phase.STARTUP, "redis")).takesDownNothing().hasWorstSeverity(LOW);
    // migrate is one-shot: at RUNTIME it has done its work.
    assertThat(shop.impact(Phase.RUNTIME, "migrate")).takesDownNothing();
    fails(() -> assertThat(shop.impact(Phase.STARTUP, "api")).takesDownNothing()).hasMessage(
        "Expected the STARTUP failure of api to take nothing down, but it takes down web. It "
            + "also takes down web (web needs api).");
  }

  @Test
  void takesDownThrough_rightAndWrong() {
    assertThat(postgres).takesDownThrough("web", "postgres", "api", "web");
    fails(() -> assertThat(postgres).takesDownThrough("web", "postgres", "migrate", "api",
        "web")).hasMessage("Expected the STARTUP failure of postgres to take web down through "
            + "postgres -> migrate -> api -> web, but it does through postgres -> api -> web: "
            + "web needs api needs postgres.");
  }

  @Test
  void hasFailed_rightAndWrong() {
    assertThat(shop.impact(Phase.STARTUP, "db", "redis")).hasFailed("postgres", "redis");
    fails(() -> assertThat(postgres).hasFailed("api")).hasMessage(
        "Expected api among the failed services, but the STARTUP failure of postgres has only "
            + "postgres failed.");
  }

  @Test
  void hasWorstSeverity_propagated_failsNamingTheWorstTakenDown() {
    // migrate is LOW, but api (HIGH) cannot start without it.
    assertThat(shop.impact(Phase.STARTUP, "migrate")).hasWorstSeverity(HIGH);
    fails(() -> assertThat(shop.impact(Phase.STARTUP, "migrate")).hasWorstSeverity(LOW))
        .hasMessage("Expected the STARTUP failure of migrate to be LOW at worst, but it is "
            + "HIGH: the failed services are LOW by themselves, and api (HIGH) is the worst "
            + "taken down: api needs migrate.");
    fails(() -> assertThat(shop.impact(Phase.STARTUP, "redis")).hasWorstSeverity(HIGH))
        .hasMessage("Expected the STARTUP failure of redis to be HIGH at worst, but it is LOW: "
            + "the failed services are LOW by themselves, and it takes nothing down.");
    refuses(() -> assertThat(postgres).hasWorstSeverity(null))
        .hasMessage("The assertion needs the severity expected, not null.");
  }

  @Test
  void wholeSystemDown_gateAndNot() {
    TopologyGraph catalog = TopologyGraph.of(CircleCiServer2.topology());
    assertThat(catalog.impact(Phase.STARTUP, "ready-agent")).isWholeSystemDown();
    assertThat(postgres).isNotWholeSystemDown();
    fails(() -> assertThat(postgres).isWholeSystemDown()).hasMessage(
        "Expected the STARTUP failure of postgres to take the whole system down, but it leaves "
            + "part of it running. It takes down api, migrate, web and worker.");
    fails(() -> assertThat(catalog.impact(Phase.STARTUP, "ready-agent")).isNotWholeSystemDown())
        .hasMessage("Expected the STARTUP failure of ready-agent to leave part of the system "
            + "running, but it takes the whole system down.");
  }

  @Test
  void hasPhase_rightAndWrong() {
    assertThat(postgres).hasPhase(Phase.STARTUP);
    fails(() -> assertThat(postgres).hasPhase(Phase.RUNTIME)).hasMessage(
        "Expected a failure at RUNTIME, but the STARTUP failure of postgres is at STARTUP.");
  }

  @Test
  void catalog_vaultByAlias_takesDownContextsAndApi() {
    // vault-cci is an image name of contexts-vault; MEDIUM itself, HIGH through api-service.
    Impact vault = TopologyGraph.of(CircleCiServer2.topology()).impact(Phase.RUNTIME, "vault-cci");
    assertThat(vault).hasFailed("contexts-vault")
        .takesDownExactly("api-service", "contexts-service").hasWorstSeverity(HIGH)
        .takesDownThrough("api-service", "contexts-vault", "api-service");
    fails(() -> assertThat(vault).spares("api-service"))
        .hasMessageContaining("api-service needs contexts-vault");
  }
}
