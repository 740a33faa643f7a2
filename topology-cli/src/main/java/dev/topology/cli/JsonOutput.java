package dev.topology.cli;

import dev.topology.api.Deployment;
import dev.topology.formats.json.TopologyAnswersModule;
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
 * Writes the {@code --json} documents: the engine's answers as the library's {@link
 * TopologyAnswersModule} writes them, and the few documents of the tool's own (what it was
 * asked about, beside an answer).
 *
 * <p>Documents are written in the layout of the library's own JSON (objects indented, arrays on
 * one line) with {@code \n} line ends whatever the platform, so that the same answer is the same
 * bytes.
 */
final class JsonOutput {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new TopologyAnswersModule()).build();

  private static final ObjectWriter WRITER = MAPPER.writer()
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

  /** An answer of the engine as a tree, to put in a document of the tool's own. */
  static JsonNode tree(Object answer) {
    return MAPPER.valueToTree(answer);
  }

  /**
   * The deployment with every declared choice set, as {@code choices} and {@code
   * externalized}.
   */
  static JsonNode deployment(Query query) {
    Deployment settled = query.topology().settle(query.deployment());
    return tree(settled);
  }

  /** Writes an answer of the engine, or a document of the tool's own, and ends the line. */
  static void print(Printer out, Object document) {
    out.raw(WRITER.writeValueAsString(document));
    out.line();
  }
}
