package dev.topology.examples.cli;

import dev.topology.api.json.TopologyJson;
import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code export}: the chosen topology, as the chosen deployment has it, in the library's JSON
 * format, so that a Compose file (with its profiles) can be read back with {@code --topology}.
 */
@Command(name = "export", description = "Print the chosen topology, resolved against the"
    + " chosen deployment, in the library's JSON format (readable with --topology).")
final class ExportCommand extends QueryCommand {

  @Override
  JsonNode json(Query query) {
    return JsonMapper.builder().build().readTree(text(query));
  }

  @Override
  void print(Query query, Printer out) {
    out.line(text(query));
  }

  private static String text(Query query) {
    return TopologyJson.write(query.resolved().canonical());
  }
}
