/**
 * Root causes: the smallest sets of services whose failure explains every observed failure,
 * best first ({@link dev.topology.graph.rootcause.RootCauses}), each a {@link
 * dev.topology.graph.rootcause.RootCause}. Single services are found by intersecting the causes
 * of each observed service that no other observed one takes down, O(t (V + E)); sets of several
 * services are searched exhaustively while cheap and greedily beyond, under a fixed cap on work.
 */
package dev.topology.graph.rootcause;
