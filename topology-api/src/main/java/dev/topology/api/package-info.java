/**
 * The typed, immutable model of a service topology.
 *
 * <p>Values are Java records with builders: {@link dev.topology.api.Service} (names, image,
 * labels, severity, lifecycle, dependencies), {@link dev.topology.api.Dependency} (required or
 * optional, with a {@link dev.topology.api.Readiness}), {@link dev.topology.api.BroadDependents},
 * {@link dev.topology.api.Setting} (a choice an installation makes), {@link
 * dev.topology.api.SettingCondition} (stated on choices) and {@link dev.topology.api.Deployment} (the
 * values of some choices, and the services run outside). {@link dev.topology.api.Topology} is
 * the validated whole: names and aliases are unique, every dependency resolves, no service
 * depends on itself, every condition names a declared choice. Resolving a topology against a
 * deployment gives the concrete topology of one installation.
 *
 * <p>{@link dev.topology.api.Observation} holds what was seen of the running containers ({@link
 * dev.topology.api.ObservedContainer}), which the engine triages.
 *
 * <p>Every value is immutable and safe to share between threads. Bad input raises a {@link
 * dev.topology.api.TopologyException}; validation reports every problem it finds in one {@link
 * dev.topology.api.InvalidTopologyException}.
 */
@TopologyStyle
package dev.topology.api;
