package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.json.TopologyJson;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Broken and hostile topology files: each ends in exit code 2 and one line on standard error
 * that says what is wrong and where, never a stack trace, and nothing on standard output.
 */
class TopologyFileErrorsTest {
  @TempDir
  Path dir;

  private static final String CYCLE = """
      {"services": [
        {"name": "a", "severity": "LOW", "dependencies": [{"target": "b"}]},
        {"name": "b", "severity": "LOW", "dependencies": [{"target": "a"}]}]}
      """;

  /** Runs {@code plan} on a file with this content and returns the error line. */
  private String refused(String content) {
    return refused(Cli.write(dir, "t.json", content), "plan");
  }

  private String refused(Path file, String... command) {
    String[] args = new String[command.length + 2];
    System.arraycopy(command, 0, args, 0, command.length);
    args[command.length] = "--topology";
    args[command.length + 1] = file.toString();
    Cli.Result result = Cli.run(args);
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertOneLinePerProblem(result.err());
    return result.err();
  }

  /**
   * One line, or, for several problems, a heading line and one line a problem (at most three,
   * then a count): never a stack trace or a raw control character.
   */
  static void assertOneLinePerProblem(String err) {
    assertThat(err).startsWith("topology: ").endsWith("\n")
        .doesNotContain("Exception", "\tat ", "\u001b", "\u001e");
    String[] lines = err.split("\n");
    assertThat(lines.length).isBetween(1, 5);
    for (int i = 1; i < lines.length; i++) {
      assertThat(lines[0]).endsWith(":");
      assertThat(lines[i]).matches("(- |And ).*");
    }
  }

  private String where() {
    return "topology: '" + dir.resolve("t.json") + "': ";
  }

  @Test
  void notJson_givesLineAndColumn() {
    assertThat(refused("{not json")).isEqualTo(where() + "line 1, column 2: not valid JSON:"
        + " Unexpected character ('n' (code 110)): was expecting double-quote to start"
        + " property name\n");
  }

  @Test
  void emptyFile_saysEmpty() {
    assertThat(refused("")).isEqualTo(where() + "$: the document is empty.\n");
  }

  @Test
  void topLevelArrayOrNull_expectAnObject() {
    assertThat(refused("[]")).isEqualTo(where() + "$: expected an object (line 1, column 1).\n");
    assertThat(refused("null"))
        .isEqualTo(where() + "$: the document is null; expected an object.\n");
  }

  @Test
  void wrongTypes_givePath() {
    assertThat(refused("{\"services\": [{\"name\": \"a\", \"severity\": 3}]}")).isEqualTo(
        where() + "$.services[0].severity: expected one of LOW, MEDIUM, HIGH (line 1, column 41).\n");
    assertThat(refused("{\"services\": {\"name\": \"a\"}}")).startsWith(
        where() + "$.services: expected an array");
    assertThat(refused("{\"services\": [{\"name\": [\"a\"], \"severity\": \"LOW\"}]}"))
        .startsWith(where() + "$.services[0].name: expected a string");
  }

  @Test
  void unknownField_namesTheKnownOnes() {
    assertThat(refused("{\"services\": [{\"name\": \"a\", \"severity\": \"LOW\", \"x\": 1}]}"))
        .startsWith(where() + "$.services[0].x: unknown field 'x'; expected one of aliases,");
  }

  @Test
  void controlCharactersFromTheFile_areEscaped() {
    String err = refused(
        "{\"services\": [{\"name\": \"a\", \"severity\": \"LOW\", \"\\u001b[31mred\\n\": 1}]}");
    assertThat(err).contains("unknown field '\\u001b[31mred ");
  }

  @Test
  void startupCycle_namesTheCycle() {
    assertThat(refused(CYCLE)).isEqualTo(where() + "The startup dependencies form a cycle, so no"
        + " startup order exists: a -> b -> a (removing the dependency b -> a breaks it).\n");
  }

  @Test
  void startupCycles_oneLineEach() {
    String twoCycles = """
        {"services": [
          {"name": "a", "severity": "LOW", "dependencies": [{"target": "b"}]},
          {"name": "b", "severity": "LOW", "dependencies": [{"target": "a"}]},
          {"name": "c", "severity": "LOW", "dependencies": [{"target": "d"}]},
          {"name": "d", "severity": "LOW", "dependencies": [{"target": "c"}]}]}
        """;
    assertThat(refused(twoCycles)).isEqualTo(where() + "The startup dependencies form 2 cycles,"
        + " so no startup order exists:\n- a -> b -> a (removing the dependency b -> a breaks it)."
        + "\n- c -> d -> c (removing the dependency d -> c breaks it).\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan", "impact a", "prerequisites a", "dependents a"})
  void startupCycle_refusedByEveryCommandThatOrders(String command) {
    refused(Cli.write(dir, "t.json", CYCLE), command.split(" "));
  }

  @Test
  void startupCycle_catalogStillListsTheServices() {
    Path file = Cli.write(dir, "t.json", CYCLE);
    Cli.Result result = Cli.run("catalog", "--topology", file.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("\na        LOW       long-running  no        b\n");
  }

  @Test
  void danglingNames_everyProblemWithSuggestions() {
    String dangling = """
        {"services": [
          {"name": "api", "severity": "LOW", "dependencies": [{"target": "postgress"}]},
          {"name": "postgres", "severity": "LOW"},
          {"name": "x", "severity": "LOW", "dependencies": [{"target": "nope"}]}]}
        """;
    assertThat(refused(dangling)).isEqualTo(where() + "2 problems:\n- $.services[0]: Service"
        + " 'api' depends on 'postgress', which is not in the topology. Did you mean 'postgres'?"
        + "\n- $.services[2]: Service 'x' depends on 'nope', which is not in the topology.\n");
  }

  @Test
  void manyProblems_firstThreeAndACount() {
    StringBuilder json = new StringBuilder("{\"services\": [");
    for (int i = 0; i < 10; i++) {
      json.append(i == 0 ? "" : ",").append("{\"name\": \"s").append(i)
          .append("\", \"severity\": \"LOW\", \"dependencies\": [{\"target\": \"zz").append(i)
          .append("\"}]}");
    }
    assertThat(refused(json.append("]}").toString())).startsWith(where() + "10 problems:\n- ")
        .endsWith("\nAnd 7 more.\n").hasLineCount(5);
  }

  @Test
  void deeplyNested_refusedAtTheFirstWrongBracket() {
    String deep = "{\"services\": " + "[".repeat(200_000);
    assertThat(refused(deep)).startsWith(where() + "$.services[0]: expected an object");
    assertThat(refused("[".repeat(200_000))).startsWith(where());
  }

  @Test
  void hugeString_refusedByTheStringLimit() {
    String huge = "{\"services\": [{\"name\": \"" + "a".repeat(30 << 20)
        + "\", \"severity\": \"LOW\"}]}";
    assertThat(refused(huge)).startsWith(where() + "$: the document breaks a size limit:"
        + " String value length");
  }

  @Test
  void fileLargerThanTheDocumentLimit_refusedBeforeReading() throws IOException {
    Path file = dir.resolve("t.json");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(TopologyJson.MAX_DOCUMENT_LENGTH + 1);
    }
    assertThat(refused(file, "plan")).isEqualTo("topology: '" + file
        + "' is larger than the limit of 268435456 bytes (256 MiB) for a file the tool reads.\n");
  }

  @Test
  void notUtf8_givesTheByte() throws IOException {
    Path file = dir.resolve("t.json");
    Files.write(file, "{\"services\": [{\"name\": \"caf\u00e9\", \"severity\": \"LOW\"}]}"
        .getBytes(StandardCharsets.ISO_8859_1));
    assertThat(refused(file, "plan")).isEqualTo("topology: '" + file
        + "' is not UTF-8 text: byte 27 does not decode.\n");
  }

  @Test
  void byteOrderMark_isSkipped() {
    Path file = Cli.write(dir, "t.json", "\ufeff" + Cli.SMALL);
    assertThat(Cli.run("plan", "--topology", file.toString()).code()).isZero();
  }

  @Test
  void missingFileOrDirectory_saySo() {
    assertThat(refused(dir.resolve("none.json"), "plan"))
        .isEqualTo("topology: '" + dir.resolve("none.json") + "' does not exist.\n");
    assertThat(refused(dir, "plan"))
        .isEqualTo("topology: '" + dir + "' is a directory, not a file.\n");
  }

  @Test
  @Timeout(60)
  void hundredThousandServicesWithOneCycle_refusedInBoundedTime() {
    int n = 100_000;
    StringBuilder json = new StringBuilder(n * 80).append("{\"services\": [");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("{\"name\": \"s").append(i)
          .append("\", \"severity\": \"LOW\", \"dependencies\": [{\"target\": \"s")
          .append((i + 1) % n).append("\"}]}");
    }
    long start = System.nanoTime();
    String err = refused(json.append("]}").toString());
    assertThat(err).startsWith(where() + "The startup dependencies form a cycle")
        .hasSizeLessThan(3000);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }
}
