package dev.topology.cli;

import static dev.topology.cli.TopologyFileErrorsTest.assertOneLinePerProblem;
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
      "dependents fronted", "impact fronted --json", "restart fronted", "restart fronted --json",
      "root-cause postgres fronted", "root-cause fronted --json", "graph --impact fronted",
      "graph --impact postgres,fronted --format mermaid"})
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
  void externalize_unknownOrNotExternalizable_everyProblemOnALineOfItsOwn() {
    Cli.Result result = refused("plan", "--externalize", "postgress,frontend");
    assertThat(result.err()).isEqualTo("topology: 2 problems:\n- The deployment externalizes"
        + " 'frontend', which cannot be externalized.\n- The deployment externalizes 'postgress',"
        + " which is not in the topology. Did you mean 'postgres'?\n");
  }

  @Test
  void externalize_blankName_refused() {
    assertOneLinePerProblem(refused("catalog", "--externalize", "").err());
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
        Did you mean plan or blast-radius or availability?
        Try 'topology --help' for usage.
        """);
  }

  @Test
  void noCommand_listsTheCommands() {
    assertThat(refused().err()).isEqualTo("""
        topology: Missing a command: one of catalog, plan, impact, prerequisites, dependents, \
        restart, root-cause, blast-radius, availability, lint, diff, graph, export, triage.
        Try 'topology --help' for usage.
        """);
  }

  @ParameterizedTest
  @ValueSource(strings = {"root-cause", "blast-radius", "graph --impact postgres"})
  void phase_unknown_listsThePhases(String command) {
    String[] args = (command + " --phase sometimes").split(" ");
    assertThat(refused(args).err()).startsWith("topology: Invalid value for option '--phase':"
        + " expected one of [STARTUP, RUNTIME] (case-insensitive) but was 'sometimes'\n");
  }

  @Test
  void restart_takesOneName() {
    assertThat(refused("restart").err()).startsWith(
        "topology: Missing required parameter: 'NAME'\n");
    assertThat(refused("restart", "postgres", "frontend").err()).startsWith(
        "topology: Unmatched argument at index 2: 'frontend'\n");
  }

  @Test
  void rootCause_withoutNamesOrWithABadLimit_isAUsageError() {
    assertThat(refused("root-cause").err()).isEqualTo("""
        topology: Missing required parameter: 'NAME'
        Try 'topology root-cause --help' for usage.
        """);
    assertThat(refused("root-cause", "postgres", "--limit", "0").err()).isEqualTo("""
        topology: --limit must be 1 or more, not 0.
        Try 'topology root-cause --help' for usage.
        """);
  }

  @Test
  void diff_withNothingToCompareWith_saysWhatToGive() {
    assertThat(refused("diff").err()).isEqualTo("""
        topology: Nothing to compare with: give --against FILE or an --against-choose, \
        --against-ldap, --against-s3 or --against-externalize option.
        Try 'topology diff --help' for usage.
        """);
  }

  @Test
  void diff_mistakeInTheSecondInstallation_saysSo() {
    assertThat(refused("diff", "--against-externalize", "postgress").err()).isEqualTo(
        "topology: In the second installation: The deployment externalizes 'postgress',"
            + " which is not in the topology. Did you mean 'postgres'?\n");
    assertThat(refused("diff", "--against", "no-such-file.json").err())
        .isEqualTo("topology: 'no-such-file.json' does not exist.\n");
  }

  @Test
  void graph_phaseWithoutImpact_orUnknownFormat_isAUsageError() {
    assertThat(refused("graph", "--phase", "startup").err()).isEqualTo("""
        topology: --phase applies to an impact: give the failed services with --impact NAME.
        Try 'topology graph --help' for usage.
        """);
    assertThat(refused("graph", "--format", "svg").err()).startsWith(
        "topology: Invalid value for option '--format': expected one of [DOT, MERMAID]"
            + " (case-insensitive) but was 'svg'\n");
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
        .contains("  catalog ", "  plan ", "  impact ", "  prerequisites ", "  dependents ",
            "  restart ", "  root-cause ", "  blast-radius ", "  lint ", "  diff ", "  graph ")
        .contains("""
            Exit codes:
              0   answered
              1   a fault of the tool
              2   a mistake of the user
            """);
  }

  @ParameterizedTest
  @ValueSource(strings = {"catalog", "plan", "impact", "prerequisites", "dependents", "restart",
      "root-cause", "blast-radius", "lint", "diff", "graph"})
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
