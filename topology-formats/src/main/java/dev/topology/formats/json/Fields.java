package dev.topology.formats.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** The few ways an answer's fields are written, shared by every serializer of the package. */
final class Fields {
  private Fields() {}

  /** How one answer type is written: its fields, into an object already started. */
  @FunctionalInterface
  interface Body<T> {
    void write(T value, JsonGenerator json);
  }

  /** A serializer that writes an object of the fields its body gives. */
  static final class ObjectSerializer<T> extends StdSerializer<T> {
    private final transient Body<T> body;

    ObjectSerializer(Class<T> type, Body<T> body) {
      super(type);
      this.body = body;
    }

    @Override
    public void serialize(T value, JsonGenerator json, SerializationContext context) {
      json.writeStartObject(value);
      body.write(value, json);
      json.writeEndObject();
    }
  }

  static <T> ObjectSerializer<T> of(Class<T> type, Body<T> body) {
    return new ObjectSerializer<>(type, body);
  }

  /** A field of names, as an array on one line. */
  static void names(JsonGenerator json, String field, List<String> names) {
    json.writeName(field);
    names(json, names);
  }

  static void names(JsonGenerator json, List<String> names) {
    json.writeStartArray(names, names.size());
    for (String name : names) {
      json.writeString(name);
    }
    json.writeEndArray();
  }

  /** A field of lists of names, such as waves. */
  static void waves(JsonGenerator json, String field, List<List<String>> waves) {
    json.writeName(field);
    json.writeStartArray(waves, waves.size());
    for (List<String> wave : waves) {
      names(json, wave);
    }
    json.writeEndArray();
  }

  /** A text field, {@code null} when there is no text. */
  static void text(JsonGenerator json, String field, String text) {
    if (text == null) {
      json.writeNullProperty(field);
    } else {
      json.writeStringProperty(field, text);
    }
  }

  /** An enum field by its name, {@code null} when empty. */
  static void name(JsonGenerator json, String field, Optional<? extends Enum<?>> value) {
    text(json, field, value.map(Enum::name).orElse(null));
  }

  /** An object field of text values, in the map's order. */
  static void texts(JsonGenerator json, String field, Map<String, String> values) {
    json.writeObjectPropertyStart(field);
    values.forEach(json::writeStringProperty);
    json.writeEndObject();
  }
}
