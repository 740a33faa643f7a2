/**
 * The testing kit: what a team's unit tests need to test code built on the SDK. Add it with
 * scope test. AssertJ assertions on topologies and the engine's answers
 * ({@link dev.topology.testing.TopologyAssertions}), canned fixtures and Compose files from the
 * test class path ({@link dev.topology.testing.Fixtures}), observations for triage tests and the
 * {@code docker ps} text they stand for ({@link dev.topology.testing.Observations}), a JUnit 5
 * extension that resolves {@link dev.topology.testing.TopologyFixture} parameters, and jqwik
 * arbitraries of valid topologies ({@link dev.topology.testing.jqwik.TopologyArbitraries}),
 * registered so that {@code @ForAll Topology} works.
 *
 * <p>The kit reads resources from the test class path; nothing else does I/O.
 */
module dev.topology.testing {
  requires transitive dev.topology.api;
  requires transitive dev.topology.catalog;
  requires transitive dev.topology.graph;
  requires transitive dev.topology.formats;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires transitive net.jqwik.api;
  requires tools.jackson.core;

  exports dev.topology.testing;
  exports dev.topology.testing.jqwik;

  provides net.jqwik.api.providers.ArbitraryProvider
      with dev.topology.testing.jqwik.TopologyArbitraryProvider;
}
