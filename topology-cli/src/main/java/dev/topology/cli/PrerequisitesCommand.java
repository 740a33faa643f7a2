package dev.topology.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code prerequisites NAME}: everything a service needs, directly or not, before it starts. */
@Command(name = "prerequisites", description = "List everything a service needs, directly or"
    + " not, before it can start, in startup order.")
final class PrerequisitesCommand extends QueryCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "The service, by any of its names.")
  private String service;

  @Override
  Object json(Query query) {
    return query.graph().prerequisitesOf(service);
  }

  @Override
  void print(Query query, Printer out) {
    Reach.print(query, out, query.graph().prerequisitesOf(service), "Prerequisites of ");
  }
}
