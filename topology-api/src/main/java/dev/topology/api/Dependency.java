package dev.topology.api;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A directed edge "the owning service needs {@code target}".
 *
 * <p>The target may be written with any name of the service it stands for (its canonical name,
 * its image name or an alias); {@link Topology#service(String)} resolves it. A dependency may
 * hold only under a {@link Condition}, and may cite the sentence of the source it rests on where
 * it was derived from prose rather than from the dependency column.
 *
 * @param target any name of the service that is needed
 * @param kind whether it is needed to start or while running
 * @param condition the condition under which the edge holds; empty if it always holds
 * @param citation the sentence of the source that states the edge; empty if none
 */
@Value.Builder
public record Dependency(
    String target, DependencyKind kind, Optional<Condition> condition, Optional<String> citation) {

  /**
   * Creates a dependency.
   *
   * @param target any name of the service that is needed
   * @param kind whether it is needed to start or while running
   * @param condition the condition under which the edge holds; empty if it always holds
   * @param citation the sentence of the source that states the edge; empty if none
   * @throws InvalidTopologyException if the target is not a valid name or a value is missing
   */
  public Dependency {
    Validation check = new Validation("A dependency");
    check.name("target", target);
    check.required("kind", kind);
    check.required("condition", condition);
    if (check.required("citation", citation) && citation.isPresent() && citation.get().isBlank()) {
      check.add(Problem.Kind.MISSING_VALUE,
          "A dependency on " + Names.quote(target) + " has a blank citation; leave it empty instead.");
    }
    check.throwIfAny();
  }

  /**
   * Creates an unconditional startup dependency.
   *
   * @param target any name of the service needed to start
   * @return the dependency
   */
  public static Dependency startup(String target) {
    return new Dependency(target, DependencyKind.STARTUP, Optional.empty(), Optional.empty());
  }

  /**
   * Creates an unconditional runtime interaction that cites the sentence it rests on.
   *
   * @param target any name of the service talked to while running
   * @param citation the sentence of the source that states it
   * @return the dependency
   */
  public static Dependency runtime(String target, String citation) {
    return new Dependency(
        target, DependencyKind.RUNTIME, Optional.empty(), Optional.ofNullable(citation));
  }

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this dependency's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns this dependency, holding only under {@code condition}.
   *
   * @param condition the condition under which it holds
   * @return a new dependency
   */
  public Dependency when(Condition condition) {
    return new Dependency(target, kind, Optional.ofNullable(condition), citation);
  }

  /**
   * Tells whether this dependency holds in a deployment.
   *
   * @param deployment the choices of one installation
   * @return true if it has no condition or its condition holds
   */
  public boolean holdsIn(Deployment deployment) {
    return condition.map(c -> c.holdsIn(deployment)).orElse(true);
  }

  /** Builds a {@link Dependency}; the kind defaults to {@link DependencyKind#STARTUP}. */
  public static final class Builder extends DependencyBuilder {
    Builder() {
      kind(DependencyKind.STARTUP);
    }
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + " -> " + target
        + condition.map(c -> " (" + c.description() + ")").orElse("");
  }
}
