package dev.topology.graph;

import dev.topology.api.Severity;
import java.util.List;

/**
 * One root cause that {@link Triage} found among the failed services, and the other failures it
 * explains (the failed services its own failure takes down in the phase).
 *
 * @param service the canonical name of the failed service
 * @param severity its own severity
 * @param explains the other failed services its failure takes down, sorted by name
 */
public record TriageCause(String service, Severity severity, List<String> explains) {

  /**
   * Creates a cause.
   *
   * @param service the canonical name of the failed service
   * @param severity its own severity
   * @param explains the other failed services its failure takes down
   */
  public TriageCause {
    explains = explains == null ? List.of() : List.copyOf(explains);
  }

  @Override
  public String toString() {
    return service + " (" + severity + ")"
        + (explains.isEmpty() ? "" : " explains " + String.join(", ", explains));
  }
}
