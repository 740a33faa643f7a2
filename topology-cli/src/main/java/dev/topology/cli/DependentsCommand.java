package dev.topology.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/** {@code dependents NAME}: every service that needs a service, directly or not, to start. */
@Command(name = "dependents", description = "List every service that needs a service, directly"
    + " or not, to start, in startup order.")
final class DependentsCommand extends QueryCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "The service, by any of its names.")
  private String service;

  @Override
  JsonNode json(Query query) {
    return Reach.json(query, service, "dependents", query.graph().dependents(service));
  }

  @Override
  void print(Query query, Printer out) {
    List<String> names = query.graph().dependents(service);
    Reach.print(query, out, names, "Dependents of " + query.graph().topology().service(service).name());
  }
}
