package dev.topology.api;

import org.immutables.value.Value;

/**
 * A statement of the source that services it does not name depend on a service, such as
 * "Most of our services use RabbitMQ for queueing."
 *
 * <p>The model keeps such a statement as it is, instead of inventing edges to particular services:
 * the engine reports it beside an impact as a system-wide risk.
 *
 * @param kind whether the unnamed services need the service to start or while they run
 * @param citation the sentence of the source, verbatim or with its spelling corrected
 */
@Value.Builder
public record BroadDependents(DependencyKind kind, String citation) {

  /**
   * Creates the statement.
   *
   * @param kind whether the unnamed services need the service to start or while they run
   * @param citation the sentence of the source, verbatim or with its spelling corrected
   * @throws InvalidTopologyException if a value is missing or the citation is blank
   */
  public BroadDependents {
    Validation check = new Validation("A broad-dependents statement");
    check.required("kind", kind);
    if (check.required("citation", citation) && citation.isBlank()) {
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
   */
  public static BroadDependents of(DependencyKind kind, String citation) {
    return new BroadDependents(kind, citation);
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
  public static final class Builder extends BroadDependentsBuilder {
    Builder() {}
  }

  @Override
  public String toString() {
    return "unnamed " + kind.name().toLowerCase(java.util.Locale.ROOT) + " dependents: \""
        + citation + "\"";
  }
}
