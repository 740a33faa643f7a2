package dev.topology.api;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A directed edge "the owning service needs {@code target}".
 *
 * <p>The target may be written with any name of the service it stands for (its canonical name
 * or an alias); {@link Topology#service(String)} resolves it. A dependency is required (the
 * default) or optional: an optional one orders startup when both services are present, but its
 * target's failure, absence or externalization takes nothing down (systemd's {@code Wants=},
 * Compose's {@code required: false}). It may hold only under a {@link Condition}, and may cite
 * the sentence of the source it rests on.
 *
 * <pre>{@code
 * Dependency.startup("postgres");                                  // required, to start
 * Dependency.startup("cache").asOptional();                        // ordered, never fatal
 * Dependency.startup("migrate").withReadiness(Readiness.COMPLETED);
 * Dependency.startup("sso-proxy").when(Condition.when("sso", "on"));
 * }</pre>
 *
 * @param target any name of the service that is needed
 * @param kind whether it is needed to start or while running
 * @param required whether the target's failure takes the owner down; false for optional
 * @param readiness how far the target must have come before the owner starts
 * @param condition the condition under which the edge holds; empty if it always holds
 * @param citation the sentence of the source that states the edge; empty if none
 */
@Value.Builder
public record Dependency(
    String target,
    DependencyKind kind,
    boolean required,
    Readiness readiness,
    Optional<Condition> condition,
    Optional<String> citation) {

  /**
   * Creates a dependency.
   *
   * @param target any name of the service that is needed
   * @param kind whether it is needed to start or while running
   * @param required whether the target's failure takes the owner down; false for optional
   * @param readiness how far the target must have come before the owner starts
   * @param condition the condition under which the edge holds; empty if it always holds
   * @param citation the sentence of the source that states the edge; empty if none
   * @throws InvalidTopologyException if the target is not a valid name or a value is missing
   */
  public Dependency {
    Validation check = new Validation("A dependency");
    check.name("target", target);
    check.required("kind", kind);
    check.required("readiness", readiness);
    check.required("condition", condition);
    if (check.required("citation", citation) && citation.isPresent() && citation.get().isBlank()) {
      check.add(Problem.Kind.MISSING_VALUE,
          "A dependency on " + Names.quote(target) + " has a blank citation; leave it empty instead.");
    }
    check.throwIfAny();
  }

  /**
   * Creates an unconditional, required startup dependency.
   *
   * @param target any name of the service needed to start
   * @return the dependency
   */
  public static Dependency startup(String target) {
    return new Dependency(target, DependencyKind.STARTUP, true, Readiness.STARTED,
        Optional.empty(), Optional.empty());
  }

  /**
   * Creates an unconditional, required runtime interaction that cites the sentence it rests on.
   *
   * @param target any name of the service talked to while running
   * @param citation the sentence of the source that states it
   * @return the dependency
   */
  public static Dependency runtime(String target, String citation) {
    return new Dependency(target, DependencyKind.RUNTIME, true, Readiness.STARTED,
        Optional.empty(), Optional.ofNullable(citation));
  }

  /**
   * Returns a builder. The kind defaults to {@link DependencyKind#STARTUP}, required to true,
   * the readiness to {@link Readiness#STARTED}.
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
    return new Dependency(target, kind, required, readiness, Optional.ofNullable(condition),
        citation);
  }

  /**
   * Returns this dependency made optional: it still orders startup, but its target's failure,
   * absence or externalization takes nothing down.
   *
   * @return a new dependency
   */
  public Dependency asOptional() {
    return new Dependency(target, kind, false, readiness, condition, citation);
  }

  /**
   * Returns this dependency with another readiness.
   *
   * @param state how far the target must have come before the owner starts
   * @return a new dependency
   */
  public Dependency withReadiness(Readiness state) {
    return new Dependency(target, kind, required, state, condition, citation);
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

  /**
   * Builds a {@link Dependency}; the kind defaults to {@link DependencyKind#STARTUP}, required to
   * true, the readiness to {@link Readiness#STARTED}.
   */
  public static final class Builder extends DependencyBuilder {
    Builder() {
      kind(DependencyKind.STARTUP);
      required(true);
      readiness(Readiness.STARTED);
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind.name().toLowerCase(Locale.ROOT))
        .append(" -> ").append(target);
    StringBuilder notes = new StringBuilder();
    if (!required) {
      notes.append("optional");
    }
    if (readiness != Readiness.STARTED) {
      notes.append(notes.length() == 0 ? "" : ", ").append(readiness.description());
    }
    condition.ifPresent(c -> notes.append(notes.length() == 0 ? "" : ", ").append(c));
    return notes.length() == 0 ? text.toString() : text.append(" (").append(notes).append(')')
        .toString();
  }
}
