package dev.topology.formats.compose;

/**
 * The escapes of a double-quoted {@code .env} value, as compose-go's {@code expandEscapes}
 * reads them: {@code \a \b \f \n \r \t \v \\ \"}, {@code \$} (a literal {@code $}, kept as
 * {@code $$} for the interpolation that follows), and {@code \0} followed by three octal digits.
 * Any other backslash stays as written.
 */
final class DoubleQuoted {
  private DoubleQuoted() {}

  static String unescape(String raw) {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      if (c != '\\' || i + 1 == raw.length()) {
        out.append(c);
        i++;
        continue;
      }
      char next = raw.charAt(i + 1);
      String replaced = switch (next) {
        case 'a' -> "\u0007";
        case 'b' -> "\b";
        case 'f' -> "\f";
        case 'n' -> "\n";
        case 'r' -> "\r";
        case 't' -> "\t";
        case 'v' -> "\u000B";
        case '\\' -> "\\";
        case '"' -> "\"";
        case '$' -> "$$";
        default -> null;
      };
      if (replaced != null) {
        out.append(replaced);
        i += 2;
      } else if (next == '0') {
        i = octal(raw, i, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** {@code \0} and up to three digits from {@code at}: a character if they are three octal. */
  private static int octal(String raw, int at, StringBuilder out) {
    int end = at + 2;
    while (end < raw.length() && end < at + 5 && raw.charAt(end) >= '0'
        && raw.charAt(end) <= '9') {
      end++;
    }
    String digits = raw.substring(at + 2, end);
    if (digits.length() == 3 && digits.chars().allMatch(d -> d <= '7')
        && Integer.parseInt(digits, 8) <= 255) {
      out.append((char) Integer.parseInt(digits, 8));
    } else {
      out.append(raw, at, end);
    }
    return end;
  }
}
