package dev.topology.cli;

import dev.topology.api.Topology;
import dev.topology.graph.startup.StartupPlan;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code plan}: the startup order and the parallel waves, with the external services the plan
 * takes as given.
 */
@Command(name = "plan", description = "Show the startup order and the parallel waves: each wave"
    + " can start together once the earlier waves are up.")
final class PlanCommand extends QueryCommand {

  @Override
  Object json(Query query) {
    return query.graph().startupPlan();
  }

  @Override
  void print(Query query, Printer out) {
    StartupPlan plan = query.graph().startupPlan();
    Topology topology = query.graph().topology();
    List<String> external = plan.externalPrerequisites();
    query.heading(out, "Startup plan: " + Counts.of(plan.order().size(), "service") + " in "
        + Counts.of(plan.waves().size(), "wave") + (external.isEmpty() ? ""
            : "; run outside and up before wave 0: " + String.join(", ", external)));
    Table table = Table.of("WAVE", "SERVICE", "SEVERITY", "LIFECYCLE");
    for (int k = 0; k < plan.waves().size(); k++) {
      boolean first = true;
      for (String name : plan.waves().get(k)) {
        table.row(first ? String.valueOf(k) : "", name, topology.service(name).severity(),
            Lifecycles.of(topology.service(name)));
        first = false;
      }
    }
    out.line();
    table.print(out);
  }
}
