package dev.topology.testing;

import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import org.junit.jupiter.api.Test;

/**
 * Tests whose {@link TopologyFixture} parameters cannot be resolved; run by {@link
 * TopologyFixtureExtensionTest} through the JUnit launcher, never by the build itself (the name
 * matches no test pattern).
 */
class FixtureParameterCases {

  @Test
  void wrongType(@TopologyFixture("kit/compose/stack.yml") String stack) {}

  @Test
  void unknownExtension(@TopologyFixture("kit/compose/stack.txt") Topology stack) {}

  @Test
  void missing(@TopologyFixture("kit/compose/nothing.yml") Topology stack) {}

  @Test
  void broken(@TopologyFixture("kit/compose/broken.yml") TopologyGraph stack) {}

  @Test
  void cyclic(@TopologyFixture("kit/topologies/cycle.json") TopologyGraph cycle) {}
}
