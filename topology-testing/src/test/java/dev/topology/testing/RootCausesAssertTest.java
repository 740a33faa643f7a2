package dev.topology.testing;

import static dev.topology.testing.Failures.fails;
import static dev.topology.testing.Failures.refuses;
import static dev.topology.testing.TopologyAssertions.assertThat;

import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import org.junit.jupiter.api.Test;

/**
 * Root causes in the shop, from its drawing. api and web failing at STARTUP: api explains both
 * with nothing else down; migrate explains them with migrate and worker also down; postgres with
 * postgres, migrate and worker. redis (optional to api) and poller (runtime only) explain
 * nothing but themselves.
 */
class RootCausesAssertTest {
  private final TopologyGraph shop = Shop.graph();
  private final RootCauses apiAndWeb = shop.rootCauses(Phase.STARTUP, "api", "web");

  @Test
  void hasBestCandidate_rightAndWrong() {
    assertThat(apiAndWeb).hasBestCandidate("api").isNotEmpty().isExhaustive();
    fails(() -> assertThat(apiAndWeb).hasBestCandidate("db"))
        .hasMessageStartingWith("Expected postgres to be the best candidate, but the best is "
            + "api (nothing else down). The failures of api and web at STARTUP have 3 "
            + "candidates:")
        .hasMessageContaining("1. api").hasMessageContaining("2. migrate")
        .hasMessageContaining("3. postgres");
  }

  @Test
  void hasBestCandidate_setInAnyOrder_passes() {
    // Two failures that share no cause: one candidate of both.
    assertThat(shop.rootCauses(Phase.STARTUP, "redis", "poller"))
        .hasBestCandidate("redis", "poller").hasCandidate("poller", "redis");
  }

  @Test
  void hasCandidate_rightAndWrong() {
    assertThat(apiAndWeb).hasCandidate("migrate").hasCandidate("db");
    fails(() -> assertThat(apiAndWeb).hasCandidate("redis"))
        .hasMessageStartingWith("Expected redis among the candidates, but it is not one. The "
            + "failures of api and web at STARTUP have 3 candidates:");
  }

  @Test
  void candidate_typo_failsWithTheClosestName() {
    fails(() -> assertThat(apiAndWeb).hasCandidate("migrat")).hasMessage(
        "Expected a service named 'migrat', but the topology has none; did you mean migrate?");
    refuses(() -> assertThat(apiAndWeb).hasBestCandidate()).hasMessageContaining("not none");
  }

  @Test
  void isEmpty_nothingObserved_passes_somethingObserved_fails() {
    RootCauses none = shop.rootCauses(Phase.RUNTIME);
    assertThat(none).isEmpty();
    fails(() -> assertThat(apiAndWeb).isEmpty())
        .hasMessageStartingWith("Expected no candidate, but there are 3.");
    fails(() -> assertThat(none).isNotEmpty()).hasMessage(
        "Expected a candidate, but there is none: nothing was observed failing at RUNTIME.");
    fails(() -> assertThat(none).hasBestCandidate("api")).hasMessage(
        "Expected api to be the best candidate, but there is none. Nothing was observed "
            + "failing at RUNTIME.");
  }

  @Test
  void isExhaustive_greedyCandidate_fails() {
    // Five failures that share no cause: more than the exhaustive search tries, so the one
    // candidate is found greedily.
    Topology five = Topology.of(Service.of("a", Severity.LOW), Service.of("b", Severity.LOW),
        Service.of("c", Severity.LOW), Service.of("d", Severity.LOW),
        Service.of("e", Severity.LOW));
    RootCauses greedy = TopologyGraph.of(five).rootCauses(Phase.RUNTIME, "a", "b", "c", "d", "e");
    assertThat(greedy).hasBestCandidate("a", "b", "c", "d", "e");
    fails(() -> assertThat(greedy).isExhaustive()).hasMessageStartingWith(
        "Expected every candidate of the smallest size, but the search was cut short or found "
            + "its candidate greedily. The failures of a, b, c, d and e at RUNTIME have 1 "
            + "candidate:");
  }

  @Test
  void catalog_frontendAndApiService_postgresRanksBelowFrontend() {
    // frontend needs postgres; api-service needs both: frontend explains both with less down.
    RootCauses causes = TopologyGraph.of(CircleCiServer2.topology())
        .rootCauses(Phase.STARTUP, "frontend", "api-service");
    assertThat(causes).hasBestCandidate("frontend").hasCandidate("postgres");
  }
}
