package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code impact} on chains, where full paths would make the answer quadratic: every path is cut
 * to its last ten services, with its length, cause and the service before the affected one.
 */
class LongPathsTest {
  /** Long enough that full paths would hold over a thousand million names. */
  private static final int LONG = 50_000;

  @TempDir
  static Path dir;

  private static Path longChain;

  @BeforeAll
  static void writeLongChain() {
    longChain = chain(LONG, 6);
  }

  /** c00 &lt;── c01 &lt;── ... &lt;── c(n-1), each needing the one before it. */
  private static Path chain(int n, int digits) {
    StringBuilder json = new StringBuilder(n * 90).append("{\"services\": [");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "" : ",").append("{\"name\": \"").append(name(i, digits))
          .append("\", \"severity\": \"LOW\"");
      if (i > 0) {
        json.append(", \"dependencies\": [{\"target\": \"").append(name(i - 1, digits))
            .append("\"}]");
      }
      json.append('}');
    }
    return Cli.write(dir, "chain" + n + ".json", json.append("]}").toString());
  }

  private static String name(int i, int digits) {
    String number = Integer.toString(i);
    return "c" + "0".repeat(digits - number.length()) + number;
  }

  @Test
  void impact_table_pathsLongerThanTenShowCauseCountAndLastTen() {
    Path file = chain(13, 2);
    Cli.Result result = Cli.run("impact", "c00", "--topology", file.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains(
        "\nc09      LOW       c00 -> c01 -> c02 -> c03 -> c04 -> c05 -> c06 -> c07 -> c08 -> c09\n",
        "\nc10      LOW       c00 -> c01 -> c02 -> c03 -> c04 -> c05 -> c06 -> c07 -> c08 -> c09"
            + " -> c10\n",
        // Wrapped within 100 columns, under the PATH column.
        "\nc11      LOW       c00 -> ... (1 more) -> c02 -> c03 -> c04 -> c05 -> c06 -> c07"
            + " -> c08 -> c09 ->\n                   c10 -> c11\n",
        "\nc12      LOW       c00 -> ... (2 more) -> c03 -> c04 -> c05 -> c06 -> c07 -> c08"
            + " -> c09 -> c10 ->\n                   c11 -> c12\n");
  }

  @Test
  void impact_json_cutPathWithLengthViaAndCause() {
    Path file = chain(13, 2);
    Cli.Result result = Cli.run("impact", "c00", "--json", "--topology", file.toString());
    assertThat(result.code()).isZero();
    JsonNode last = JsonMapper.builder().build().readTree(result.out()).get("affected").get(11);
    assertThat(last.toString()).isEqualTo("{\"name\":\"c12\",\"severity\":\"LOW\",\"path\":"
        + "[\"c03\",\"c04\",\"c05\",\"c06\",\"c07\",\"c08\",\"c09\",\"c10\",\"c11\",\"c12\"],"
        + "\"pathLength\":13,\"via\":\"c11\",\"cause\":\"c00\",\"failureEffect\":\"\"}");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void impact_longChain_answerIsLinear() {
    int n = LONG;
    Path file = longChain;
    for (String format : new String[] {"--no-color", "--json"}) {
      Cli.Result result = Cli.run("impact", "c000000", format, "--topology", file.toString());
      assertThat(result.code()).isZero();
      // Full paths would hold over a thousand million names; cut ones hold at most ten each.
      assertThat(result.out().length()).isLessThan(n * 400);
      assertThat(result.out()).contains("c049999");
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyOtherCommand_longChain_answerIsLinear() {
    int n = LONG;
    Path file = longChain;
    for (String command : new String[] {"plan", "catalog", "prerequisites c049999",
        "dependents c000000", "restart c000000", "root-cause c049999", "blast-radius", "lint",
        "graph", "graph --format mermaid --impact c000000", "diff --against " + file}) {
      String[] args = (command + " --json --topology " + file).split(" ");
      if (command.startsWith("graph")) {
        args = (command + " --topology " + file).split(" ");
      }
      Cli.Result result = Cli.run(args);
      assertThat(result.code()).as(command + ": " + result.err()).isZero();
      assertThat(result.out().length()).as(command).isLessThan(n * 400);
    }
  }
}
