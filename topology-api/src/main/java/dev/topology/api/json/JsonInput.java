package dev.topology.api.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A cursor over the parser's tokens that knows the JSONPath of the value it stands on, and reads
 * the few shapes the format is made of: objects field by field, strings, flags, constants, and
 * lists and maps of strings. Every wrong shape is a {@link TopologyJsonException} at its path.
 */
final class JsonInput {
  private final JsonParser parser;
  /** Field names (String) and array positions (Integer) from the root to the current value. */
  private final List<Object> path = new ArrayList<>();

  JsonInput(JsonParser parser) {
    this.parser = parser;
  }

  /** Moves to the next token; returns it, or null at the end of the input. */
  JsonToken next() {
    return parser.nextToken();
  }

  JsonToken token() {
    return parser.currentToken();
  }

  String path() {
    StringBuilder text = new StringBuilder("$");
    for (Object segment : path) {
      if (segment instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else {
        text.append('.').append(segment);
      }
    }
    return text.toString();
  }

  /** The path of a field of the current object, such as {@code $.services[0].name}. */
  String pathTo(String field) {
    return path() + "." + field;
  }

  void push(Object segment) {
    path.add(segment);
  }

  void pop() {
    path.remove(path.size() - 1);
  }

  TopologyJsonException error(String message) {
    return new TopologyJsonException(path(), message);
  }

  /** The error for a value of the wrong shape, where it starts, or that it is null. */
  TopologyJsonException expected(String what) {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return error("expected " + what + ", not null.");
    }
    return error("expected " + what + " (" + where() + ").");
  }

  /** Where the current token starts, as a line and a column. */
  String where() {
    TokenStreamLocation location = parser.currentTokenLocation();
    return JsonErrors.where(location);
  }

  /** Requires the current token to start an object. */
  void startObject() {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw expected("an object");
    }
  }

  /**
   * Moves to the next field of the current object and then onto its value, with the field on
   * the path; returns the field's name, or null at the end of the object. The caller reads the
   * value and calls {@link #pop()}.
   */
  String nextField() {
    String name = parser.nextName();
    if (name == null) {
      return null;
    }
    push(name);
    parser.nextToken();
    return name;
  }

  /** The error for a field the format does not have here, at the field's path. */
  TopologyJsonException unknownField(String name, Collection<String> known) {
    return error("unknown field '" + name + "'; expected one of "
        + String.join(", ", new TreeSet<>(known)) + ".");
  }

  String string() {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("a string");
    }
    return parser.getString();
  }

  /** The text of the current number, as written. */
  String numberText() {
    return parser.getString();
  }

  boolean flag() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
      throw expected("true or false");
    }
    return token == JsonToken.VALUE_TRUE;
  }

  <E extends Enum<E>> E constant(Class<E> type) {
    E[] constants = type.getEnumConstants();
    String names = String.join(", ", Arrays.stream(constants).map(Enum::name).toList());
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw expected("one of " + names);
    }
    String text = parser.getString();
    for (E constant : constants) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw error("'" + text + "' is not one of " + names + ".");
  }

  /** Reads an array of strings. */
  List<String> strings() {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      throw expected("an array");
    }
    List<String> values = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      push(values.size());
      values.add(string());
      pop();
    }
    return values;
  }

  /** Reads an object whose values are strings, keeping the document's order. */
  Map<String, String> stringMap() {
    startObject();
    Map<String, String> values = new LinkedHashMap<>();
    for (String name = nextField(); name != null; name = nextField()) {
      values.put(name, string());
      pop();
    }
    return values;
  }

  /** Reads an object whose values are arrays of strings, keeping the document's order. */
  Map<String, List<String>> stringListMap() {
    startObject();
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String name = nextField(); name != null; name = nextField()) {
      values.put(name, strings());
      pop();
    }
    return values;
  }
}
