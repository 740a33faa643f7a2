package dev.topology.examples.cli;

import dev.topology.api.Deployment;
import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds and writes the {@code --json} documents.
 *
 * <p>Documents are trees whose object fields keep the order they were put in, written in the
 * layout of the library's own JSON (objects indented, arrays on one line) with {@code \n} line
 * ends whatever the platform, so that the same answer is the same bytes.
 */
final class JsonOutput {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final ObjectWriter WRITER = JsonMapper.builder().build().writer()
      .with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private JsonOutput() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static ArrayNode names(List<String> names) {
    ArrayNode array = NODES.arrayNode(names.size());
    names.forEach(array::add);
    return array;
  }

  /** The deployment with every declared choice set, as {@code choices} and {@code externalized}. */
  static ObjectNode deployment(Query query) {
    Deployment settled = query.topology().settle(query.deployment());
    ObjectNode node = object();
    ObjectNode choices = node.putObject("choices");
    settled.settings().forEach(choices::put);
    node.set("externalized", names(List.copyOf(settled.externalized())));
    return node;
  }

  static void print(Printer out, JsonNode document) {
    out.raw(WRITER.writeValueAsString(document));
    out.line();
  }
}
