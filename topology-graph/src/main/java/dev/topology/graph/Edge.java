package dev.topology.graph;

import org.immutables.value.Value;
import dev.topology.api.DependencyKind;

/**
 * A dependency between two services of a concrete topology: {@link #from()} needs {@link #to()},
 * to start ({@link DependencyKind#STARTUP}) or while running ({@link DependencyKind#RUNTIME}),
 * required or optional. Both ends are canonical names.
 */
@Value.Immutable
public abstract class Edge {
  Edge() {}

  /**
   * Returns the service that has the dependency, by canonical name.
   *
   * @return the value
   */
  public abstract String from();

  /**
   * Returns the service that is needed, by canonical name.
   *
   * @return the value
   */
  public abstract String to();

  /**
   * Returns whether the dependency is needed to start or while running.
   *
   * @return the value
   */
  public abstract DependencyKind kind();

  /**
   * Returns whether the failure of {@link #to()} takes {@link #from()} down; false for an
   * optional dependency.
   *
   * @return the value
   */
  public abstract boolean required();

  /**
   * Returns a value with every component given.
   *
   * @param from the service that has the dependency, by canonical name
   * @param to the service that is needed, by canonical name
   * @param kind whether the dependency is needed to start or while running
   * @param required whether the failure of {@link #to()} takes {@link #from()} down; false for an
   *    optional dependency
   * @return the value
   */
  public static Edge of(String from, String to, DependencyKind kind, boolean required) {
    return builder().from(from).to(to).kind(kind).required(required).build();
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
    return builder().from(from()).to(to()).kind(kind()).required(required());
  }

  /** The builder of {@link Edge}s. */
  public static final class Builder extends ImmutableEdge.Builder {
    Builder() {}
  }


  /**
   * Returns {@code "a -> b"} for a required startup dependency, with {@code " (runtime)"}, {@code
   * " (optional)"} or {@code " (runtime, optional)"} after it otherwise.
   */
  @Override
  public String toString() {
    String notes = (kind() == DependencyKind.RUNTIME ? "runtime" : "")
        + (required() ? "" : (kind() == DependencyKind.RUNTIME ? ", " : "") + "optional");
    return from() + " -> " + to() + (notes.isEmpty() ? "" : " (" + notes + ")");
  }
}
