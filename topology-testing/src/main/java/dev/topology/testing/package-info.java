/**
 * The testing kit's entry points: {@link dev.topology.testing.TopologyAssertions} (AssertJ
 * assertions on topologies and the engine's answers), {@link dev.topology.testing.Fixtures}
 * (small canned topologies, the bundled catalog, Compose files from the test class path),
 * {@link dev.topology.testing.Observations} (observations for triage tests and the
 * {@code docker ps} text they stand for) and {@link dev.topology.testing.TopologyFixture} (a
 * JUnit 5 parameter loaded from the test class path).
 */
package dev.topology.testing;
