/**
 * jqwik arbitraries of valid topologies, of observations consistent with a topology and of
 * deployments: {@link dev.topology.testing.jqwik.TopologyArbitraries}, and the provider that
 * makes {@code @ForAll Topology} work.
 */
package dev.topology.testing.jqwik;
