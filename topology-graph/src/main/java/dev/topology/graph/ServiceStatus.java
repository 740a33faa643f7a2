package dev.topology.graph;

import dev.topology.api.Lifecycle;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Severity;
import java.util.List;

/**
 * What {@link Triage} concludes about one service of the installation, and from which
 * containers.
 *
 * @param service the canonical name
 * @param lifecycle how long it runs
 * @param severity its own severity in this deployment
 * @param verdict what triage concludes
 * @param containers the containers seen for it, by name; empty when none was seen
 * @param reason the verdict's grounds for people, such as {@code "exited (137)"} or {@code "1 of
 *     2 containers up; shop-web-2 exited (1)"}
 */
public record ServiceStatus(String service, Lifecycle lifecycle, Severity severity,
    Verdict verdict, List<ObservedContainer> containers, String reason) {

  /**
   * Creates a status.
   *
   * @param service the canonical name
   * @param lifecycle how long it runs
   * @param severity its own severity in this deployment
   * @param verdict what triage concludes
   * @param containers the containers seen for it
   * @param reason the verdict's grounds for people
   */
  public ServiceStatus {
    containers = containers == null ? List.of() : List.copyOf(containers);
  }

  /**
   * Returns how many of its containers serve.
   *
   * @return the count of containers that run and are not unhealthy
   */
  public int containersUp() {
    return (int) containers.stream().filter(ObservedContainer::isUp).count();
  }

  @Override
  public String toString() {
    return service + " " + verdict.words() + ": " + reason;
  }
}
