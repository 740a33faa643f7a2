package dev.topology.graph;

/**
 * An edge of a failure graph, as {@link JGraphTViews#failures(TopologyGraph, Phase)} hands it to
 * JGraphT: the failure of {@link #failed()} takes {@link #takenDown()} down directly, in the
 * phase of the view. Both ends are canonical names.
 *
 * <p>A value: two edges with the same ends are equal, so a view can make its edges when asked.
 *
 * @param failed the service whose failure spreads
 * @param takenDown the service it takes down directly
 */
public record FailureEdge(String failed, String takenDown) {

  /** Returns {@code "a -> b"}: the failure of a takes b down. */
  @Override
  public String toString() {
    return failed + " -> " + takenDown;
  }
}
