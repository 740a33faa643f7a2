package dev.topology.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping for the terminal: at spaces, a word wider than the line cut where it must.
 * Colour codes ({@code ESC [ ... m}) take no columns and are never cut.
 */
final class Wrap {
  private static final char ESC = '\u001b';

  private Wrap() {}

  /** Columns of the text: code points, leaving out colour codes. */
  static int width(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int end = escapeEnd(text, i);
      if (end > i) {
        i = end;
        continue;
      }
      columns++;
      i += Character.charCount(text.codePointAt(i));
    }
    return columns;
  }

  /** Where the colour code starting at {@code i} ends, or {@code i} if none starts there. */
  private static int escapeEnd(String text, int i) {
    if (text.charAt(i) != ESC || i + 1 >= text.length() || text.charAt(i + 1) != '[') {
      return i;
    }
    int j = i + 2;
    while (j < text.length() && text.charAt(j) != 'm') {
      j++;
    }
    return Math.min(j + 1, text.length());
  }

  /**
   * The text in lines of at most {@code width} columns; the first keeps its own indentation,
   * the others start with {@code continuation}. Spaces where a line breaks are dropped.
   */
  static List<String> lines(String text, int width, String continuation) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    int start = 0;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    line.append(text, 0, start);
    used = start;
    boolean empty = true;
    for (String word : text.substring(start).split(" ", -1)) {
      int w = width(word);
      if (!empty && used + 1 + w > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(continuation);
        used = width(continuation);
        empty = true;
      }
      if (!empty) {
        line.append(' ');
        used++;
      }
      // A word longer than a whole line is cut into pieces that fit.
      while (used + w > width && w > 0 && width - used > 0) {
        int cut = cutPoint(word, width - used);
        line.append(word, 0, cut);
        lines.add(line.toString());
        line.setLength(0);
        line.append(continuation);
        used = width(continuation);
        word = word.substring(cut);
        w = width(word);
      }
      line.append(word);
      used += w;
      empty = false;
    }
    lines.add(line.toString());
    return lines;
  }

  /** The index in {@code word} after {@code columns} visible code points. */
  private static int cutPoint(String word, int columns) {
    int i = 0;
    int seen = 0;
    while (i < word.length() && seen < columns) {
      int end = escapeEnd(word, i);
      if (end > i) {
        i = end;
        continue;
      }
      i += Character.charCount(word.codePointAt(i));
      seen++;
    }
    return i;
  }
}
