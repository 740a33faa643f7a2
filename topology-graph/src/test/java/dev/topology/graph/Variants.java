package dev.topology.graph;

import dev.topology.api.Deployment;
import dev.topology.api.Topology;
import java.util.List;

/**
 * Engines over a {@link RandomTopology} with the features random edges do not give: a startup
 * gate and a service run outside the installation.
 */
final class Variants {
  private Variants() {}

  /**
   * Builds the engine; {@code gate} and {@code external} pick a service by index modulo the
   * size, or none when negative.
   */
  static TopologyGraph graph(RandomTopology t, int gate, int external) {
    Topology topology = t.topology();
    Deployment deployment = Deployment.defaults();
    if (gate >= 0) {
      topology = Fixtures.gate(topology, t.names[gate % t.n]);
    }
    if (external >= 0) {
      String name = t.names[external % t.n];
      topology = Fixtures.externalizable(topology, name);
      deployment = Deployment.builder().externalized(List.of(name)).build();
    }
    return TopologyGraph.of(topology, deployment);
  }
}
