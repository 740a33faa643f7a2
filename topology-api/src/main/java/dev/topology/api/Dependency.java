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
 * target's failure, absence or externalization takes nothing down (systemd's {@code Wants=}).
 * A dependency may hold only when its target is present in the deployment ({@link
 * #onlyIfPresent()}, Compose's {@code required: false}: no error when the target is left out, a
 * full dependency when it is there), may hold only under a {@link Condition}, may state that the
 * owner restarts when its target restarts ({@link #restartsWith()}, Compose's {@code restart:
 * true}), and may cite the sentence of the source it rests on.
 *
 * <pre>{@code
 * Dependency.startup("postgres");                                  // required, to start
 * Dependency.startup("cache").asOptional();                        // ordered, never fatal
 * Dependency.startup("migrate").withReadiness(Readiness.COMPLETED);
 * Dependency.startup("sso-proxy").when(Condition.when("sso", "on"));
 * Dependency.startup("mysql").whenPresent();                       // if the deployment has it
 * Dependency.startup("db").restartingWith();                       // restart when db restarts
 * }</pre>
 *
 * @param target any name of the service that is needed
 * @param kind whether it is needed to start or while running
 * @param required whether the target's failure takes the owner down; false for optional
 * @param readiness how far the target must have come before the owner starts
 * @param condition the condition under which the edge holds; empty if it always holds
 * @param citation the sentence of the source that states the edge; empty if none
 * @param onlyIfPresent whether the edge holds only when its target is present in the deployment
 * @param restartsWith whether the owner must restart when its target restarts
 */
@Value.Builder
public record Dependency(
    String target,
    DependencyKind kind,
    boolean required,
    Readiness readiness,
    Optional<Condition> condition,
    Optional<String> citation,
    boolean onlyIfPresent,
    boolean restartsWith) {

  /**
   * Creates a dependency.
   *
   * @param target any name of the service that is needed
   * @param kind whether it is needed to start or while running
   * @param required whether the target's failure takes the owner down; false for optional
   * @param readiness how far the target must have come before the owner starts
   * @param condition the condition under which the edge holds; empty if it always holds
   * @param citation the sentence of the source that states the edge; empty if none
   * @param onlyIfPresent whether the edge holds only when its target is present
   * @param restartsWith whether the owner must restart when its target restarts
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
   * Creates a dependency that holds whether or not its target is present and states nothing
   * about restarts: 0.2.0's canonical constructor, kept so that its callers still build.
   *
   * @param target any name of the service that is needed
   * @param kind whether it is needed to start or while running
   * @param required whether the target's failure takes the owner down; false for optional
   * @param readiness how far the target must have come before the owner starts
   * @param condition the condition under which the edge holds; empty if it always holds
   * @param citation the sentence of the source that states the edge; empty if none
   * @throws InvalidTopologyException if the target is not a valid name or a value is missing
   * @deprecated use {@link #builder()} or the factories; they keep working as components grow
   */
  @Deprecated(since = "0.3.0")
  public Dependency(String target, DependencyKind kind, boolean required, Readiness readiness,
      Optional<Condition> condition, Optional<String> citation) {
    this(target, kind, required, readiness, condition, citation, false, false);
  }

  /**
   * Creates an unconditional, required startup dependency.
   *
   * @param target any name of the service needed to start
   * @return the dependency
   */
  public static Dependency startup(String target) {
    return new Dependency(target, DependencyKind.STARTUP, true, Readiness.STARTED,
        Optional.empty(), Optional.empty(), false, false);
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
        Optional.empty(), Optional.ofNullable(citation), false, false);
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
        citation, onlyIfPresent, restartsWith);
  }

  /**
   * Returns this dependency made optional: it still orders startup, but its target's failure,
   * absence or externalization takes nothing down.
   *
   * @return a new dependency
   */
  public Dependency asOptional() {
    return new Dependency(target, kind, false, readiness, condition, citation, onlyIfPresent,
        restartsWith);
  }

  /**
   * Returns this dependency with another readiness.
   *
   * @param state how far the target must have come before the owner starts
   * @return a new dependency
   */
  public Dependency withReadiness(Readiness state) {
    return new Dependency(target, kind, required, state, condition, citation, onlyIfPresent,
        restartsWith);
  }

  /**
   * Returns this dependency holding only when its target is present in the deployment: a
   * deployment that leaves the target out drops the edge without an error, one that has it keeps
   * the edge as it is (Compose's {@code required: false}).
   *
   * @return a new dependency
   */
  public Dependency whenPresent() {
    return new Dependency(target, kind, required, readiness, condition, citation, true,
        restartsWith);
  }

  /**
   * Returns this dependency stating that its owner must restart when its target restarts
   * (Compose's {@code restart: true}). Restart plans of a topology where any dependency says
   * so follow these statements; see {@code RestartPlan}.
   *
   * @return a new dependency
   */
  public Dependency restartingWith() {
    return new Dependency(target, kind, required, readiness, condition, citation, onlyIfPresent,
        true);
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
   * Tells whether this dependency holds in a deployment, given whether its target is present
   * there: it must hold by its condition, and, if it holds {@linkplain #onlyIfPresent() only
   * when its target is present}, the target must be.
   *
   * @param deployment the choices of one installation
   * @param targetPresent whether the target is present in that deployment
   * @return true if the edge holds
   */
  public boolean holdsIn(Deployment deployment, boolean targetPresent) {
    return (targetPresent || !onlyIfPresent) && holdsIn(deployment);
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
      onlyIfPresent(false);
      restartsWith(false);
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
    if (onlyIfPresent) {
      notes.append(notes.length() == 0 ? "" : ", ").append("if present");
    }
    if (restartsWith) {
      notes.append(notes.length() == 0 ? "" : ", ").append("restarts with it");
    }
    condition.ifPresent(c -> notes.append(notes.length() == 0 ? "" : ", ").append(c));
    return notes.length() == 0 ? text.toString() : text.append(" (").append(notes).append(')')
        .toString();
  }
}
