/**
 * The typed, immutable model of a service topology.
 *
 * <p>Values are Java records with generated builders: {@link dev.topology.api.Service}, {@link
 * dev.topology.api.Dependency}, {@link dev.topology.api.BroadDependents} and {@link
 * dev.topology.api.Deployment}. {@link dev.topology.api.Topology} is the validated whole: names
 * and aliases are unique, every dependency resolves, no service depends on itself. Resolving a
 * topology against a {@link dev.topology.api.Deployment} gives the concrete topology of one
 * installation.
 *
 * <p>Every value is immutable and safe to share between threads. Bad input raises a {@link
 * dev.topology.api.TopologyException}; validation reports every problem it finds in one {@link
 * dev.topology.api.InvalidTopologyException}.
 */
@TopologyStyle
package dev.topology.api;
