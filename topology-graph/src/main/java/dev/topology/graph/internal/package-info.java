/**
 * The engine's kernels, not exported: the frozen index of a concrete topology in compressed
 * sparse rows ({@link dev.topology.graph.internal.GraphIndex}, {@link
 * dev.topology.graph.internal.Csr}), the startup order, failure spreading, 64-lane reachability
 * counts, cycle and component finding, the searches behind each answer, and the messages of the
 * engine's errors. The answer types of the subject packages are built here through {@link
 * dev.topology.graph.internal.Access}; nothing outside the engine's module may use this package.
 */
package dev.topology.graph.internal;
