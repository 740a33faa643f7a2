package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.json.TopologyJson;
import dev.topology.catalog.CircleCiServer2;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -} as a file option reads standard input; {@code export} writes what it reads. */
class StandardInputAndExportTest {
  @TempDir
  Path dir;

  @Test
  void topology_dash_readsStandardInput() {
    Path file = Cli.write(dir, "small.json", Cli.SMALL);
    Cli.Result piped = Cli.runWithInput(Cli.SMALL, "plan", "--topology", "-", "--json");
    Cli.Result fromFile = Cli.run("plan", "--topology", file.toString(), "--json");
    assertThat(piped.err()).isEmpty();
    assertThat(piped.code()).isZero();
    assertThat(piped.out()).isEqualTo(fromFile.out());
    assertThat(Cli.runWithInput(Cli.SMALL, "plan", "--topology", "-").out())
        .contains("\nTopology: standard input\n");
  }

  @Test
  void topology_dashWithBrokenInput_namesStandardInputInOneLine() {
    Cli.Result result = Cli.runWithInput("{\"services\": [", "plan", "--topology", "-");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("topology: standard input: ").hasLineCount(1);
  }

  @Test
  void topology_dashNotUtf8_saysStandardInput() {
    byte[] latin1 = {'{', (byte) 0xe9, '}'};
    ByteArrayResult bytes = ByteArrayResult.run(latin1, "plan", "--topology", "-");
    assertThat(bytes.code()).isEqualTo(2);
    assertThat(bytes.err())
        .isEqualTo("topology: Standard input is not UTF-8 text: byte 1 does not decode.\n");
  }

  @Test
  void diff_againstDash_readsStandardInputForTheSecondSide() {
    Path file = Cli.write(dir, "small.json", Cli.SMALL);
    Cli.Result result = Cli.runWithInput(Cli.SMALL, "diff", "--topology", file.toString(),
        "--against", "-");
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith("Diff of two installations: no differences\n")
        .contains("\nAfter:  standard input\n");
  }

  @Test
  void diff_dashTwice_isRefusedInOneLine() {
    Cli.Result result = Cli.runWithInput(Cli.SMALL, "diff", "--topology", "-", "--against", "-");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: Standard input can be read only once: give '-'"
        + " to one file option only, and a file to the others.\n");
  }

  @Test
  void export_catalog_isTheCanonicalJsonOfTheLibrary() {
    String expected = TopologyJson.write(CircleCiServer2.topology().canonical());
    Cli.Result result = Cli.run("export");
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(expected.endsWith("\n") ? expected : expected + "\n");
  }

  @Test
  void export_readBack_givesTheSameAnswers() {
    String exported = Cli.run("export").out();
    Path file = Cli.write(dir, "mine.json", exported);
    for (String command : new String[] {"plan", "impact postgres", "lint", "blast-radius",
        "restart postgres --ldap --s3", "prerequisites api-service"}) {
      String[] args = (command + " --json").split(" ");
      String[] onFile = (command + " --json --topology " + file).split(" ");
      assertThat(Cli.run(onFile).out()).as(command).isEqualTo(Cli.run(args).out());
    }
    assertThat(Cli.runWithInput(exported, "plan", "--topology", "-", "--json").out())
        .isEqualTo(Cli.run("plan", "--json").out());
  }

  @Test
  void export_ofAFile_isCanonical() {
    Path file = Cli.write(dir, "small.json", Cli.SMALL);
    String exported = Cli.run("export", "--topology", file.toString()).out();
    assertThat(exported).isEqualTo(TopologyJson.write(TopologyJson.read(Cli.SMALL).canonical())
        + (TopologyJson.write(TopologyJson.read(Cli.SMALL)).endsWith("\n") ? "" : "\n"));
    assertThat(exported.indexOf("\"api\"")).isLessThan(exported.indexOf("\"web\""));
  }

  /** Runs the tool on raw bytes as standard input. */
  record ByteArrayResult(int code, String err) {
    static ByteArrayResult run(byte[] input, String... args) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
      int code = TopologyCli.run(args, new java.io.ByteArrayInputStream(input), out, err,
          Terminal.plain(), java.util.Map.of());
      return new ByteArrayResult(code, err.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
