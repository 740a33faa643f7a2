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
 * full dependency when it is there), may hold only under a {@link SettingCondition}, may state that the
 * owner restarts when its target restarts ({@link #restartsWith()}, Compose's {@code restart:
 * true}), and may cite the sentence of the source it rests on.
 *
 * <pre>{@code
 * Dependency.startup("postgres");                                  // required, to start
 * Dependency.startup("cache").asOptional();                        // ordered, never fatal
 * Dependency.startup("migrate").withReadiness(Readiness.COMPLETED);
 * Dependency.startup("sso-proxy").when(SettingCondition.when("sso", "on"));
 * Dependency.startup("mysql").whenPresent();                       // if the deployment has it
 * Dependency.startup("db").restartingWith();                       // restart when db restarts
 * }</pre>
 *
 * <p>Build one with {@link #builder()} or the factories; every value is checked when it is
 * built.
 */
@Value.Immutable
public abstract class Dependency {
  Dependency() {}

  /**
   * Returns any name of the service that is needed.
   *
   * @return the target's name
   */
  public abstract String target();

  /**
   * Returns whether the target is needed to start or while running.
   *
   * @return the kind; {@link DependencyKind#STARTUP} unless set
   */
  @Value.Default
  public DependencyKind kind() {
    return DependencyKind.STARTUP;
  }

  /**
   * Returns whether the target's failure takes the owner down; false for optional.
   *
   * @return true unless set
   */
  @Value.Default
  public boolean required() {
    return true;
  }

  /**
   * Returns how far the target must have come before the owner starts.
   *
   * @return the readiness; {@link Readiness#STARTED} unless set
   */
  @Value.Default
  public Readiness readiness() {
    return Readiness.STARTED;
  }

  /**
   * Returns the condition under which the edge holds.
   *
   * @return the condition; empty if it always holds
   */
  public abstract Optional<SettingCondition> condition();

  /**
   * Returns the sentence of the source that states the edge.
   *
   * @return the sentence; empty if none
   */
  public abstract Optional<String> citation();

  /**
   * Returns whether the edge holds only when its target is present in the deployment.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean onlyIfPresent() {
    return false;
  }

  /**
   * Returns whether the owner must restart when its target restarts.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean restartsWith() {
    return false;
  }

  /**
   * Checks the values.
   *
   * @throws InvalidTopologyException if the target is not a valid name or a value is missing
   */
  @Value.Check
  protected void check() {
    Validation check = new Validation("A dependency");
    check.name("target", target());
    check.required("kind", kind());
    check.required("readiness", readiness());
    check.required("condition", condition());
    Optional<String> citation = citation();
    if (check.required("citation", citation) && citation.isPresent() && citation.get().isBlank()) {
      check.add(Problem.Kind.MISSING_VALUE, "A dependency on " + Names.quote(target())
          + " has a blank citation; leave it empty instead.");
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
    return builder().target(target).build();
  }

  /**
   * Creates an unconditional, required runtime interaction that cites the sentence it rests on.
   *
   * @param target any name of the service talked to while running
   * @param citation the sentence of the source that states it
   * @return the dependency
   */
  public static Dependency runtime(String target, String citation) {
    return builder().target(target).kind(DependencyKind.RUNTIME).citation(citation).build();
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
  public Dependency when(SettingCondition condition) {
    return ((ImmutableDependency) this).withCondition(Optional.ofNullable(condition));
  }

  /**
   * Returns this dependency made optional: it still orders startup, but its target's failure,
   * absence or externalization takes nothing down.
   *
   * @return a new dependency
   */
  public Dependency asOptional() {
    return ((ImmutableDependency) this).withRequired(false);
  }

  /**
   * Returns this dependency with another readiness.
   *
   * @param state how far the target must have come before the owner starts
   * @return a new dependency
   */
  public Dependency withReadiness(Readiness state) {
    return ((ImmutableDependency) this).withReadiness(state);
  }

  /**
   * Returns this dependency holding only when its target is present in the deployment: a
   * deployment that leaves the target out drops the edge without an error, one that has it keeps
   * the edge as it is (Compose's {@code required: false}).
   *
   * @return a new dependency
   */
  public Dependency whenPresent() {
    return ((ImmutableDependency) this).withOnlyIfPresent(true);
  }

  /**
   * Returns this dependency stating that its owner must restart when its target restarts
   * (Compose's {@code restart: true}). Restart plans of a topology where any dependency says
   * so follow these statements; see {@code RestartPlan}.
   *
   * @return a new dependency
   */
  public Dependency restartingWith() {
    return ((ImmutableDependency) this).withRestartsWith(true);
  }

  /**
   * Tells whether this dependency holds in a deployment.
   *
   * @param deployment the settings of one installation
   * @return true if it has no condition or its condition holds
   */
  public boolean holdsIn(Deployment deployment) {
    return condition().map(c -> c.holdsIn(deployment)).orElse(true);
  }

  /**
   * Tells whether this dependency holds in a deployment, given whether its target is present
   * there: it must hold by its condition, and, if it holds {@linkplain #onlyIfPresent() only
   * when its target is present}, the target must be.
   *
   * @param deployment the settings of one installation
   * @param targetPresent whether the target is present in that deployment
   * @return true if the edge holds
   */
  public boolean holdsIn(Deployment deployment, boolean targetPresent) {
    return (targetPresent || !onlyIfPresent()) && holdsIn(deployment);
  }

  /**
   * Builds a {@link Dependency}; the kind defaults to {@link DependencyKind#STARTUP}, required to
   * true, the readiness to {@link Readiness#STARTED}.
   */
  public static final class Builder extends ImmutableDependency.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(kind().name().toLowerCase(Locale.ROOT))
        .append(" -> ").append(target());
    StringBuilder notes = new StringBuilder();
    if (!required()) {
      notes.append("optional");
    }
    if (readiness() != Readiness.STARTED) {
      notes.append(notes.length() == 0 ? "" : ", ").append(readiness().description());
    }
    if (onlyIfPresent()) {
      notes.append(notes.length() == 0 ? "" : ", ").append("if present");
    }
    if (restartsWith()) {
      notes.append(notes.length() == 0 ? "" : ", ").append("restarts with it");
    }
    condition().ifPresent(c -> notes.append(notes.length() == 0 ? "" : ", ").append(c));
    return notes.length() == 0 ? text.toString() : text.append(" (").append(notes).append(')')
        .toString();
  }
}
