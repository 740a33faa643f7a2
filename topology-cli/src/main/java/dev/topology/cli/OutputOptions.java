package dev.topology.cli;

import picocli.CommandLine.Option;

/** The options that choose how an answer is written. */
final class OutputOptions {
  @Option(names = "--json", description = "Write the answer as JSON (see README for the shapes).")
  boolean json;

  @Option(names = "--no-color", description = "Never colour the output; piped output never is.")
  boolean noColor;

  @Option(names = "--wide", description = "Print long lines, table cells and lists of names in"
      + " full, however wide (default: wrapped within 100 columns, long lists of names"
      + " shortened).")
  boolean wide;
}
