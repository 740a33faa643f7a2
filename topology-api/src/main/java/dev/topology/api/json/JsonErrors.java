package dev.topology.api.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/** Turns the parser's exceptions into the library's, with a place and no Java type names. */
final class JsonErrors {
  /** The parser's note on where a marker started; it names no line of the input, only a redaction. */
  private static final java.util.regex.Pattern SOURCE_NOTE =
      java.util.regex.Pattern.compile(" \\(start marker at \\[Source: [^]]*\\]\\)");

  private JsonErrors() {}

  /**
   * The library's exception for one of the parser's. A broken limit or broken syntax is placed by
   * line and column: it is a fault of the text, found before the value it belongs to is known.
   *
   * @param e what the parser threw
   * @param path the JSONPath of the value being read, for any other exception
   */
  static TopologyJsonException translate(JacksonException e, String path) {
    if (e instanceof StreamConstraintsException) {
      return new TopologyJsonException(where(e.getLocation()),
          "the document breaks a size limit: " + firstLine(e.getOriginalMessage()));
    }
    if (e instanceof StreamReadException) {
      return new TopologyJsonException(where(e.getLocation()),
          "not valid JSON: " + firstLine(e.getOriginalMessage()));
    }
    return new TopologyJsonException(path, firstLine(e.getOriginalMessage()));
  }

  /** A location as {@code line 1, column 4}, or {@code $} when it is not known. */
  static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "$";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input.";
    }
    int end = message.indexOf('\n');
    String line = end < 0 ? message : message.substring(0, end);
    return SOURCE_NOTE.matcher(line).replaceAll("");
  }
}
