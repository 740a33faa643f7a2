package dev.topology.formats.backstage;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The annotations that keep what Backstage has no field for, and the compact JSON some of them
 * hold.
 */
final class Annotations {
  static final String PREFIX = "dev.topology/";
  static final String NAME = PREFIX + "name";
  static final String ALIASES = PREFIX + "aliases";
  static final String IMAGE = PREFIX + "image";
  static final String FAILURE_EFFECT = PREFIX + "failure-effect";
  static final String SEVERITY = PREFIX + "severity";
  static final String LIFECYCLE = PREFIX + "lifecycle";
  static final String EXTERNALIZABLE = PREFIX + "externalizable";
  static final String EXTERNAL = PREFIX + "external";
  static final String STARTUP_GATE = PREFIX + "startup-gate";
  static final String RELIABILITY = PREFIX + "reliability";
  static final String LABELS = PREFIX + "labels";
  static final String BROAD_DEPENDENTS = PREFIX + "broad-dependents";
  static final String DEPENDENCIES = PREFIX + "dependencies";

  /** Every key, in the order the writer writes them. */
  static final List<String> KEYS = List.of(NAME, ALIASES, IMAGE, FAILURE_EFFECT, SEVERITY,
      LIFECYCLE, EXTERNALIZABLE, EXTERNAL, STARTUP_GATE, RELIABILITY, LABELS, BROAD_DEPENDENTS,
      DEPENDENCIES);

  /** Sorted keys, escaped as JSON requires, no white space: one line, the same bytes each time. */
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Annotations() {}

  static String json(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** The JSON value of an annotation (maps, lists, strings, numbers, booleans); null if none. */
  static Object parse(String text) {
    try {
      return MAPPER.readValue(text, Object.class);
    } catch (JacksonException | IllegalArgumentException e) {
      return null;
    }
  }
}
