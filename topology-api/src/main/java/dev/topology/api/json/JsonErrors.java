package dev.topology.api.json;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns Jackson's exceptions into the library's, with a JSONPath and no Java type names. */
final class JsonErrors {
  /** Jackson's note on where a marker started; it names no line of the input, only a redaction. */
  private static final java.util.regex.Pattern SOURCE_NOTE =
      java.util.regex.Pattern.compile(" \\(start marker at \\[Source: [^]]*\\]\\)");

  private JsonErrors() {}

  static TopologyJsonException translate(JacksonException e) {
    String path = pathOf(e.getPath());
    if (e instanceof UnrecognizedPropertyException unknown) {
      return new TopologyJsonException(path, "unknown field '" + unknown.getPropertyName()
          + "'; expected one of " + known(unknown.getKnownPropertyIds()) + ".");
    }
    if (e instanceof InvalidFormatException format && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      return new TopologyJsonException(path, "'" + format.getValue() + "' is not one of "
          + constants(format.getTargetType()) + ".");
    }
    if (e instanceof MismatchedInputException mismatch) {
      return new TopologyJsonException(path, "expected " + describe(mismatch.getTargetType())
          + (mismatch.getLocation() == null ? "" : " (" + where(mismatch.getLocation()) + ")")
          + ".");
    }
    if (e instanceof StreamConstraintsException) {
      return new TopologyJsonException(where(e.getLocation()),
          "the document breaks a size limit: " + e.getOriginalMessage());
    }
    if (e instanceof StreamReadException) {
      return new TopologyJsonException(where(e.getLocation()),
          "not valid JSON: " + firstLine(e.getOriginalMessage()));
    }
    return new TopologyJsonException(path, firstLine(e.getOriginalMessage()));
  }

  static String pathOf(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JacksonException.Reference reference : references) {
      if (reference.getPropertyName() != null) {
        path.append('.').append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "$";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a different value";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type.isEnum()) {
      return "one of " + constants(type);
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "an object";
    }
    return "a different value";
  }

  private static String constants(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants()).map(Object::toString)
        .collect(Collectors.joining(", "));
  }

  private static String known(Collection<Object> ids) {
    if (ids == null || ids.isEmpty()) {
      return "no other field";
    }
    return ids.stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
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
