package dev.topology.cli;

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
 *
 * <p>A table wider than the printer's {@linkplain Printer#width() width} narrows its widest
 * columns, and their cells wrap at spaces onto further lines of the row; with {@code --wide}
 * every cell is on one line, however long.
 */
final class Table {
  private static final String GAP = "  ";
  /**
   * No column narrows below this, or below its header, to fit the printer's width; and below
   * its longest word only if the table cannot fit otherwise.
   */
  private static final int MIN_WIDTH = 12;

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
    int[] words = new int[headers.size()];
    int[] least = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(headers.get(c));
      words[c] = widths[c];
      least[c] = Math.max(widths[c], MIN_WIDTH);
    }
    for (Object[] row : rows) {
      for (int c = 0; c < widths.length; c++) {
        String text = text(row[c]);
        widths[c] = Math.max(widths[c], width(text));
        for (String word : text.split(" ")) {
          words[c] = Math.max(words[c], width(word));
        }
      }
    }
    // Wrap at spaces first; cut words only if the table cannot fit otherwise.
    fit(widths, words, out.width());
    fit(widths, least, out.width());
    out.line(out.bold(layout(headers.toArray(), widths, null)));
    for (Object[] row : rows) {
      List<List<String>> cells = new ArrayList<>(row.length);
      int height = 1;
      for (int c = 0; c < row.length; c++) {
        List<String> lines = row[c] instanceof Severity ? List.of(text(row[c]))
            : Wrap.lines(text(row[c]), widths[c], "");
        cells.add(lines);
        height = Math.max(height, lines.size());
      }
      for (int k = 0; k < height; k++) {
        Object[] line = new Object[row.length];
        for (int c = 0; c < row.length; c++) {
          List<String> lines = cells.get(c);
          line[c] = k >= lines.size() ? "" : k == 0 && row[c] instanceof Severity ? row[c]
              : lines.get(k);
        }
        out.line(layout(line, widths, out));
      }
    }
  }

  /**
   * Narrows the widest columns, one column at a time, until the table fits in {@code limit}
   * columns or no column can narrow below its least width; cells then wrap within their column.
   */
  private static void fit(int[] widths, int[] least, int limit) {
    long total = (long) GAP.length() * (widths.length - 1);
    for (int w : widths) {
      total += w;
    }
    while (total > limit) {
      int widest = -1;
      for (int c = 0; c < widths.length; c++) {
        if (widths[c] > least[c] && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return;
      }
      widths[widest]--;
      total--;
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
        line.append(" ".repeat(Math.max(0, widths[c] - width(text)))).append(GAP);
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
