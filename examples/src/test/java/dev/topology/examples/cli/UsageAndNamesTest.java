package dev.topology.examples.cli;

import static dev.topology.examples.cli.TopologyFileErrorsTest.assertOneLine;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mistakes on the command line: unknown names, bad options, no command; and help. */
class UsageAndNamesTest {

  private static Cli.Result refused(String... args) {
    Cli.Result result = Cli.run(args);
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("topology: ").doesNotContain("\tat ", "Exception");
    return result;
  }

  @ParameterizedTest
  @ValueSource(strings = {"impact fronted", "impact postgres fronted", "prerequisites fronted",
      "dependents fronted", "impact fronted --json"})
  void unknownService_namesTheClosest(String command) {
    Cli.Result result = refused(command.split(" "));
    assertThat(result.err())
        .isEqualTo("topology: No service is named 'fronted'. Did you mean 'frontend'?\n");
  }

  @Test
  void unknownService_imageNamesAreSuggestedToo() {
    assertThat(refused("prerequisites", "vaultcci").err())
        .isEqualTo("topology: No service is named 'vaultcci'. Did you mean 'vault-cci'?\n");
  }

  @Test
  void externalize_unknownOrNotExternalizable_everyProblemOnOneLine() {
    Cli.Result result = refused("plan", "--externalize", "postgress,frontend");
    assertOneLine(result.err());
    assertThat(result.err()).isEqualTo("topology: 2 problems: The deployment externalizes"
        + " 'frontend', which cannot be externalized. The deployment externalizes 'postgress',"
        + " which is not in the topology. Did you mean 'postgres'?\n");
  }

  @Test
  void externalize_blankName_refused() {
    assertOneLine(refused("catalog", "--externalize", "").err());
  }

  @Test
  void impact_withoutNames_isAUsageError() {
    assertThat(refused("impact").err()).isEqualTo("""
        topology: Missing required parameter: 'NAME'
        Try 'topology impact --help' for usage.
        """);
  }

  @Test
  void impact_unknownPhase_listsThePhases() {
    assertThat(refused("impact", "postgres", "--phase", "sometimes").err()).isEqualTo("""
        topology: Invalid value for option '--phase': expected one of [STARTUP, RUNTIME] \
        (case-insensitive) but was 'sometimes'
        Try 'topology impact --help' for usage.
        """);
  }

  @Test
  void misspelledOptionOrCommand_suggestsTheRightOne() {
    assertThat(refused("plan", "--jsn").err()).isEqualTo("""
        topology: Unknown option: '--jsn'
        Did you mean --json?
        Try 'topology plan --help' for usage.
        """);
    assertThat(refused("plam").err()).isEqualTo("""
        topology: Unmatched argument at index 0: 'plam'
        Did you mean plan?
        Try 'topology --help' for usage.
        """);
  }

  @Test
  void noCommand_listsTheCommands() {
    assertThat(refused().err()).isEqualTo("""
        topology: Missing a command: one of catalog, plan, impact, prerequisites, dependents.
        Try 'topology --help' for usage.
        """);
  }

  @Test
  void topologyWithoutFile_isAUsageError() {
    assertThat(refused("plan", "--topology").err())
        .startsWith("topology: Missing required parameter for option '--topology' (FILE)\n");
  }

  @Test
  void help_listsCommandsAndExitCodes() {
    Cli.Result result = Cli.run("--help");
    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("Usage: topology [-hV] [COMMAND]\n")
        .contains("  catalog ", "  plan ", "  impact ", "  prerequisites ", "  dependents ")
        .contains("""
            Exit codes:
              0   answered
              1   a fault of the tool
              2   a mistake of the user
            """);
  }

  @ParameterizedTest
  @ValueSource(strings = {"catalog", "plan", "impact", "prerequisites", "dependents"})
  void help_ofEveryCommand_showsTheSharedOptions(String command) {
    Cli.Result result = Cli.run(command, "--help");
    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("Usage: topology " + command + " ")
        .contains("--topology=FILE", "--ldap", "--s3", "--externalize=NAME", "--json",
            "--no-color");
  }

  @Test
  void version_outsideABuiltJar_saysSo() {
    Cli.Result result = Cli.run("--version");
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo("topology (not from a built jar)\n");
  }

  @Test
  void unexpectedFailure_isAFaultWithItsTrace() {
    assertThat(Errors.userMessage(new IllegalStateException("bug"))).isNull();
    assertThat(Errors.userMessage(new UserError("mine"))).isEqualTo("mine");
  }

  @Test
  void oneLine_joinsLinesEscapesControlsAndCutsLongText() {
    assertThat(Errors.oneLine("a\nb\r\n\tc\u001b[0m\u202e")).isEqualTo("a b c\\u001b[0m\\u202e");
    assertThat(Errors.oneLine("x".repeat(5000)))
        .hasSize(2000 + " [cut after 2000 characters]".length())
        .endsWith("x [cut after 2000 characters]");
  }
}
