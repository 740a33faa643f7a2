package dev.topology.examples.cli;

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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TopologyCli.run(args, out, err, terminal);
    return new Result(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** Runs the tool with {@code input} as its standard input. */
  static Result runWithInput(String input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TopologyCli.run(args,
        new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, err,
        Terminal.plain());
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
