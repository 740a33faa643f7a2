package dev.topology.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;

/**
 * The shape of every command: it takes the source and output options, asks one question of the
 * chosen topology, and writes the answer for people or as JSON.
 *
 * <p>A new command is a subclass annotated with {@code @Command(name = ...)} that implements
 * {@link #json(Query)} and {@link #print(Query, Printer)}, listed in {@link TopologyCli}'s
 * {@code subcommands}. Failures are thrown as the library's exceptions; {@link Errors} turns
 * them into exit codes.
 */
abstract class QueryCommand implements Callable<Integer> {
  @Mixin
  private SourceOptions source;

  @Mixin
  private OutputOptions output;

  @ParentCommand
  private TopologyCli root;

  @Spec
  private CommandSpec spec;

  @Override
  public final Integer call() {
    refuse(source);
    Query query = source.query(root);
    Printer out = new Printer(spec.commandLine().getOut(),
        !output.json && !output.noColor && root.terminal().colour(), output.wide);
    if (output.json) {
      JsonOutput.print(out, json(query));
    } else {
      print(query, out);
    }
    out.flush();
    return 0;
  }

  /**
   * Refuses options that contradict the source options before anything is read; none by
   * default.
   *
   * @param source the source options given
   */
  void refuse(SourceOptions source) {}

  /** The tool this command runs in: its terminal and standard input. */
  TopologyCli root() {
    return root;
  }

  /**
   * Answers as a JSON document.
   *
   * @param query the topology and deployment asked about
   * @return the document
   */
  abstract JsonNode json(Query query);

  /**
   * Answers for people: a line that says what was asked, then aligned tables.
   *
   * @param query the topology and deployment asked about
   * @param out where to write
   */
  abstract void print(Query query, Printer out);
}
