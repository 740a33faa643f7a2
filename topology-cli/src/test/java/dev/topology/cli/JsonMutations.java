package dev.topology.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Broken variants of valid JSON documents, for properties that feed them to a reader: cut,
 * spliced and token-injected text, and well-formed documents with one value retyped, nulled,
 * removed, duplicated or wrapped. The same mutators as topology-api's reader tests use; the
 * library's own tests cannot share them through the testing kit, which depends on the library.
 */
final class JsonMutations {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final List<String> TOKENS = List.of("{", "}", "[", "]", ",", ":", "\"",
      "null", "true", "0", "-1e999", "\"name\"", "\"severity\"", "\"HIGH\"", "\"services\"",
      "\\u0000", "\"dependencies\"", "\"target\"", "{}", "[]", " ", "\"@class\"", "\\ud800",
      "1" + "0".repeat(40), "\"\\u202e\"", "\ufeff");

  /** What {@link #retyped} does to the value it picks. */
  public enum Change {
    NULL, NUMBER, HUGE_NUMBER, STRING, BLANK_STRING, TRUE, EMPTY_ARRAY, EMPTY_OBJECT,
    WRAPPED_IN_ARRAY, WRAPPED_IN_OBJECT, REMOVED, DUPLICATED, UNKNOWN_FIELD_BESIDE,
    POLYMORPHIC_HINT_BESIDE
  }

  private JsonMutations() {}

  /** Text mutations: a prefix, a cut, an inserted token, a replaced stretch. */
  public static Arbitrary<String> textual(Arbitrary<String> valid) {
    return Combinators.combine(valid, Arbitraries.integers().between(0, 3),
            Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
            Arbitraries.of(TOKENS))
        .as((json, mutation, at, length, token) -> {
          int start = (int) (at * json.length());
          int end = Math.min(json.length(), start + (int) (length * 40));
          return switch (mutation) {
            case 0 -> json.substring(0, start);
            case 1 -> json.substring(0, start) + json.substring(end);
            case 2 -> json.substring(0, start) + token + json.substring(start);
            default -> json.substring(0, start) + token + json.substring(end);
          };
        });
  }

  /** Well-formed mutations: one value of the document, picked at random, changed. */
  public static Arbitrary<String> retyped(Arbitrary<String> valid) {
    return Combinators.combine(valid, Arbitraries.integers().between(0, 10_000),
            Arbitraries.of(Change.class))
        .as(JsonMutations::retyped);
  }

  /** The document with its {@code pick}-th value (pre-order, modulo their count) changed. */
  public static String retyped(String json, int pick, Change change) {
    JsonNode root = MAPPER.readTree(json);
    List<Slot> slots = new ArrayList<>();
    collect(null, null, -1, root, slots);
    Slot slot = slots.get(pick % slots.size());
    JsonNode changed = switch (change) {
      case NULL -> NODES.nullNode();
      case NUMBER -> NODES.numberNode(7);
      case HUGE_NUMBER -> NODES.numberNode(new java.math.BigDecimal("1e999"));
      case STRING -> NODES.stringNode("x");
      case BLANK_STRING -> NODES.stringNode(" ");
      case TRUE -> NODES.booleanNode(true);
      case EMPTY_ARRAY -> NODES.arrayNode();
      case EMPTY_OBJECT -> NODES.objectNode();
      case WRAPPED_IN_ARRAY -> NODES.arrayNode().add(slot.value);
      case WRAPPED_IN_OBJECT -> NODES.objectNode().set("value", slot.value);
      default -> slot.value;
    };
    if (slot.parent == null) {
      return change == Change.REMOVED ? "" : MAPPER.writeValueAsString(changed);
    }
    if (slot.parent instanceof ObjectNode object) {
      switch (change) {
        case REMOVED -> object.remove(slot.key);
        case DUPLICATED -> object.set(slot.key + "2", slot.value);
        case UNKNOWN_FIELD_BESIDE -> object.put("colour", "red");
        case POLYMORPHIC_HINT_BESIDE -> object.put("@class", "java.net.URL");
        default -> object.set(slot.key, changed);
      }
    } else {
      ArrayNode array = (ArrayNode) slot.parent;
      switch (change) {
        case REMOVED -> array.remove(slot.index);
        case DUPLICATED -> array.insert(slot.index, slot.value.deepCopy());
        case UNKNOWN_FIELD_BESIDE, POLYMORPHIC_HINT_BESIDE ->
            array.add(NODES.objectNode().put("@type", "java.io.File"));
        default -> array.set(slot.index, changed);
      }
    }
    return MAPPER.writeValueAsString(root);
  }

  private record Slot(JsonNode parent, String key, int index, JsonNode value) {}

  private static void collect(
      JsonNode parent, String key, int index, JsonNode value, List<Slot> slots) {
    slots.add(new Slot(parent, key, index, value));
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> field : value.properties()) {
        collect(value, field.getKey(), -1, field.getValue(), slots);
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        collect(value, null, i, value.get(i), slots);
      }
    }
  }
}
