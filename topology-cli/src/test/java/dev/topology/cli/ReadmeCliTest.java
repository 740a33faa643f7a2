package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * README's "Command-line tool" section, with the JSON shapes it links to, names every field each
 * command writes as JSON.
 */
class ReadmeCliTest {
  private static final Path README = Path.of("..", "README.md");

  /** Triage's JSON shape, which README's Triage section links to. */
  private static final Path TRIAGE = Path.of("..", "docs", "triage.md");

  /** The tool's JSON shapes, which README's section links to. */
  private static final Path SHAPES = Path.of("..", "docs", "cli.md");

  private static String section() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf("## Command-line tool");
    assertThat(start).as("a section '## Command-line tool' in %s", README).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end)
        + Files.readString(SHAPES, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"catalog", "plan", "impact rabbitmq", "prerequisites api-service",
      "dependents postgres", "restart postgres", "root-cause api-service cron-service",
      "blast-radius", "lint", "diff --against-ldap --against-s3 --against-externalize postgres",
      "graph"})
  void jsonFields_areDocumented(String command) throws IOException {
    String[] args = (command + " --json").split(" ");
    JsonNode answer = JsonMapper.builder().build().readTree(Cli.run(args).out());
    Set<String> fields = new TreeSet<>();
    collect(answer, fields);
    String section = section();
    assertThat(section).contains("`" + command.split(" ")[0]);
    for (String field : fields) {
      assertThat(section).as("the README documents the field '%s' of %s", field, command)
          .contains("\"" + field + "\"");
    }
  }

  /** README's triage section shows the whole shape of {@code triage --json}. */
  @org.junit.jupiter.api.Test
  void triageJsonFields_areAllInTheDocumentedShape() throws IOException {
    Path capture = Path.of("src", "test", "resources", "catalog-postgres-exited.jsonl");
    JsonNode answer = JsonMapper.builder().build().readTree(Cli.run("triage", "--docker-ps",
        capture.toString(), "--json").out());
    Set<String> fields = new TreeSet<>();
    collect(answer, fields);
    String triage = Files.readString(TRIAGE, StandardCharsets.UTF_8);
    int start = triage.indexOf("## The JSON answer");
    assertThat(start).as("a section '## The JSON answer' in %s", TRIAGE).isNotNegative();
    String shape = triage.substring(start, triage.indexOf("\n## ", start + 1));
    for (String field : fields) {
      assertThat(shape).as("docs/triage.md's shape shows the field '%s'", field)
          .contains("\"" + field + "\"");
    }
  }

  /**
   * docs/cli.md gives the fields "in the order below": the answer's own fields come in the
   * order its shape lists them.
   */
  @ParameterizedTest
  @ValueSource(strings = {"catalog", "plan", "impact rabbitmq", "prerequisites api-service",
      "dependents postgres", "restart postgres", "root-cause api-service cron-service",
      "blast-radius", "lint", "diff --against-ldap --against-s3 --against-externalize postgres"})
  void jsonFields_inTheDocumentedOrder(String command) throws IOException {
    String[] args = (command + " --json").split(" ");
    JsonNode answer = JsonMapper.builder().build().readTree(Cli.run(args).out());
    String shapes = Files.readString(SHAPES, StandardCharsets.UTF_8);
    int start = shapes.indexOf("\n- `" + args[0] + "`");
    assertThat(start).as("docs/cli.md describes %s", args[0]).isNotNegative();
    int end = shapes.indexOf("\n- `", start + 1);
    String shape = shapes.substring(start, end < 0 ? shapes.length() : end);
    List<String> fields = new ArrayList<>();
    answer.properties().forEach(entry -> fields.add(entry.getKey()));
    List<String> documented = new ArrayList<>(fields);
    documented.sort(Comparator.comparingInt(field -> shape.indexOf("\"" + field + "\"")));
    assertThat(fields).as("the fields of %s in docs/cli.md's order", args[0])
        .containsExactlyElementsOf(documented);
  }

  private static void collect(JsonNode node, Set<String> fields) {
    if (node.isObject()) {
      for (var entry : node.properties()) {
        fields.add(entry.getKey());
        // A deployment's choices are keyed by the topology's own choice names: data, not fields.
        if (!entry.getKey().equals("choices")) {
          collect(entry.getValue(), fields);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, fields));
    }
  }
}
