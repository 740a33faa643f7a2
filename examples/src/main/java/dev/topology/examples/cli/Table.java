package dev.topology.examples.cli;

import dev.topology.api.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned text table: a header row, then rows whose cells are text or a {@link Severity},
 * which is shown in its colour.
 *
 * <p>Widths are counted in code points on the plain text, before colour codes are added, so
 * columns line up whether or not the output is coloured. The last column is not padded, so no
 * line ends in spaces.
 */
final class Table {
  private static final String GAP = "  ";

  private final List<String> headers;
  private final List<Object[]> rows = new ArrayList<>();

  private Table(List<String> headers) {
    this.headers = headers;
  }

  static Table of(String... headers) {
    return new Table(List.of(headers));
  }

  /** Adds a row; each value is a String, a Severity or a number. */
  Table row(Object... values) {
    if (values.length != headers.size()) {
      throw new IllegalArgumentException(
          "A row of " + values.length + " cells in a table of " + headers.size() + " columns.");
    }
    rows.add(values.clone());
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  int size() {
    return rows.size();
  }

  void print(Printer out) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(headers.get(c));
    }
    for (Object[] row : rows) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], width(text(row[c])));
      }
    }
    out.line(out.bold(layout(headers.toArray(), widths, null)));
    for (Object[] row : rows) {
      out.line(layout(row, widths, out));
    }
  }

  private static String layout(Object[] cells, int[] widths, Printer colours) {
    StringBuilder line = new StringBuilder();
    int last = cells.length - 1;
    // Trailing empty cells would leave the padding of the previous column at the end of the line.
    while (last > 0 && text(cells[last]).isEmpty()) {
      last--;
    }
    for (int c = 0; c <= last; c++) {
      String text = text(cells[c]);
      if (colours != null && cells[c] instanceof Severity severity) {
        line.append(colours.severity(severity, text));
      } else {
        line.append(text);
      }
      if (c < last) {
        line.append(" ".repeat(widths[c] - width(text))).append(GAP);
      }
    }
    return line.toString();
  }

  private static String text(Object value) {
    return value == null ? "" : String.valueOf(value);
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
