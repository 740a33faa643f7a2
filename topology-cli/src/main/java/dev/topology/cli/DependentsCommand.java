package dev.topology.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dependents NAME}: every service that needs a service, directly or not, to start. */
@Command(name = "dependents", description = "List every service that needs a service, directly"
    + " or not, to start, in startup order.")
final class DependentsCommand extends QueryCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "The service, by any of its names.")
  private String service;

  @Override
  Object json(Query query) {
    return query.graph().dependentsOf(service);
  }

  @Override
  void print(Query query, Printer out) {
    Reach.print(query, out, query.graph().dependentsOf(service), "Dependents of ");
  }
}
