package dev.topology.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the tool in-process and captures what it writes. */
final class Cli {
  /**
   * A small topology file's content, with an image name and an alias.
   *
   * <pre>
   *   web --&gt; api --&gt; db (image postgres-image)       "a --&gt; b": a needs b to start
   *             |
   *             +----&gt; logs                          migrate: one-shot, db needs it
   * </pre>
   */
  static final String SMALL = """
      {"services": [
        {"name": "web", "aliases": ["www"], "severity": "LOW",
         "failureEffect": "The site is down.",
         "dependencies": [{"target": "api"}]},
        {"name": "api", "severity": "MEDIUM", "dependencies": [
          {"target": "postgres-image"}, {"target": "logs"}]},
        {"name": "logs", "severity": "LOW"},
        {"name": "db", "image": "postgres-image", "severity": "HIGH", "externalizable": true,
         "dependencies": [{"target": "migrate"}]},
        {"name": "migrate", "severity": "LOW", "lifecycle": "ONE_SHOT"}
      ]}
      """;

  private Cli() {}

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    return run(Terminal.plain(), args);
  }

  static Result run(Terminal terminal, String... args) {
    return runWithEnvironment(terminal, java.util.Map.of(), args);
  }

  /**
   * Runs the tool with {@code environment} as its environment; the other runs give it none, so
   * no test depends on the environment it runs in.
   */
  static Result runWithEnvironment(java.util.Map<String, String> environment, String... args) {
    return runWithEnvironment(Terminal.plain(), environment, args);
  }

  private static Result runWithEnvironment(Terminal terminal,
      java.util.Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TopologyCli.run(args, new java.io.ByteArrayInputStream(new byte[0]), out, err,
        terminal, environment);
    return new Result(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs the tool as {@link #run(String...)} does, but with the models of all its commands built
   * whatever the command line names.
   */
  static Result runEveryCommand(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TopologyCli.run(args, new java.io.ByteArrayInputStream(new byte[0]), out, err,
        Terminal.plain(), java.util.Map.of(), true);
    return new Result(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** Runs the tool with {@code input} as its standard input. */
  static Result runWithInput(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TopologyCli.run(args,
        new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, err,
        Terminal.plain(), java.util.Map.of());
    return new Result(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
