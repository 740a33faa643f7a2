package dev.topology.graph.impact;

import org.immutables.value.Value;
import dev.topology.graph.JGraphTViews;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.Phase;

/**
 * An edge of a failure graph, as {@link JGraphTViews#failures(TopologyGraph, Phase)} hands it to
 * JGraphT: the failure of {@link #failed()} takes {@link #takenDown()} down directly, in the
 * phase of the view. Both ends are canonical names.
 *
 * <p>A value: two edges with the same ends are equal, so a view can make its edges when asked.
 */
@Value.Immutable
public abstract class FailureEdge {
  FailureEdge() {}

  /**
   * Returns the service whose failure spreads.
   *
   * @return the value
   */
  public abstract String failed();

  /**
   * Returns the service it takes down directly.
   *
   * @return the value
   */
  public abstract String takenDown();

  /**
   * Returns a value with every component given.
   *
   * @param failed the service whose failure spreads
   * @param takenDown the service it takes down directly
   * @return the value
   */
  public static FailureEdge of(String failed, String takenDown) {
    return builder().failed(failed).takenDown(takenDown).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link FailureEdge}s. */
  public static final class Builder extends ImmutableFailureEdge.Builder {
    Builder() {}
  }


  /** Returns {@code "a -> b"}: the failure of a takes b down. */
  @Override
  public String toString() {
    return failed() + " -> " + takenDown();
  }
}
