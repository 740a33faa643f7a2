package dev.topology.examples.cli;

import dev.topology.api.Severity;
import java.io.PrintWriter;

/**
 * Writes lines to one stream, coloured or not.
 *
 * <p>Lines end in {@code \n} on every platform, so the same answer is the same bytes anywhere.
 */
final class Printer {
  private static final String RESET = "\u001b[0m";

  private final PrintWriter writer;
  private final boolean colour;

  Printer(PrintWriter writer, boolean colour) {
    this.writer = writer;
    this.colour = colour;
  }

  void line(String text) {
    writer.write(text);
    writer.write('\n');
  }

  void line() {
    writer.write('\n');
  }

  /** Text as it is; the JSON writer ends its own lines. */
  void raw(String text) {
    writer.write(text);
  }

  String bold(String text) {
    return colour ? "\u001b[1m" + text + RESET : text;
  }

  String dim(String text) {
    return colour ? "\u001b[2m" + text + RESET : text;
  }

  /** The text in the colour of a severity: HIGH bold red, MEDIUM yellow, LOW green. */
  String severity(Severity severity, String text) {
    if (!colour) {
      return text;
    }
    String code = switch (severity) {
      case HIGH -> "\u001b[1;31m";
      case MEDIUM -> "\u001b[33m";
      case LOW -> "\u001b[32m";
    };
    return code + text + RESET;
  }

  String severity(Severity severity) {
    return severity(severity, severity.name());
  }

  void flush() {
    writer.flush();
  }
}
