package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Deployment;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import org.junit.jupiter.api.Test;

class TopologyGraphTest {

  @Test
  void of_nullArguments_throwWithASentence() {
    assertThatThrownBy(() -> TopologyGraph.of(null))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("TopologyGraph.of needs a topology, not null.");
    assertThatThrownBy(() -> TopologyGraph.of(Topology.of(), null))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("TopologyGraph.of needs a deployment, not null;"
            + " Deployment.defaults() is the default one.");
  }

  @Test
  void of_deploymentThatDoesNotFit_reportsTheApiProblem() {
    Topology topology = Topology.of(Service.of("db", Severity.HIGH));
    assertThatThrownBy(() -> TopologyGraph.of(topology,
            Deployment.builder().addExternalized("db").build()))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("The deployment externalizes 'db', which cannot be externalized.");
  }

  @Test
  void topology_isTheResolvedOne() {
    Topology topology = Fixtures.externalizable(Fixtures.topology("api>db"), "db");
    TopologyGraph graph = TopologyGraph.of(topology,
        Deployment.builder().addExternalized("db").build());
    assertThat(graph.topology().service("db").external()).isTrue();
    assertThat(graph.deployment().externalized()).containsExactly("db");
  }

  @Test
  void toString_summarisesCountsAndDeployment() {
    assertThat(Fixtures.graph("web>api", "api>db", "poller~>web")).hasToString(
        "TopologyGraph[4 services (0 external), 2 startup dependencies, 1 runtime interactions,"
            + " 3 waves; Deployment[defaults]]");
  }
}
