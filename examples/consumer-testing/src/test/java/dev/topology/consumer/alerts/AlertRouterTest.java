package dev.topology.consumer.alerts;

import static dev.topology.testing.TopologyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Observation;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.consumer.alerts.AlertRouter.Route;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import dev.topology.testing.Observations;
import dev.topology.testing.TopologyFixture;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The alert router against the payments stack (src/test/resources/payments.yml), beyond what
 * {@link PaymentsOutageTest} shows.
 */
class AlertRouterTest {

  @Test
  void redisDown_opensATicket_theApiUsesItOnlyIfThere(
      @TopologyFixture("payments.yml") TopologyGraph graph) {
    Impact impact = graph.impact(Phase.RUNTIME, "redis");

    assertThat(impact).takesDown("worker").spares("api", "web", "postgres")
        .hasWorstSeverity(Severity.MEDIUM);
    assertThat(new AlertRouter(graph).route("redis")).isEqualTo(Route.TICKET);
  }

  @Test
  void startup_theMigrationRunsBetweenTheDatabaseAndTheApi(
      @TopologyFixture("payments.yml") TopologyGraph graph) {
    assertThat(graph.startupPlan()).startsBefore("postgres", "migrate")
        .startsBefore("migrate", "api").startsBefore("api", "web")
        .inSameWave("postgres", "redis");
  }

  @Test
  void dockerPs_allRunning_onlyLogs(@TopologyFixture("payments.yml") TopologyGraph graph) {
    Observation seen = Observations.allRunning(graph.topology()).project("payments")
        .observation();

    assertThat(new AlertRouter(graph).route(seen)).isEqualTo(Route.LOG);
  }

  @Property(tries = 200)
  void anyTopology_aFailureThatTakesDownAHighServicePages(@ForAll Topology topology) {
    TopologyGraph graph = TopologyGraph.of(topology);
    AlertRouter router = new AlertRouter(graph);
    for (String service : graph.startupPlan().order()) {
      Impact impact = graph.impact(Phase.RUNTIME, service);
      boolean severe = impact.failedSeverity() == Severity.HIGH || impact.affected().stream()
          .map(AffectedService::severity).anyMatch(Severity.HIGH::equals);

      assertThat(router.route(service) == Route.PAGE).as(service).isEqualTo(severe);
    }
  }
}
