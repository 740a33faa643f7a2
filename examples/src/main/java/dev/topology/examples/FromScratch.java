package dev.topology.examples;

import dev.topology.api.Dependency;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Lifecycle;
import dev.topology.api.Problem;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.Phase;

/**
 * A topology built from scratch with the builders: a small shop whose web front needs an API,
 * which needs a database migrated by a one-shot task, and talks to a payment service while it
 * runs.
 *
 * <pre>
 *   web --&gt; orders-api --&gt; orders-db --&gt; orders-migrator     (needs to start)
 *                  :
 *                  +......&gt; payments                        (talks to while running)
 * </pre>
 */
public final class FromScratch {
  private FromScratch() {}

  /**
   * Builds the shop, shows its plan and the impact of a failure, and a mistake caught.
   *
   * @param args none: a program that takes no arguments refuses any, exit code 2
   */
  public static void main(String[] args) {
    ExampleMain.noArguments("FromScratch", args);
    Topology shop = Topology.builder()
        .add(Service.builder().name("orders-db").image("postgres-16")
            .role("Keeps the orders.").failureEffect("No order can be placed or read.")
            .severity(Severity.HIGH).externalizable(true)
            .addDependencies(Dependency.startup("orders-migrator"))
            .build())
        .add(Service.builder().name("orders-migrator").severity(Severity.LOW)
            .lifecycle(Lifecycle.ONE_SHOT).build())
        .add(Service.builder().name("orders-api").severity(Severity.HIGH)
            .addDependencies(Dependency.startup("orders-db"),
                Dependency.runtime("payments", "The API charges each order through payments."))
            .build())
        .add(Service.of("payments", Severity.HIGH))
        .add(Service.of("web", Severity.MEDIUM, "orders-api"))
        .build();
    System.out.println(shop);

    TopologyGraph graph = TopologyGraph.of(shop);
    System.out.println(graph.startupPlan());
    System.out.println(graph.impact(Phase.STARTUP, "orders-migrator"));
    System.out.println(graph.impact(Phase.RUNTIME, "payments"));

    try {
      shop.withService(Service.of("reports", Severity.LOW, "orders-dbb", "reports"));
    } catch (InvalidTopologyException e) {
      for (Problem problem : e.problems()) {
        System.out.println(problem.kind() + ": " + problem.message());
      }
    }
    System.out.println(TopologyJson.write(shop.withoutService("payments")));
  }
}
