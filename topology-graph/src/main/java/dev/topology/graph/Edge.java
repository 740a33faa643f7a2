package dev.topology.graph;

import dev.topology.api.DependencyKind;

/**
 * A dependency between two services of a concrete topology: {@link #from()} needs {@link #to()},
 * to start ({@link DependencyKind#STARTUP}) or while running ({@link DependencyKind#RUNTIME}),
 * required or optional. Both ends are canonical names.
 *
 * @param from the service that has the dependency, by canonical name
 * @param to the service that is needed, by canonical name
 * @param kind whether the dependency is needed to start or while running
 * @param required whether the failure of {@link #to()} takes {@link #from()} down; false for an
 *     optional dependency
 */
public record Edge(String from, String to, DependencyKind kind, boolean required) {

  /**
   * Returns {@code "a -> b"} for a required startup dependency, with {@code " (runtime)"}, {@code
   * " (optional)"} or {@code " (runtime, optional)"} after it otherwise.
   */
  @Override
  public String toString() {
    String notes = (kind == DependencyKind.RUNTIME ? "runtime" : "")
        + (required ? "" : (kind == DependencyKind.RUNTIME ? ", " : "") + "optional");
    return from + " -> " + to + (notes.isEmpty() ? "" : " (" + notes + ")");
  }
}
