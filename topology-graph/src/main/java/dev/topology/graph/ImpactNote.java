package dev.topology.graph;

import dev.topology.api.BroadDependents;
import dev.topology.api.DependencyKind;
import java.util.Objects;

/**
 * A system-wide risk beside an {@link Impact}: the source says that services it does not name
 * depend on a failed service, such as a queue's "Most of our services use it." The engine reports the statement as it is and invents no edge to any particular
 * service, so the services it stands for are not among the affected ones.
 *
 * <p>Immutable.
 */
public final class ImpactNote {
  private final String service;
  private final BroadDependents statement;

  ImpactNote(String service, BroadDependents statement) {
    this.service = service;
    this.statement = statement;
  }

  /**
   * Returns the failed service the statement is about.
   *
   * @return a canonical name
   */
  public String service() {
    return service;
  }

  /**
   * Returns whether the unnamed services need it to start or while running.
   *
   * @return the kind of dependency the statement describes
   */
  public DependencyKind kind() {
    return statement.kind();
  }

  /**
   * Returns the sentence of the source.
   *
   * @return the citation
   */
  public String citation() {
    return statement.citation();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImpactNote that && service.equals(that.service)
        && statement.equals(that.statement);
  }

  @Override
  public int hashCode() {
    return Objects.hash(service, statement);
  }

  /** Returns {@code queue: unnamed runtime dependents: "Most of our services ..."}. */
  @Override
  public String toString() {
    return service + ": " + statement;
  }
}
