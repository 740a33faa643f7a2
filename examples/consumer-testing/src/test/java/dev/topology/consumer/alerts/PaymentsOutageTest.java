package dev.topology.consumer.alerts;

import static dev.topology.testing.TopologyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Observation;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.consumer.alerts.AlertRouter.Route;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.Phase;
import dev.topology.testing.Observations;
import dev.topology.testing.TopologyFixture;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PaymentsOutageTest {

  @Test
  void postgresDown_takesPaymentsDown_andPages(
      @TopologyFixture("payments.yml") TopologyGraph payments) {  // read once per test class
    assertThat(payments.impact(Phase.RUNTIME, "postgres"))
        .takesDown("api", "worker", "web").spares("redis").hasWorstSeverity(Severity.HIGH);
    assertThat(new AlertRouter(payments).route("postgres")).isEqualTo(Route.PAGE);
  }

  @Test
  void dockerPs_postgresExited_triageBlamesIt_andPages(
      @TopologyFixture("payments.yml") TopologyGraph payments) {
    Observation seen = Observations.allRunning(payments.topology()).project("payments")
        .exited("postgres", 137).exited("api", 1).exited("worker", 1).exited("web", 1)
        .observation();

    assertThat(payments.triage(seen)).hasRootCause("postgres").isNotWholeSystemDown();
    assertThat(new AlertRouter(payments).route(seen)).isEqualTo(Route.PAGE);
  }

  @Property(tries = 200)
  void anyTopology_aFailureOnlyLogged_takesNothingAboveLowDown(@ForAll Topology topology) {
    TopologyGraph graph = TopologyGraph.of(topology);
    AlertRouter router = new AlertRouter(graph);
    for (String service : graph.startupPlan().order()) {
      if (router.route(service) == Route.LOG) {
        assertThat(graph.impact(Phase.RUNTIME, service)).hasWorstSeverity(Severity.LOW);
      }
    }
  }
}
