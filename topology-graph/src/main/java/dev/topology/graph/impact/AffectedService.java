package dev.topology.graph.impact;

import dev.topology.graph.InvalidQueryException;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One service that an {@link Impact} takes down or puts at risk, with the path that explains
 * why.
 *
 * <p>The {@linkplain #path() path} runs from a failed service to this one, each service needing
 * the one before it (to start at {@link Phase#STARTUP}; to start or while running at {@link
 * Phase#RUNTIME}). It is a shortest such path; among several, the one breadth-first search finds
 * when it starts from the failed services in name order and visits dependents in name order. A
 * service taken down by a failed startup gate has the path {@code [gate, service]}.
 *
 * <p>Two are equal when name, severity, failure effect and path are. Immutable. The path is
 * built when asked for, in O(length), so that a report on a long chain costs linear memory.
 */
public final class AffectedService {
  private final Impact impact;
  private final int node;

  AffectedService(Impact impact, int node) {
    this.impact = impact;
    this.node = node;
  }

  /**
   * Returns the affected service's canonical name.
   *
   * @return the name
   */
  public String name() {
    return impact.index().name(node);
  }

  /**
   * Returns the affected service as the concrete topology has it.
   *
   * @return the service, severity settled for the deployment
   */
  public Service service() {
    return impact.index().service(node);
  }

  /**
   * Returns the affected service's own severity in the deployment.
   *
   * @return the severity
   */
  public Severity severity() {
    return service().severity();
  }

  /**
   * Returns what the source says happens when this service fails.
   *
   * @return the failure effect; empty text if the source gives none
   */
  public String failureEffect() {
    return service().failureEffect();
  }

  /**
   * Returns the shortest explaining path, from a failed service to this one.
   *
   * @return an unmodifiable list of at least two canonical names
   */
  public List<String> path() {
    List<String> path = new ArrayList<>();
    int v = node;
    while (v >= 0) {
      path.add(impact.index().name(v));
      v = impact.parent(v);
    }
    Collections.reverse(path);
    return Collections.unmodifiableList(path);
  }

  /**
   * Returns the service just before this one on its {@linkplain #path() path}: the failed
   * service or the other affected service whose failure reaches this one.
   *
   * <p>Cost: O(1). Every service before this one on the path is failed or affected, so
   * following {@code via} through {@link Impact#affected(String)} rebuilds any path, and a
   * report can explain every affected service in space linear in their number, where listing
   * every full path can take quadratic space (a chain of a million services has paths of every
   * length up to a million).
   *
   * @return a canonical name
   */
  public String via() {
    return impact.index().name(impact.parent(node));
  }

  /**
   * Returns the failed service the path starts from.
   *
   * <p>Cost: O(1), once the impact has settled every affected service's path in O(V) on the
   * first call of this or {@link #pathLength()}.
   *
   * @return a canonical name
   */
  public String cause() {
    return impact.index().name(impact.pathStart(node));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AffectedService that && name().equals(that.name())
        && severity() == that.severity() && failureEffect().equals(that.failureEffect())
        && path().equals(that.path());
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  /** Returns {@code web (HIGH) via db -> api -> web}. */
  @Override
  public String toString() {
    return name() + " (" + severity() + ") via " + Messages.path(path());
  }

  /**
   * Returns the number of services on the {@linkplain #path() path}, both ends included.
   *
   * <p>Cost: O(1), once the impact has settled every affected service's path in O(V) on the
   * first call of this or {@link #cause()}, so that a report on every affected service stays
   * linear where building every path can be quadratic.
   *
   * @return 2 or more
   */
  public int pathLength() {
    return impact.pathLength(node);
  }

  /**
   * Returns the end of the {@linkplain #path() path}: its last {@code most} services, ending at
   * this one; the whole path when it is not longer.
   *
   * <p>Cost: O(most).
   *
   * @param most the most services to return
   * @return an unmodifiable list of canonical names, from the earliest kept to this service
   * @throws InvalidQueryException if {@code most} is less than 1
   */
  public List<String> pathEnd(int most) {
    if (most < 1) {
      throw new InvalidQueryException("The end of a path must hold at least 1 service, not "
          + most + "; pathEnd(" + Math.max(2, most) + ") gives this service and the one before it.");
    }
    List<String> names = new ArrayList<>(Math.min(most, 16));
    int v = node;
    while (v >= 0 && names.size() < most) {
      names.add(impact.index().name(v));
      v = impact.parent(v);
    }
    Collections.reverse(names);
    return Collections.unmodifiableList(names);
  }
}
