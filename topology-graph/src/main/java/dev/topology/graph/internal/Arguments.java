package dev.topology.graph.internal;

import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.startup.Phase;
import java.util.Arrays;
import java.util.Collection;

/** Checks the arguments shared by several queries, with the messages of {@link Messages}. */
public final class Arguments {
  public static final Query IMPACT = new Query("impact", "An impact", "failed",
      "impact(Phase.STARTUP, \"db\")");
  public static final Query ROOT_CAUSES = new Query("rootCauses", "A root-cause search", "observed",
      "rootCauses(Phase.RUNTIME, \"api\", \"web\")");
  public static final Query RESTART = new Query("restartPlan", "A restart plan", "restarted",
      "restartPlan(\"db\")");
  public static final Query BLAST_RADIUS = new Query("blastRadius", "A blast radius", "", "");
  public static final Query FAILURE_VIEW =
      new Query("failures", "A JGraphT view of failures", "", "");

  private Arguments() {}

  /**
   * How a query names itself in messages.
   *
   * @param method the method, as in "passed to impact"
   * @param what the query as a subject, as in "An impact needs ..."
   * @param which the role of the services it takes, as in "the failed services"
   * @param example a call that would be valid
   */
  public record Query(String method, String what, String which, String example) {}

  public static Phase phase(Phase phase, Query query) {
    if (phase == null) {
      throw new InvalidQueryException(Messages.nullPhase(query.what()));
    }
    return phase;
  }

  /** Resolves a collection of names to sorted, distinct nodes; at least one. */
  public static int[] nodes(GraphIndex g, Collection<?> names, Query query) {
    if (names == null) {
      throw new InvalidQueryException(Messages.nullServices(query.what(), query.which()));
    }
    // A snapshot, so that a collection changed meanwhile cannot overrun the array.
    Object[] given = names.toArray();
    if (given.length == 0) {
      throw new InvalidQueryException(
          Messages.noService(query.what(), query.which(), query.example()));
    }
    int[] nodes = new int[given.length];
    int k = 0;
    for (Object name : given) {
      if (name != null && !(name instanceof String)) {
        throw new InvalidQueryException(Messages.notAName(query.what(), name));
      }
      nodes[k++] = g.indexOf((String) name, query.method());
    }
    Arrays.sort(nodes);
    int distinct = nodes.length == 0 ? 0 : 1;
    for (int i = 1; i < nodes.length; i++) {
      if (nodes[i] != nodes[distinct - 1]) {
        nodes[distinct++] = nodes[i];
      }
    }
    return distinct == nodes.length ? nodes : Arrays.copyOf(nodes, distinct);
  }
}
