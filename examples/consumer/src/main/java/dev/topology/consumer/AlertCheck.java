package dev.topology.consumer;

import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;

/**
 * Asks what else is hit when postgres is down at runtime, and checks that it runs the way it was
 * launched: {@code module-path} in a named module, {@code class-path} in the unnamed one.
 */
public final class AlertCheck {
  private AlertCheck() {}

  /**
   * Runs the check.
   *
   * @param args {@code module-path} or {@code class-path}
   */
  public static void main(String[] args) {
    String expected = args.length == 1 ? args[0] : "";
    String actual = AlertCheck.class.getModule().isNamed() ? "module-path" : "class-path";
    Impact impact = TopologyGraph.of(CircleCiServer2.topology()).impact(Phase.RUNTIME, "postgres");
    System.out.println("From the " + actual + ": postgres down at runtime hits "
        + impact.affectedNames().size() + " services: " + impact.affectedNames());
    if (!actual.equals(expected) || !impact.isAffected("frontend")) {
      System.err.println("Expected to run from the " + expected + " with frontend affected.");
      System.exit(1);
    }
  }
}
