package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tool builds the model of the one command named (none for {@code --version}): every help
 * text, usage error, suggestion and exit code is the same as with the models of all commands
 * built, for every command.
 */
class CommandModelsTest {
  private static final List<String> COMMANDS = List.of("catalog", "plan", "impact",
      "prerequisites", "dependents", "restart", "root-cause", "blast-radius", "lint", "diff",
      "graph", "export", "triage");

  static Stream<String> commandLines() {
    List<String> lines = new ArrayList<>(List.of("", "--help", "-h", "--version", "-V",
        "--version impact", "impact --version", "--help impact", "-h plan", "help", "plam",
        "--jsn", "--help --version", "-hV", "--version --version", "impact --help plan",
        "catalog plan", "graph --format dot --help"));
    for (String command : COMMANDS) {
      lines.add(command + " --help");
      lines.add(command + " -h");
      lines.add(command + " --jsn");
      lines.add(command + " --no-such-option");
      lines.add(command + " --json --json");
      lines.add(command + " frontend postgres vault-cci extra words");
      lines.add(command + " --topology");
      lines.add(command + " --phase never");
    }
    lines.addAll(List.of("catalog", "plan --json", "impact postgres", "impact postgres --json",
        "prerequisites frontend", "dependents postgres --json", "restart postgres",
        "root-cause postgres", "blast-radius", "lint --json", "diff --against-s3",
        "graph --format mermaid", "export"));
    return lines.stream();
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void sameAsWithEveryCommandBuilt(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    Cli.Result one = Cli.run(args);
    Cli.Result every = Cli.runEveryCommand(args);
    assertThat(one).isEqualTo(every);
    assertThat(every).isEqualTo(one);
    assertThat(one.out() + one.err()).isNotEmpty();
  }
}
