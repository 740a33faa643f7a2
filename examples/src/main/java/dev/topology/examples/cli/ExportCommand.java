package dev.topology.examples.cli;

import dev.topology.api.json.TopologyJson;
import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code export}: the chosen topology in the library's JSON format, canonical (services by name,
 * dependencies and aliases sorted), so that a team can start its own file from the catalog and
 * read it back with {@code --topology}.
 *
 * <p>The topology is written as declared, conditions included: the deployment options choose
 * nothing here. The text is the same with or without {@code --json}, and never coloured.
 */
@Command(name = "export", description = {
    "Print the topology in the library's JSON format, canonical, to start a file of your own.",
    "Conditions on deployment choices are kept, whatever the deployment options say. Read the"
        + " file back with --topology FILE."})
final class ExportCommand extends QueryCommand {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static String text(Query query) {
    return TopologyJson.write(query.topology().canonical());
  }

  @Override
  JsonNode json(Query query) {
    return MAPPER.readTree(text(query));
  }

  @Override
  void print(Query query, Printer out) {
    String text = text(query);
    out.raw(text.endsWith("\n") ? text : text + "\n");
  }
}
