package dev.topology.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
