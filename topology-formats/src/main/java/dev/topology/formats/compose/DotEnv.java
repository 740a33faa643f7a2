package dev.topology.formats.compose;

import dev.topology.api.Problem;
import dev.topology.api.internal.Quoting;
import dev.topology.formats.internal.HardenedYaml;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Compose's {@code .env} files, from text: the variables a file sets, parsed as Compose parses
 * them (compose-go's {@code dotenv} package, {@code parser.go}), and the text of a file that sets
 * given variables.
 *
 * <ul>
 *   <li>{@code KEY=value} or {@code KEY: value}, optionally after {@code export }; spaces around
 *       the key and before the value are dropped. A key is letters, digits, {@code _ . - [ ]}.
 *   <li>Lines starting with {@code #} are comments. An unquoted value ends at the end of its line
 *       or at {@code " #"} (a space then {@code #}), and trailing spaces are dropped; {@code
 *       a#b} keeps its {@code #}.
 *   <li>{@code 'single'} quotes keep their text as written; {@code "double"} quotes take the
 *       escapes {@code \n \r \t \f \v \a \b \\ \" \$} and {@code \0} followed by three octal
 *       digits. Quoted values may span lines; a backslash before the closing quote's character
 *       keeps it in the value.
 *   <li>Unquoted and double-quoted values are interpolated as a Compose file is ({@code $VAR},
 *       {@code ${VAR:-default}}, ...), from the caller's variables first and then the ones set
 *       earlier in the same file, as compose-go's {@code ExpandVariables} looks them up; an unset
 *       variable is empty.
 *   <li>{@code KEY} alone on its line takes the caller's value of {@code KEY}, and is left unset
 *       when the caller has none. {@code KEY=} is set and empty.
 *   <li>A leading byte-order mark is skipped.
 * </ul>
 *
 * <p>Where compose-go accepts a line this parser refuses it instead of guessing: a line that
 * starts with {@code =} (no name). A last line {@code KEY} without a newline is read as {@code
 * KEY} alone.
 *
 * <p>Cost: linear in the length of the text; texts beyond 8 MiB of characters are refused. The
 * class does no I/O: the caller reads the file.
 */
public final class DotEnv {
  /** The most characters a text may have: 8 MiB, as for a Compose file. */
  static final int MAX_LENGTH = HardenedYaml.MAX_LENGTH;
  private static final Pattern WRITABLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]*");

  private final String text;
  private final Map<String, String> lookup;
  private final Map<String, String> out = new LinkedHashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Interpolation interpolation;
  private int countedTo;
  private int countedLine = 1;

  private DotEnv(String text, Map<String, String> lookup) {
    this.text = text;
    this.lookup = lookup;
    this.interpolation = new Interpolation(name -> {
      String value = lookup.get(name);
      return value != null ? value : out.get(name);
    });
  }

  /**
   * Parses the text of a {@code .env} file without outside variables.
   *
   * @param text the text of the file
   * @return the variables it sets, in the order they first appear
   * @throws ComposeFileException listing every problem, each at {@code line N}
   */
  public static Map<String, String> parse(String text) {
    return parse(text, Map.of());
  }

  /**
   * Parses the text of a {@code .env} file, with the variables already known (the environment,
   * earlier env files) for interpolation and for {@code KEY} alone on a line.
   *
   * @param text the text of the file
   * @param known variables already set; they win over the file's own in interpolation, as in
   *     Compose
   * @return the variables the file sets, in the order they first appear
   * @throws ComposeFileException listing every problem, each at {@code line N}: a character that
   *     cannot be in a name, a name with a space, a missing name, an unterminated quote, a
   *     {@code ${VAR:?error}} of an unset variable; or if the text is longer than 8 MiB
   */
  public static Map<String, String> parse(String text, Map<String, String> known) {
    if (text == null || known == null) {
      throw new ComposeFileException("", "A .env file is read from text and known variables,"
          + " not null.");
    }
    if (text.length() > MAX_LENGTH) {
      throw new ComposeFileException(List.of(Problems.at(Problem.Kind.LIMIT_EXCEEDED, "",
          "The .env file has " + text.length() + " characters, more than the limit of "
              + MAX_LENGTH + " (8 MiB).")));
    }
    DotEnv parser = new DotEnv(text.startsWith("\uFEFF") ? text.substring(1) : text, known);
    parser.run();
    if (!parser.problems.isEmpty()) {
      throw new ComposeFileException(parser.problems);
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(parser.out));
  }

  /**
   * Writes variables as the text of a {@code .env} file that {@link #parse(String)} reads back
   * to the same map: one {@code KEY="value"} line each, with {@code \}, {@code "} and {@code $}
   * escaped.
   *
   * @param variables the variables, in the order to write them
   * @return the text, one line per variable
   * @throws ComposeFileException if a name is not letters, digits, {@code _ . -} starting with a
   *     letter or {@code _}, or a name or value is null
   */
  public static String write(Map<String, String> variables) {
    if (variables == null) {
      throw new ComposeFileException("", "A .env file is written from variables, not null.");
    }
    StringBuilder text = new StringBuilder();
    List<Problem> problems = new ArrayList<>();
    variables.forEach((name, value) -> {
      if (name == null || value == null || !WRITABLE_KEY.matcher(name).matches()) {
        problems.add(Problems.at("", "The variable " + Quoting.quote(
            String.valueOf(name)) + " cannot be written: a name is letters, digits, '_', '.'"
            + " and '-', starting with a letter or '_', with a value that is not null."));
        return;
      }
      text.append(name).append("=\"");
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '\\' || c == '"' || c == '$') {
          text.append('\\');
        }
        text.append(c);
      }
      text.append("\"\n");
    });
    if (!problems.isEmpty()) {
      throw new ComposeFileException(problems);
    }
    return text.toString();
  }

  private void run() {
    int pos = 0;
    while (true) {
      pos = statementStart(pos);
      if (pos >= text.length()) {
        return;
      }
      pos = statement(pos);
      if (pos < 0) {
        return;
      }
    }
  }

  /** The start of the next statement at or after {@code pos}: spaces and comments skipped. */
  private int statementStart(int pos) {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (isUnicodeSpace(c)) {
        pos++;
      } else if (c == '#') {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end;
      } else {
        break;
      }
    }
    return pos;
  }

  /** Reads one statement starting at {@code pos}; the position after it, or -1 to stop. */
  private int statement(int pos) {
    int start = pos;
    if (text.startsWith("export", pos) && pos + 6 < text.length()
        && (text.charAt(pos + 6) == ' ' || text.charAt(pos + 6) == '	')) {
      pos += 6;
      while (pos < text.length() && isSpace(text.charAt(pos))) {
        pos++;
      }
    }
    int i = pos;
    char terminator = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      if (c == '=' || c == ':' || c == '\n') {
        terminator = (char) c;
        break;
      }
      if (!isSpace(c) && !isKeyPart(c)) {
        return skipLine(start, "unexpected character " + Quoting.quote(
            new String(Character.toChars(c))) + " in the variable name of "
            + Quoting.quote(firstLine(start)) + "; a name is letters, digits, '_', '.',"
            + " '-', '[' and ']'.");
      }
      i += Character.charCount(c);
    }
    String key = stripTrailing(text.substring(pos, i));
    if (key.indexOf(' ') >= 0) {
      return skipLine(start, "the variable name " + Quoting.quote(key) + " contains a"
          + " space.");
    }
    if (key.isEmpty()) {
      return skipLine(start, Quoting.quote(firstLine(start)) + " sets no variable name"
          + (terminator == '=' || terminator == ':' ? " before '" + terminator + "'." : "."));
    }
    if (terminator == '\n' || terminator == 0) {
      String value = lookup.get(key);
      if (value != null) {
        out.put(key, value);
      }
      return i + 1;
    }
    int valueStart = i + 1;
    while (valueStart < text.length() && isSpace(text.charAt(valueStart))) {
      valueStart++;
    }
    return value(key, valueStart);
  }

  /** Reads the value of {@code key} from {@code pos}; the position after it, or -1 to stop. */
  private int value(String key, int pos) {
    char quote = pos < text.length() ? text.charAt(pos) : 0;
    if (quote != '"' && quote != '\'') {
      int end = text.indexOf('\n', pos);
      end = end < 0 ? text.length() : end;
      String raw = text.substring(pos, end);
      int comment = raw.indexOf(" #");
      String value = interpolate(stripTrailing(comment < 0 ? raw : raw.substring(0, comment)),
          pos);
      if (value != null) {
        out.put(key, value);
      }
      return end;
    }
    StringBuilder raw = new StringBuilder();
    boolean escaped = false;
    for (int i = pos + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (escaped) {
        escaped = false;
        if (c != quote) {
          raw.append('\\');
        }
        raw.append(c);
      } else if (c == '\\') {
        escaped = true;
      } else if (c == quote) {
        String value = quote == '\'' ? raw.toString()
            : interpolate(DoubleQuoted.unescape(raw.toString()), pos);
        if (value != null) {
          out.put(key, value);
        }
        return i + 1;
      } else {
        raw.append(c);
      }
    }
    problems.add(onLine(line(pos), "the quoted value "
        + Quoting.quote(firstLine(pos)) + " of " + Quoting.quote(key)
        + " is not closed; close it with " + quote + "."));
    return -1;
  }

  private String interpolate(String value, int pos) {
    List<Problem> found = new ArrayList<>();
    String result = interpolation.apply(value, "", false, found);
    int line = line(pos);
    found.forEach(p -> problems.add(p.toBuilder().line(line).build()));
    return result;
  }

  /** A problem of the statement on a line, placed by the line. */
  private static Problem onLine(int line, String message) {
    return Problem.builder().kind(Problem.Kind.INVALID_DOCUMENT).line(line).message(message)
        .build();
  }

  /** Records a problem of the statement at {@code start} and goes on at the next line. */
  private int skipLine(int start, String message) {
    problems.add(onLine(line(start), message));
    int end = text.indexOf('\n', start);
    return end < 0 ? text.length() : end;
  }

  private String firstLine(int pos) {
    int end = text.indexOf('\n', pos);
    return text.substring(pos, end < 0 ? text.length() : end);
  }

  /** The line of {@code pos}, counted on from the last position asked about. */
  private int line(int pos) {
    if (pos < countedTo) {
      countedTo = 0;
      countedLine = 1;
    }
    for (int i = countedTo; i < pos; i++) {
      if (text.charAt(i) == '\n') {
        countedLine++;
      }
    }
    countedTo = pos;
    return countedLine;
  }

  /** Space that is not a line break, as compose-go's {@code isSpace}. */
  private static boolean isSpace(int c) {
    return c == '\t' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' || c == 0x85
        || c == 0xA0;
  }

  /** Go's {@code unicode.IsSpace}. */
  private static boolean isUnicodeSpace(char c) {
    if (c == '\n' || isSpace(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static boolean isKeyPart(int c) {
    if (c == '_' || c == '.' || c == '-' || c == '[' || c == ']') {
      return true;
    }
    int type = Character.getType(c);
    return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static String stripTrailing(String text) {
    int end = text.length();
    while (end > 0 && isUnicodeSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  @Override
  public String toString() {
    return "DotEnv[" + out.size() + " variables]";
  }
}
