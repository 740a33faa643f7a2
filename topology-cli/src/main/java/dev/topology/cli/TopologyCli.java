package dev.topology.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code topology} command-line tool: questions about the bundled CircleCI Server 2.x
 * catalog, or a topology file, answered as aligned tables or JSON.
 *
 * <pre>
 * java -jar topology-cli/target/topology.jar plan
 * java -jar topology-cli/target/topology.jar impact postgres --phase startup --json
 * java -jar topology-cli/target/topology.jar catalog --topology mine.json --s3
 * java -jar topology-cli/target/topology.jar export | java -jar topology-cli/target/topology.jar plan --topology -
 * java -jar topology-cli/target/topology.jar diff --against-ldap --against-s3
 * java -jar topology-cli/target/topology.jar graph --format mermaid
 * </pre>
 *
 * <p>Exit codes: 0 when the question is answered, 2 for a mistake of the user (a bad option, an
 * unknown service, a broken topology file, a startup cycle), 1 for a fault of the tool. Each
 * command is a {@link QueryCommand}; adding one means writing its class and listing it here.
 */
@Command(name = "topology",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = TopologyCli.Version.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    description = {"Answers questions about a service topology: the bundled CircleCI Server 2.x"
        + " catalog, a topology file (--topology FILE) or a Docker Compose file (--compose FILE,"
        + " with --profile NAME and --env-file FILE).",
        "Every command takes these options; 'topology COMMAND --help' lists them."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:answered", "1:a fault of the tool", "2:a mistake of the user"})
public final class TopologyCli implements Callable<Integer> {
  /**
   * The commands, by name, in the order usage lists them. A run that names one builds the model
   * of that command alone, and {@code --version} builds none: building all of them, by
   * reflection, is most of the tool's start.
   */
  private static final Map<String, Class<?>> COMMANDS = commands();

  private static Map<String, Class<?>> commands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("catalog", CatalogCommand.class);
    commands.put("plan", PlanCommand.class);
    commands.put("impact", ImpactCommand.class);
    commands.put("prerequisites", PrerequisitesCommand.class);
    commands.put("dependents", DependentsCommand.class);
    commands.put("restart", RestartCommand.class);
    commands.put("root-cause", RootCauseCommand.class);
    commands.put("blast-radius", BlastRadiusCommand.class);
    commands.put("availability", AvailabilityCommand.class);
    commands.put("lint", LintCommand.class);
    commands.put("diff", DiffCommand.class);
    commands.put("graph", GraphCommand.class);
    commands.put("export", ExportCommand.class);
    commands.put("triage", TriageCommand.class);
    return commands;
  }

  private final Terminal terminal;
  private final InputStream in;
  private final Map<String, String> environment;
  private boolean inRead;

  @Spec
  private CommandSpec spec;

  private TopologyCli(Terminal terminal, InputStream in, Map<String, String> environment) {
    this.terminal = terminal;
    this.in = in;
    this.environment = environment;
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, new FileOutputStream(FileDescriptor.out),
        new FileOutputStream(FileDescriptor.err), Terminal.detect()));
  }

  /**
   * Runs the tool as if piped: never coloured. Nothing is printed outside the two streams.
   *
   * @param args the command line
   * @param out where answers go, as UTF-8
   * @param err where errors go, as UTF-8
   * @return the exit code: 0 answered, 2 a mistake of the user, 1 a fault of the tool
   */
  public static int run(String[] args, OutputStream out, OutputStream err) {
    return run(args, System.in, out, err, Terminal.plain());
  }

  /**
   * Runs the tool, reading standard input from {@code System.in} where a file option is {@code -}.
   *
   * @param args the command line
   * @param out where answers go, as UTF-8
   * @param err where errors go, as UTF-8
   * @param terminal whether output goes to a terminal, which allows colour
   * @return the exit code: 0 answered, 2 a mistake of the user, 1 a fault of the tool
   */
  public static int run(String[] args, OutputStream out, OutputStream err, Terminal terminal) {
    return run(args, System.in, out, err, terminal);
  }

  /**
   * Runs the tool with the process environment, which gives a Compose file its variables.
   *
   * @param args the command line
   * @param in what a file option given as {@code -} reads: standard input
   * @param out where answers go, as UTF-8
   * @param err where errors go, as UTF-8
   * @param terminal whether output goes to a terminal, which allows colour
   * @return the exit code: 0 answered, 2 a mistake of the user, 1 a fault of the tool
   */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err,
      Terminal terminal) {
    return run(args, in, out, err, terminal, System.getenv());
  }

  /**
   * Runs the tool.
   *
   * @param args the command line
   * @param in what a file option given as {@code -} reads: standard input
   * @param out where answers go, as UTF-8
   * @param err where errors go, as UTF-8
   * @param terminal whether output goes to a terminal, which allows colour
   * @param environment the variables of the environment, which come before those of env files
   *     when a Compose file is interpolated, as in Compose
   * @return the exit code: 0 answered, 2 a mistake of the user, 1 a fault of the tool
   */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err,
      Terminal terminal, Map<String, String> environment) {
    return run(args, in, out, err, terminal, environment, false);
  }

  /**
   * Runs the tool, with the models of the commands that the command line needs or with all of
   * them. A command line whose first word names a command needs that command's model alone;
   * {@code --version} (or {@code -V}) alone needs none; anything else (no command, the tool's
   * own help, a word that names no command) needs all of them, for usage and for "did you mean".
   * The answers, help texts, errors and exit codes are the same either way, which the tests
   * check by running both.
   *
   * @param everyCommand whether to build every command's model whatever the command line needs
   */
  static int run(String[] args, InputStream in, OutputStream out, OutputStream err,
      Terminal terminal, Map<String, String> environment, boolean everyCommand) {
    PrintWriter outWriter = writer(out);
    PrintWriter errWriter = writer(err);
    Errors errors = new Errors();
    try {
      CommandLine tool = new CommandLine(new TopologyCli(terminal, in, Map.copyOf(environment)));
      if (everyCommand || !asksVersionAlone(args)) {
        Class<?> named = everyCommand || args.length == 0 ? null : COMMANDS.get(args[0]);
        COMMANDS.forEach((name, command) -> {
          if (named == null || command == named) {
            tool.addSubcommand(name, new CommandLine(command));
          }
        });
      }
      return tool
          .setOut(outWriter)
          .setErr(errWriter)
          .setCaseInsensitiveEnumValuesAllowed(true)
          .setExecutionExceptionHandler(errors)
          .setParameterExceptionHandler(errors)
          .execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** Whether the command line is the version option alone, whose answer needs no command. */
  private static boolean asksVersionAlone(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  private static PrintWriter writer(OutputStream stream) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)));
  }

  Terminal terminal() {
    return terminal;
  }

  /** The environment the tool runs in: the first source of a Compose file's variables. */
  Map<String, String> environment() {
    return environment;
  }

  /**
   * Standard input, for the one file option given as {@code -}: it can be read only once.
   *
   * @throws UserError if another option has read it already
   */
  InputStream stdin() {
    if (inRead) {
      throw new UserError("Standard input can be read only once: give '-' to one file option"
          + " only, and a file to the others.");
    }
    inRead = true;
    return in;
  }

  /**
   * Writes a note for the person running the tool on standard error, such as what a reader
   * assumed: standard output stays the answer alone.
   *
   * @param line the note, one line
   */
  void note(String line) {
    PrintWriter err = spec.commandLine().getErr();
    err.print("topology: " + Errors.oneLine(line) + "\n");
    err.flush();
  }

  /** Without a command there is no question: say which there are. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing a command: one of "
        + String.join(", ", spec.subcommands().keySet()) + ".");
  }

  /** The version from the jar's manifest, which the build writes. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = TopologyCli.class.getPackage().getImplementationVersion();
      return new String[] {"topology " + (version == null ? "(not from a built jar)" : version)};
    }
  }
}
