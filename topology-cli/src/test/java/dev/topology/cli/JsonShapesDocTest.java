package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON shape docs/cli.md and docs/triage.md document is the shape the library's answer
 * writer writes for a real answer: the same field names in the same order, at every level of
 * nesting the docs show, and no field the docs leave out. The answers are chosen so that every
 * documented list of objects holds one, and the test fails if one stays unchecked.
 */
class JsonShapesDocTest {
  private static final Path SHAPES = Path.of("..", "docs", "cli.md");
  private static final Path TRIAGE = Path.of("..", "docs", "triage.md");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** For each documented command, the questions whose answers fill every documented list. */
  private static final Map<String, List<String>> ASKED = new LinkedHashMap<>();

  static {
    ASKED.put("catalog", List.of("catalog"));
    ASKED.put("plan", List.of("plan"));
    ASKED.put("impact", List.of("impact rabbitmq", "impact postgres"));
    ASKED.put("prerequisites", List.of("prerequisites frontend"));
    ASKED.put("dependents", List.of("dependents postgres"));
    ASKED.put("restart", List.of("restart postgres"));
    ASKED.put("root-cause", List.of("root-cause api-service frontend"));
    ASKED.put("blast-radius", List.of("blast-radius"));
    ASKED.put("availability", List.of("availability --default 99.9%,mttr=10m --figure"
        + " postgres=mttf=30d,mttr=15m --what-if postgres=99.99% --recovery postgres"
        + " --start-default 5s --simulate --years 10"));
    ASKED.put("lint", List.of("lint --compose src/test/resources/compose-small.yml"));
    ASKED.put("diff", List.of("diff --against-ldap --against-s3 --against-externalize postgres",
        "diff --topology src/test/resources/webstack.json --against-choose cache=off"
            + " --against-choose tier=large"));
    ASKED.put("graph", List.of("graph"));
    ASKED.put("export", List.of("export --format backstage", "export --format structurizr"));
  }

  @Test
  void cliShapes_everyDocumentedShape_isWhatTheWriterWrites() throws IOException {
    String doc = Files.readString(SHAPES, StandardCharsets.UTF_8);
    Set<String> unchecked = new LinkedHashSet<>();
    for (Map.Entry<String, List<String>> command : ASKED.entrySet()) {
      Shape documented = documented(doc, command.getKey());
      Set<String> nested = new LinkedHashSet<>();
      documented.nestedPaths(command.getKey(), nested);
      for (String question : command.getValue()) {
        JsonNode answer = answer(question);
        compare(documented, answer, command.getKey(), nested);
      }
      unchecked.addAll(nested);
    }
    assertThat(unchecked).as("documented lists of objects that no answer filled").isEmpty();
  }

  @Test
  void triageShape_isWhatTheWriterWrites() throws IOException {
    String doc = Files.readString(TRIAGE, StandardCharsets.UTF_8);
    int start = doc.indexOf("```json", doc.indexOf("## The JSON answer")) + "```json".length();
    Shape documented = example(MAPPER.readTree(doc.substring(start, doc.indexOf("```", start))));
    Set<String> nested = new LinkedHashSet<>();
    documented.nestedPaths("triage", nested);
    String captures = "../topology-formats/src/test/resources/docker/";
    for (String capture : List.of("src/test/resources/catalog-postgres-exited.jsonl",
        captures + "catalog-logrotate-down.jsonl")) {
      compare(documented, answer("triage --docker-ps " + capture), "triage", nested);
    }
    assertThat(nested).as("documented lists of objects that no answer filled").isEmpty();
  }

  /** The shape of a documented example: its fields, and its lists' first objects. */
  private static Shape example(JsonNode node) {
    Shape shape = new Shape();
    for (var entry : node.properties()) {
      JsonNode value = entry.getValue();
      Shape inner = null;
      // An empty object, such as switchedOn, maps names to values: data, not fields.
      if (value.isObject() && !value.isEmpty()) {
        inner = example(value);
      } else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
        inner = example(value.get(0));
        inner.list = true;
      }
      shape.fields.put(entry.getKey(), inner);
    }
    return shape;
  }

  private static JsonNode answer(String question) {
    Cli.Result result = Cli.run((question + " --json").split(" "));
    assertThat(result.code()).as("%s --json: %s", question, result.err()).isZero();
    return MAPPER.readTree(result.out());
  }

  private static void compare(Shape shape, JsonNode node, String where, Set<String> nested) {
    assertThat(node.isObject()).as("%s is an object", where).isTrue();
    assertThat(List.copyOf(node.propertyNames())).as("the fields of %s as docs/cli.md lists"
        + " them", where).containsExactlyElementsOf(shape.fields.keySet());
    shape.fields.forEach((field, inner) -> {
      if (inner == null) {
        return;
      }
      JsonNode value = node.get(field);
      String path = where + "." + field;
      if (inner.list) {
        assertThat(value.isArray()).as("%s is a list", path).isTrue();
        for (JsonNode element : value) {
          nested.remove(path);
          compare(inner, element, path + "[]", nested);
        }
      } else {
        compare(inner, value, path, nested);
      }
    });
  }

  /** The shape of a command, from its bullet: its code block, else its first inline object. */
  private static Shape documented(String doc, String command) {
    int start = doc.indexOf("\n- `" + command + "`");
    assertThat(start).as("docs/cli.md describes %s", command).isNotNegative();
    int end = doc.indexOf("\n- `", start + 1);
    String bullet = doc.substring(start, end < 0 ? doc.length() : end);
    String text;
    int block = bullet.indexOf("```");
    if (block >= 0) {
      int from = bullet.indexOf('\n', block) + 1;
      text = bullet.substring(from, bullet.indexOf("```", from));
    } else {
      int from = bullet.indexOf("`{\"") + 1;
      text = bullet.substring(from, bullet.indexOf('`', from));
    }
    Shape shape = new Parser(text).object();
    // lint: the compose findings, documented as a fragment after the findings' shape.
    int compose = bullet.indexOf("`\"compose\": ");
    if (compose >= 0) {
      String fragment = bullet.substring(compose + 1, bullet.indexOf('`', compose + 1));
      shape.fields.putAll(new Parser("{" + fragment + "}").object().fields);
    }
    return shape;
  }

  /** Documented fields; null for a field whose value the docs do not break down. */
  static final class Shape {
    final Map<String, Shape> fields = new LinkedHashMap<>();
    boolean list;

    void nestedPaths(String where, Set<String> paths) {
      fields.forEach((field, inner) -> {
        if (inner != null) {
          if (inner.list) {
            paths.add(where + "." + field);
          }
          inner.nestedPaths(where + "." + field + (inner.list ? "[]" : ""), paths);
        }
      });
    }
  }

  /**
   * Reads docs/cli.md's notation: {@code {"a", "b": [names], "c": [{"d"}], "e": {"f"}}}. A
   * quoted word is a field unless it follows a colon; a value is an object, a list whose first
   * element is an object, or words that are skipped. {@code {"name": "value"}} stands for a map
   * of the topology's own names, whose keys are data.
   */
  static final class Parser {
    private final String text;
    private int at;

    Parser(String text) {
      this.text = text;
    }

    Shape object() {
      expect('{');
      Shape shape = new Shape();
      while (true) {
        skipSpace();
        if (peek() == '}') {
          at++;
          break;
        }
        String field = quoted();
        skipSpace();
        Shape inner = null;
        if (peek() == ':') {
          at++;
          inner = value();
        }
        shape.fields.put(field, inner);
        skipSpace();
        if (peek() == ',') {
          at++;
        }
      }
      if (shape.fields.size() == 1 && shape.fields.containsKey("name")
          && text.substring(0, at).endsWith("\"value\"}")) {
        return null;
      }
      return shape;
    }

    private Shape value() {
      skipSpace();
      if (peek() == '{') {
        return object();
      }
      if (peek() == '[') {
        at++;
        skipSpace();
        Shape element = null;
        if (peek() == '{') {
          element = object();
          if (element != null) {
            element.list = true;
          }
        }
        skipTo(']');
        return element;
      }
      // Words such as "DOT" or "MERMAID": up to the next comma or brace at this level.
      while (peek() != ',' && peek() != '}') {
        if (peek() == '"') {
          quoted();
        } else {
          at++;
        }
      }
      return null;
    }

    private void skipTo(char close) {
      int depth = 0;
      while (true) {
        char c = text.charAt(at++);
        if (c == '[' || c == '{') {
          depth++;
        } else if (c == ']' || c == '}') {
          if (depth == 0 && c == close) {
            return;
          }
          depth--;
        }
      }
    }

    private String quoted() {
      expect('"');
      int end = text.indexOf('"', at);
      String word = text.substring(at, end);
      at = end + 1;
      return word;
    }

    private void expect(char c) {
      skipSpace();
      assertThat(peek()).as("'%s' at %d of %s", c, at, text).isEqualTo(c);
      at++;
    }

    private char peek() {
      return text.charAt(at);
    }

    private void skipSpace() {
      while (Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }
  }
}
