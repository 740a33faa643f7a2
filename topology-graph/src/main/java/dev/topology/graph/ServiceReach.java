package dev.topology.graph;

import java.util.List;
import java.util.Objects;

/**
 * The services one service reaches through startup dependencies, one way: its {@linkplain
 * TopologyGraph#prerequisitesOf(String) prerequisites} (everything it needs, directly or not,
 * before it can start) or its {@linkplain TopologyGraph#dependentsOf(String) dependents}
 * (everything that needs it, directly or not, to start).
 *
 * <p>Immutable; equal when service, direction and services are.
 */
public final class ServiceReach {
  /** Which way the startup dependencies are followed. */
  public enum Direction {
    /** From the service to what it needs: its prerequisites. */
    PREREQUISITES,
    /** From the service to what needs it: its dependents. */
    DEPENDENTS
  }

  private final String service;
  private final Direction direction;
  private final List<String> services;

  ServiceReach(String service, Direction direction, List<String> services) {
    this.service = service;
    this.direction = direction;
    this.services = services;
  }

  /**
   * Returns the service asked about.
   *
   * @return its canonical name
   */
  public String service() {
    return service;
  }

  /**
   * Returns which way the startup dependencies were followed.
   *
   * @return the direction
   */
  public Direction direction() {
    return direction;
  }

  /**
   * Returns the services reached, as {@link TopologyGraph#prerequisites(String)} or {@link
   * TopologyGraph#dependents(String)} lists them.
   *
   * @return an unmodifiable list of canonical names in startup order
   */
  public List<String> services() {
    return services;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ServiceReach that && service.equals(that.service)
        && direction == that.direction && services.equals(that.services);
  }

  @Override
  public int hashCode() {
    return Objects.hash(service, direction, services);
  }

  /** Returns {@code web PREREQUISITES [db, migrate]}. */
  @Override
  public String toString() {
    return service + " " + direction + " " + services;
  }
}
