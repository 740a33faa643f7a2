package dev.topology.graph.impact;

import dev.topology.api.BroadDependents;
import dev.topology.api.DependencyKind;
import org.immutables.value.Value;

/**
 * A system-wide risk beside an {@link Impact}: the source says that services it does not name
 * depend on a failed service, such as a queue's "Most of our services use it." The engine
 * reports the statement as it is and invents no edge to any particular service, so the services
 * it stands for are not among the affected ones.
 *
 * <p>Immutable.
 */
@Value.Immutable
public abstract class ImpactNote {

  ImpactNote() {}

  /**
   * Returns the failed service the statement is about.
   *
   * @return a canonical name
   */
  public abstract String service();

  /**
   * Returns whether the unnamed services need it to start or while running.
   *
   * @return the kind of dependency the statement describes
   */
  public abstract DependencyKind kind();

  /**
   * Returns the sentence of the source.
   *
   * @return the citation
   */
  public abstract String citation();

  /**
   * Returns the note of a failed service.
   *
   * @param service the failed service, by canonical name
   * @param statement the source's statement about its unnamed dependents
   * @return the note
   */
  public static ImpactNote of(String service, BroadDependents statement) {
    return builder().service(service).kind(statement.kind()).citation(statement.citation())
        .build();
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
    return ImpactNote.builder().from(this);
  }

  /** The builder of {@link ImpactNote}s. */
  public static final class Builder extends ImmutableImpactNote.Builder {
    Builder() {}
  }

  /** Returns {@code queue: unnamed runtime dependents: "Most of our services ..."}. */
  @Override
  public String toString() {
    return service() + ": " + BroadDependents.of(kind(), citation());
  }
}
