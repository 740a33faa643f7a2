package dev.topology.cli;

import dev.topology.api.Topology;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.restart.RestartRule;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code restart NAME}: the services that must restart after one restarts while the system
 * runs, in startup order and in waves, each with the path that puts it at risk.
 *
 * <p>The plan follows the topology's declarations where any dependency declares a restart
 * (Compose {@code restart: true}), and says so; the services at risk that declare none are
 * listed to check. The table goes wave by wave, each wave by name as {@code plan} shows it; the JSON also
 * gives the startup order, in which restarting one service at a time is safe. The JSON leaves
 * out the paths, which {@code impact NAME --json} gives: on a long chain their total length
 * grows with the square of the number of services.
 */
@Command(name = "restart", description = {
    "List what must restart after a service restarts while the system runs, in waves.",
    "Each service comes with the path that explains why. One-shot tasks and startup-only"
        + " services did their work at startup and do not rerun.",
    "Where the topology declares restarts (Compose depends_on restart: true), only those"
        + " restart and the other services at risk are listed to check."})
final class RestartCommand extends QueryCommand {
  @Parameters(index = "0", paramLabel = "NAME",
      description = "The restarted service, by any of its names.")
  private String service;

  @Override
  Object json(Query query) {
    return query.graph().restartPlan(service);
  }

  @Override
  void print(Query query, Printer out) {
    RestartPlan plan = query.graph().restartPlan(service);
    Topology topology = query.graph().topology();
    String restarted = plan.restarted().get(0);
    int count = plan.order().size();
    query.heading(out, "Restart of " + restarted + " (" + out.severity(
        topology.service(restarted).severity()) + ") while running: " + (count == 0
            ? "nothing else needs to restart"
            : Counts.of(count, "service") + " to restart in " + Counts.of(plan.waves().size(),
                "wave"))
        + declared(plan, restarted, count));
    if (count > 0) {
      Map<String, List<String>> paths = paths(plan);
      Table table = Table.of("WAVE", "SERVICE", "SEVERITY", "PATH");
      for (int k = 0; k < plan.waves().size(); k++) {
        boolean first = true;
        for (String name : plan.waves().get(k)) {
          table.row(first ? String.valueOf(k) : "", name, topology.service(name).severity(),
              String.join(" -> ", paths.get(name)));
          first = false;
        }
      }
      out.line();
      table.print(out);
    }
    if (!plan.toCheck().isEmpty()) {
      out.line();
      out.line("At risk, declare no restart, to check: " + String.join(", ", plan.toCheck()));
    }
    if (!plan.externalDependents().isEmpty()) {
      out.line();
      out.line("Run outside and at risk, for their operators to restart: "
          + String.join(", ", plan.externalDependents()));
    }
  }

  /**
   * What the declared rule means here. The rule holds for the whole topology once any
   * dependency declares a restart, so with nothing to restart it says that none is declared
   * on this service rather than that one was.
   */
  private static String declared(RestartPlan plan, String restarted, int count) {
    if (plan.rule() != RestartRule.DECLARED) {
      return "";
    }
    return count == 0 ? ": no service declares it restarts with " + restarted
        + " (restart: true)" : ", as declared (restart: true)";
  }

  /** Why each service must restart: the path from the restarted service to it. */
  private static Map<String, List<String>> paths(RestartPlan plan) {
    Map<String, List<String>> paths = new HashMap<>();
    for (AffectedService affected : plan.impact().affected()) {
      paths.put(affected.name(), affected.path());
    }
    return paths;
  }
}
