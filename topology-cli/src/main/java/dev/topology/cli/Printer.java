package dev.topology.cli;

import dev.topology.api.Severity;
import java.io.PrintWriter;

/**
 * Writes lines to one stream, coloured or not, within a width.
 *
 * <p>Lines end in {@code \n} on every platform, so the same answer is the same bytes anywhere.
 * A line wider than {@link #width()} columns is wrapped at spaces, its continuation indented two
 * columns more than the line; widths are counted in code points without colour codes. Tables
 * fit their cells to the width themselves ({@link Table}).
 */
final class Printer {
  /** The columns a line may take unless {@code --wide} is given. */
  static final int WIDTH = 100;

  private static final String RESET = "\u001b[0m";

  private final PrintWriter writer;
  private final boolean colour;
  private final int width;

  Printer(PrintWriter writer, boolean colour, boolean wide) {
    this.writer = writer;
    this.colour = colour;
    this.width = wide ? Integer.MAX_VALUE : WIDTH;
  }

  /** The most columns a line takes. */
  int width() {
    return width;
  }

  void line(String text) {
    if (visibleWidth(text) <= width) {
      writer.write(text);
      writer.write('\n');
      return;
    }
    int indent = 0;
    while (indent < text.length() && text.charAt(indent) == ' ') {
      indent++;
    }
    String continuation = " ".repeat(Math.min(indent + 2, width / 2));
    for (String part : Wrap.lines(text, width, continuation)) {
      writer.write(part);
      writer.write('\n');
    }
  }

  /** Columns on a terminal: code points, leaving out colour codes. */
  static int visibleWidth(String text) {
    return Wrap.width(text);
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
