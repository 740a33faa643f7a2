package dev.topology.api;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A statement of the source that services it does not name depend on a service, such as
 * "Most of our services use the message queue."
 *
 * <p>The model keeps such a statement as it is, instead of inventing edges to particular services:
 * the engine reports it beside an impact as a system-wide risk.
 */
@Value.Immutable
public abstract class BroadDependents {
  BroadDependents() {}

  /**
   * Returns whether the unnamed services need the service to start or while they run.
   *
   * @return the kind
   */
  public abstract DependencyKind kind();

  /**
   * Returns the sentence of the source, verbatim or with its spelling corrected.
   *
   * @return the sentence
   */
  public abstract String citation();

  /**
   * Checks the values.
   *
   * @throws InvalidTopologyException if a value is missing or the citation is blank
   */
  @Value.Check
  protected void check() {
    Validation check = new Validation("A broad-dependents statement");
    check.required("kind", kind());
    if (check.required("citation", citation()) && citation().isBlank()) {
      check.add(Problem.Kind.MISSING_VALUE, "A broad-dependents statement has a blank citation.");
    }
    check.throwIfAny();
  }

  /**
   * Creates the statement.
   *
   * @param kind the kind of dependency the unnamed services have
   * @param citation the sentence of the source
   * @return the statement
   * @throws InvalidTopologyException if a value is missing or the citation is blank
   */
  public static BroadDependents of(DependencyKind kind, String citation) {
    return builder().kind(kind).citation(citation).build();
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
   * Returns a builder filled with this statement's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link BroadDependents}. */
  public static final class Builder extends ImmutableBroadDependents.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return "unnamed " + kind().name().toLowerCase(Locale.ROOT) + " dependents: \""
        + citation() + "\"";
  }
}
