package dev.topology.graph.startup;

import dev.topology.api.TopologyException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.internal.Messages;
import java.util.List;

/**
 * Thrown by {@link TopologyGraph#of} when the startup dependencies form cycles, so that no
 * startup order exists.
 *
 * <p>It names every cycle, not an arbitrary one: {@link #cycles()} holds one {@link
 * StartupCycle} per group of services that need each other (each strongly connected component),
 * ordered by the group's first service name, each with a witness cycle and an edge whose removal
 * breaks it. Runtime interactions never cause it: services may talk to each other in circles
 * once they run.
 *
 * <pre>{@code
 * The startup dependencies form a cycle, so no startup order exists:
 * a -> b -> c -> a (removing the dependency c -> a breaks it).
 * }</pre>
 */
public class StartupCycleException extends TopologyException {
  private static final long serialVersionUID = 1L;

  private final transient List<StartupCycle> cycles;

  StartupCycleException(List<StartupCycle> cycles) {
    super(Messages.cycles(cycles));
    this.cycles = List.copyOf(cycles);
  }

  /**
   * Returns every cycle found, one per group of services that need each other.
   *
   * @return an unmodifiable, non-empty list, ordered by each group's first service name
   */
  public List<StartupCycle> cycles() {
    return cycles;
  }
}
