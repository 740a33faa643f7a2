package dev.topology.examples.cli;

import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.graph.startup.StartupPlan;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The shared answer of {@code prerequisites} and {@code dependents}: a list in startup order. */
final class Reach {
  private Reach() {}

  static JsonNode json(Query query, String asked, String field, List<String> names) {
    ObjectNode root = JsonOutput.object();
    root.put("service", query.graph().topology().service(asked).name());
    root.set(field, JsonOutput.names(names));
    return root;
  }

  static void print(Query query, Printer out, List<String> names, String title) {
    Topology topology = query.graph().topology();
    StartupPlan plan = query.graph().startupPlan();
    query.heading(out, title + ": " + (names.isEmpty() ? "none"
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
