package dev.topology.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code prerequisites NAME}: everything a service needs, directly or not, before it starts. */
@Command(name = "prerequisites", description = "List everything a service needs, directly or"
    + " not, before it can start, in startup order.")
final class PrerequisitesCommand extends QueryCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "The service, by any of its names.")
  private String service;

  @Override
  JsonNode json(Query query) {
    return Reach.json(query, service, "prerequisites", query.graph().prerequisites(service));
  }

  @Override
  void print(Query query, Printer out) {
    List<String> names = query.graph().prerequisites(service);
    Reach.print(query, out, names, "Prerequisites of " + query.graph().topology().service(service).name());
  }
}
