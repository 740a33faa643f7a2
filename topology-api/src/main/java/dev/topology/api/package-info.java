/**
 * The typed, immutable model of a service topology.
 *
 * <p>Every value is an abstract type whose implementation is generated and hidden: {@link
 * dev.topology.api.Service} (names, image, labels, severity, lifecycle, dependencies), {@link
 * dev.topology.api.Dependency} (required or optional, with a {@link dev.topology.api.Readiness}),
 * {@link dev.topology.api.BroadDependents}, {@link dev.topology.api.Setting} (a setting an
 * installation chooses a value for), {@link dev.topology.api.SettingCondition} (stated on
 * settings), {@link dev.topology.api.Deployment} (the values of some settings, and the services
 * run outside) and {@link dev.topology.api.Topology}, the validated whole: names and aliases are
 * unique, every dependency resolves, no service depends on itself, every condition names a
 * declared setting. Resolving a topology against a deployment gives the concrete topology of one
 * installation.
 *
 * <p>Each value is made one way: {@code X.builder()} (its {@code X.Builder} is the one public
 * builder), a short factory where one reads better ({@code Service.of}, {@code
 * Dependency.startup}, {@code Setting.onOff}, {@code SettingCondition.when}, {@code
 * Topology.of}), and {@code toBuilder()} or a wither ({@code asOptional()}, {@code when(..)}) to
 * derive a variant. Constructors are hidden, so a value can gain a field without breaking its
 * callers. Each value checks itself when it is built and reports every problem at once.
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
