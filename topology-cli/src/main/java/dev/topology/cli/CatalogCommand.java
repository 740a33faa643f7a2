package dev.topology.cli;

import dev.topology.api.Service;
import dev.topology.api.Topology;
import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code catalog}: every service of the topology as the deployment has it, with its severity,
 * lifecycle, placement and startup dependencies.
 *
 * <p>It needs no startup order, so it lists a topology whose startup dependencies form a cycle.
 */
@Command(name = "catalog", description = "List the services with their severities, lifecycles"
    + " and startup dependencies, as resolved for the deployment.")
final class CatalogCommand extends QueryCommand {

  @Override
  Object json(Query query) {
    return Json.of(query);
  }

  /** The JSON answer, in a class of its own: a table loads none of the JSON classes. */
  private static final class Json {
    private Json() {}

    static JsonNode of(Query query) {
      ArrayNode services = JsonOutput.array();
      for (Service service : query.resolved().services()) {
        ObjectNode node = services.addObject();
        node.put("name", service.name());
        node.put("image", service.image().orElse(null));
        node.set("aliases", JsonOutput.names(service.aliases()));
        node.put("severity", service.severity().name());
        node.put("externalizable", service.externalizable());
        node.put("external", service.external());
        node.put("lifecycle", service.lifecycle().name());
        node.put("startupGate", service.startupGate());
        node.set("startupDependencies", JsonOutput.names(query.startupDependencies(service)));
        node.put("role", service.role());
        node.put("failureEffect", service.failureEffect());
      }
      ObjectNode root = JsonOutput.object();
      root.set("deployment", JsonOutput.deployment(query));
      root.set("services", services);
      return root;
    }
  }

  @Override
  void print(Query query, Printer out) {
    Topology topology = query.resolved();
    query.heading(out, "Catalog: " + Counts.of(topology.size(), "service"));
    // Images make the table too wide for a terminal; --wide shows them.
    boolean images = out.width() > Printer.WIDTH;
    Table table = images
        ? Table.of("SERVICE", "IMAGE", "SEVERITY", "LIFECYCLE", "EXTERNAL", "NEEDS TO START")
        : Table.of("SERVICE", "SEVERITY", "LIFECYCLE", "EXTERNAL", "NEEDS TO START");
    for (Service service : topology.services()) {
      String needs = String.join(", ", query.startupDependencies(service));
      if (images) {
        table.row(service.name(), service.image().orElse(""), service.severity(),
            Lifecycles.of(service), placement(service), needs);
      } else {
        table.row(service.name(), service.severity(), Lifecycles.of(service), placement(service),
            needs);
      }
    }
    out.line();
    table.print(out);
    if (!images) {
      out.line();
      out.line(out.dim("EXTERNAL: yes runs outside, possible may run outside."
          + " --wide adds each service's image."));
    }
  }

  /** Whether the service runs outside: yes, possible (it may be moved out), or no. */
  private static String placement(Service service) {
    if (service.external()) {
      return "yes";
    }
    return service.externalizable() ? "possible" : "no";
  }
}
