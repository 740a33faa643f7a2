package dev.topology.formats.compose;

import dev.topology.formats.internal.HardenedYaml.Reset;
import dev.topology.formats.internal.HardenedYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The forms {@link ComposeMerge} reads one Compose value in before merging it with another: the
 * short and long forms of the same attribute, and the keys that make entries of a list unique
 * (compose-go {@code override/merge.go}, {@code override/uncity.go}).
 */
final class MergeForms {
  private MergeForms() {}

  static Object build(Object value) {
    return value instanceof String context ? mapOf("context", context) : value;
  }

  /** A volume's target: {@code target} of the long form, the part after the source else. */
  static Object volumeTarget(Object volume) {
    if (volume instanceof Map<?, ?> map) {
      return String.valueOf(map.get("target"));
    }
    String text = String.valueOf(volume);
    String[] parts = text.split(":", -1);
    return parts.length == 1 ? text : parts[1];
  }

  static Object mountTarget(Object mount, String folder) {
    if (mount instanceof Map<?, ?> map) {
      return map.get("target") != null ? String.valueOf(map.get("target"))
          : folder + map.get("source");
    }
    return folder + mount;
  }

  /** The key of a {@code key=value} entry. */
  static Object keyOf(Object entry) {
    String text = String.valueOf(entry);
    int equals = text.indexOf('=');
    return equals < 0 ? text : text.substring(0, equals);
  }

  /** A mapping as a sorted {@code key=value} list, as compose-go converts it; else as is. */
  static Object sequence(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, String> sorted = new TreeMap<>();
      map.forEach((key, v) -> {
        if (!(v instanceof Reset)) {
          Object plain = ComposeMerge.clean(v);
          sorted.put(Values.key(key), plain == null ? Values.key(key)
              : Values.key(key) + "=" + plain);
        }
      });
      return new ArrayList<Object>(sorted.values());
    }
    return value instanceof String text ? new ArrayList<Object>(List.of(text)) : value;
  }

  /** A list of names as a mapping of each name to the defaults; a mapping as is. */
  static Object mapping(Object value, Object defaults) {
    if (value instanceof List<?> list) {
      Map<Object, Object> map = new LinkedHashMap<>();
      for (Object item : list) {
        if (!(item instanceof Reset)) {
          map.put(Values.key(ComposeMerge.clean(item)), defaults == null ? null
              : new LinkedHashMap<>((Map<?, ?>) defaults));
        }
      }
      return map;
    }
    return value;
  }

  static Map<Object, Object> mapOf(Object... keysAndValues) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** A {@code key=value} list as a mapping ({@code key} alone: no value); a mapping as is. */
  static Object keyed(Object value) {
    if (!(value instanceof List<?> list)) {
      return value;
    }
    Map<Object, Object> map = new LinkedHashMap<>();
    for (Object item : list) {
      Object entry = ComposeMerge.clean(item);
      if (entry == ComposeMerge.REMOVED) {
        continue;
      }
      String text = entry == null ? "" : String.valueOf(entry);
      int equals = text.indexOf('=');
      map.put(equals < 0 ? text : text.substring(0, equals),
          equals < 0 ? null : text.substring(equals + 1));
    }
    return map;
  }
}
