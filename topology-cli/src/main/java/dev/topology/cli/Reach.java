package dev.topology.cli;

import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.graph.ServiceReach;
import dev.topology.graph.startup.StartupPlan;
import java.util.List;

/** The text of {@code prerequisites} and {@code dependents}: a list in startup order. */
final class Reach {
  private Reach() {}

  static void print(Query query, Printer out, ServiceReach reach, String title) {
    Topology topology = query.graph().topology();
    StartupPlan plan = query.graph().startupPlan();
    List<String> names = reach.services();
    query.heading(out, title + reach.service() + ": " + (names.isEmpty() ? "none"
        : Counts.of(names.size(), "service") + ", in startup order"));
    if (names.isEmpty()) {
      return;
    }
    Table table = Table.of("SERVICE", "SEVERITY", "WAVE");
    for (String each : names) {
      Service service = topology.service(each);
      table.row(each, service.severity(),
          plan.waveOf(each).stream().mapToObj(String::valueOf).findFirst().orElse("external"));
    }
    out.line();
    table.print(out);
  }
}
