package dev.topology.graph.triage;

import dev.topology.graph.InvalidQueryException;
import java.util.List;

/**
 * Thrown when triage refuses an observation that is not of the topology: most of its
 * containers name no service of it, or their Compose project labels name another project. A
 * verdict from such data would be confident and wrong (every service "down" for want of its
 * containers), so none is given; the caller should triage against the topology the containers
 * belong to.
 */
public class ForeignObservationException extends InvalidQueryException {
  private static final long serialVersionUID = 1L;

  private final transient List<String> unmatched;
  private final transient List<String> projects;

  /**
   * Creates the exception.
   *
   * @param message a full sentence that says why the observation is not of the topology
   * @param unmatched the containers that match no service of it, sorted
   * @param projects the Compose projects the containers' labels name, sorted
   */
  public ForeignObservationException(String message, List<String> unmatched,
      List<String> projects) {
    super(message);
    this.unmatched = List.copyOf(unmatched);
    this.projects = List.copyOf(projects);
  }

  /**
   * Returns the containers that match no service of the topology.
   *
   * @return an unmodifiable list of container names, sorted
   */
  public List<String> unmatched() {
    return unmatched;
  }

  /**
   * Returns the Compose projects the containers' labels name.
   *
   * @return an unmodifiable list of project names, sorted; empty if no container has the label
   */
  public List<String> projects() {
    return projects;
  }
}
