package dev.topology.formats.docker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a sequence of flat JSON objects, one a line (JSON Lines), or one JSON array of them,
 * keeping each object's top-level text and whole-number fields and the line it starts on. Nested
 * values are skipped; unknown fields are kept but never required.
 */
final class JsonRecords {
  static final long MAX_DOCUMENT_LENGTH = DockerPs.MAX_DOCUMENT_LENGTH;
  static final int MAX_LINES = DockerPs.MAX_LINES;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(DockerPs.MAX_NESTING_DEPTH)
          .maxStringLength(DockerPs.MAX_STRING_LENGTH)
          .maxDocumentLength(DockerPs.MAX_DOCUMENT_LENGTH)
          .maxNumberLength(32)
          .maxNameLength(1024)
          .build())
      .build();

  /** One object: the line it starts on and its top-level text and number fields. */
  record Fields(int line, Map<String, String> text, Map<String, Long> numbers) {
    Optional<String> string(String name) {
      return Optional.ofNullable(text.get(name));
    }
  }

  private JsonRecords() {}

  static List<Fields> read(String json, String command, boolean arrayAllowed) {
    if (json == null) {
      throw new DockerOutputException(1, "There is no text to read (null); give the output of "
          + command + ", empty when no container exists.");
    }
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw new DockerOutputException(1, "The output of " + command + " is "
          + json.length() + " characters long, more than the " + MAX_DOCUMENT_LENGTH
          + " a reader accepts.");
    }
    int lines = 1;
    for (int i = 0; i < json.length(); i++) {
      if (json.charAt(i) == '\n' && ++lines > MAX_LINES) {
        throw new DockerOutputException(lines, "The output of " + command + " has more than "
            + MAX_LINES + " lines, more than a reader accepts.");
      }
    }
    String trimmed = json.strip();
    if (arrayAllowed && trimmed.startsWith("[")) {
      return parse(json, 0, command, true);
    }
    List<Fields> records = new ArrayList<>();
    int number = 0;
    for (String line : json.split("\n", -1)) {
      number++;
      if (!line.isBlank()) {
        records.addAll(parse(line, number - 1, command, false));
      }
    }
    return records;
  }

  /** Parses one line (an object) or a whole document (an array); {@code offset} lines before. */
  private static List<Fields> parse(String json, int offset, String command, boolean array) {
    List<Fields> records = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      JsonToken token = parser.nextToken();
      if (array) {
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY;
            item = parser.nextToken()) {
          expectObject(parser, item, offset, command);
          records.add(object(parser, offset));
        }
      } else {
        expectObject(parser, token, offset, command);
        records.add(object(parser, offset));
      }
      JsonToken more = parser.nextToken();
      if (more != null) {
        throw new DockerOutputException(offset + parser.currentTokenLocation().getLineNr(),
            "Expected the end of " + (array ? "the output" : "the line")
                + " after one container's JSON object, but found " + describe(more) + ".");
      }
    } catch (StreamConstraintsException e) {
      throw new DockerOutputException(offset + line(e), "The output of " + command
          + " goes beyond a limit of the reader: " + firstLine(e.getOriginalMessage()));
    } catch (JacksonException e) {
      throw new DockerOutputException(offset + line(e), "This is not valid JSON, as " + command
          + " writes it: " + firstLine(e.getOriginalMessage()));
    }
    return records;
  }

  private static void expectObject(JsonParser parser, JsonToken token, int offset,
      String command) {
    if (token != JsonToken.START_OBJECT) {
      throw new DockerOutputException(offset + parser.currentTokenLocation().getLineNr(),
          "Expected a JSON object describing one container, as " + command + " writes one a"
              + " line, but found " + describe(token) + ".");
    }
  }

  private static Fields object(JsonParser parser, int offset) {
    int line = offset + parser.currentTokenLocation().getLineNr();
    Map<String, String> text = new TreeMap<>();
    Map<String, Long> numbers = new TreeMap<>();
    for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME;
        token = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.VALUE_STRING) {
        text.put(name, parser.getString());
      } else if (value == JsonToken.VALUE_NUMBER_INT) {
        numbers.put(name, parser.getValueAsLong(Long.MIN_VALUE));
      } else {
        parser.skipChildren();
      }
    }
    return new Fields(line, text, numbers);
  }

  private static int line(JacksonException e) {
    return e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
  }

  private static String firstLine(String message) {
    String text = message == null ? "no details" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> String.valueOf(token);
    };
  }
}
