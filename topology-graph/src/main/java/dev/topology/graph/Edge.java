package dev.topology.graph;

import dev.topology.api.DependencyKind;
import java.util.Objects;

/**
 * A dependency between two services of a concrete topology: {@link #from()} needs {@link #to()},
 * to start ({@link DependencyKind#STARTUP}) or while running ({@link DependencyKind#RUNTIME}).
 * Both ends are canonical names.
 *
 * <p>Immutable; equal when both ends and the kind are equal.
 */
public final class Edge {
  private final String from;
  private final String to;
  private final DependencyKind kind;

  Edge(String from, String to, DependencyKind kind) {
    this.from = from;
    this.to = to;
    this.kind = kind;
  }

  /**
   * Returns the service that has the dependency.
   *
   * @return a canonical name
   */
  public String from() {
    return from;
  }

  /**
   * Returns the service that is needed.
   *
   * @return a canonical name
   */
  public String to() {
    return to;
  }

  /**
   * Returns whether the dependency is needed to start or while running.
   *
   * @return the kind
   */
  public DependencyKind kind() {
    return kind;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Edge that && from.equals(that.from) && to.equals(that.to)
        && kind == that.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, kind);
  }

  /** Returns {@code "a -> b"} for a startup dependency, {@code "a -> b (runtime)"} otherwise. */
  @Override
  public String toString() {
    return from + " -> " + to + (kind == DependencyKind.RUNTIME ? " (runtime)" : "");
  }
}
