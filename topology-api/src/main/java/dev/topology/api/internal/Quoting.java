package dev.topology.api.internal;

/**
 * The one way every message of the project quotes a name or a value given to it: in single
 * quotes, with what would not show, or would change the text around it, escaped.
 *
 * <p>The rules, pinned by tests:
 *
 * <ul>
 *   <li>null is shown as {@code null}, without quotes;
 *   <li>a control character (U+0000 to U+001F, U+007F to U+009F), a character that changes the
 *       direction of the text around it (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to
 *       U+2069) and half of a surrogate pair standing alone are written {@code \}{@code uXXXX},
 *       with four lower-case hexadecimal digits;
 *   <li>everything else is kept as it is, quotes and backslashes included (the quotes are for
 *       people to read, not for a program to parse back), and so are characters beyond the Basic
 *       Multilingual Plane;
 *   <li>a text longer than {@value #LONGEST_SHOWN} characters shows its first {@value
 *       #LONGEST_SHOWN}, then {@code ...}; the cut never splits a surrogate pair.
 * </ul>
 *
 * <p>Not part of the library's API: the package is exported only to the project's own modules.
 */
public final class Quoting {
  /**
   * The most characters of a text a message shows: more than any name Docker, Compose or DNS
   * allow (253), so that a name is shown whole, while a megabyte of text is not repeated in
   * every message about it.
   */
  public static final int LONGEST_SHOWN = 256;

  private Quoting() {}

  /**
   * Quotes a name or a value for a message.
   *
   * <p>Cost: O(n) in the characters shown.
   *
   * @param text the name or value; may be null
   * @return such as {@code 'web'}, {@code 'a\u000a'}, or {@code null}
   */
  public static String quote(String text) {
    if (text == null) {
      return "null";
    }
    int end = text.length();
    boolean cut = end > LONGEST_SHOWN;
    if (cut) {
      end = LONGEST_SHOWN;
      if (Character.isHighSurrogate(text.charAt(end - 1))
          && Character.isLowSurrogate(text.charAt(end))) {
        end--;
      }
    }
    StringBuilder quoted = new StringBuilder(end + 8).append('\'');
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        quoted.append(c).append(text.charAt(++i));
      } else if (hidden(c)) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    if (cut) {
      quoted.append("...");
    }
    return quoted.append('\'').toString();
  }

  /** Whether a character, alone, would not show or would reorder the text around it. */
  private static boolean hidden(char c) {
    return Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u061c'
        || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
