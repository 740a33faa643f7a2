package dev.topology.cli;

import dev.topology.api.Deployment;
import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import java.util.List;
import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code export}: the chosen topology in the library's JSON format, canonical (services by name,
 * dependencies and aliases sorted), so that a team can start its own file from the catalog or
 * from a Compose file and read it back with {@code --topology}.
 *
 * <p>Without deployment options the topology is written as declared, conditions included. With
 * them ({@code --choose}, {@code --profile}, {@code --externalize}, or the {@code
 * COMPOSE_PROFILES} of a Compose project's {@code .env}) it is written as that deployment has
 * it: absent services dropped, conditions settled, and no choices, since that installation has
 * none left to make (a file that kept them would let {@code --choose} change nothing). The text
 * is the same with or without {@code --json}, and never coloured.
 */
@Command(name = "export", description = {
    "Print the topology in the library's JSON format, canonical, to start a file of your own.",
    "Without deployment options, as declared, conditions included; with them (--choose,"
        + " --profile, --externalize, COMPOSE_PROFILES), as that deployment has it, with no"
        + " choices left. Read the file back with --topology FILE."})
final class ExportCommand extends QueryCommand {
  private static String text(Query query) {
    if (query.deployment().equals(Deployment.defaults())) {
      return TopologyJson.write(query.topology().canonical());
    }
    return TopologyJson.write(Topology.of(List.of(), query.resolved().services()).canonical());
  }

  @Override
  JsonNode json(Query query) {
    // A mapper only when asked: building one at class load would slow every command's start.
    return JsonMapper.builder().build().readTree(text(query));
  }

  @Override
  void print(Query query, Printer out) {
    String text = text(query);
    out.raw(text.endsWith("\n") ? text : text + "\n");
  }
}
