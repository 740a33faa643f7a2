package dev.topology.formats.compose;

import dev.topology.api.Problem;
import dev.topology.formats.internal.HardenedYaml.Replace;
import dev.topology.formats.internal.HardenedYaml.Reset;
import dev.topology.formats.internal.HardenedYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the plain values of two Compose documents as Compose merges an override file onto the
 * files before it, and a service onto the one it {@code extends}: the Compose specification's
 * "Merge and override" (compose-spec {@code 13-merge.md}) with the per-attribute rules of
 * compose-go's {@code override/merge.go} and {@code override/uncity.go}.
 *
 * <ul>
 *   <li>Mappings merge key by key; sequences append; anything else is replaced; an empty (null)
 *       value in the override keeps the base.
 *   <li>{@code command}, {@code entrypoint} and {@code healthcheck.test} are replaced.
 *   <li>{@code depends_on}, {@code networks}, {@code models}: the short (list) form is read as
 *       the long (mapping) form, then merged as mappings ({@code depends_on: [a]} stands for
 *       {@code a: {condition: service_started, required: true}}); two lists append, without
 *       repeats.
 *   <li>{@code labels}, {@code environment}, {@code annotations}, {@code sysctls}: merged by key,
 *       the override's value winning, whichever form (mapping or {@code key=value} list) each
 *       side uses.
 *   <li>{@code volumes}, {@code secrets}, {@code configs} are unique by mount target,
 *       {@code ports}, {@code expose} and {@code extra_hosts} by value: an entry of the override
 *       replaces the base's entry with the same key, in its place.
 *   <li>{@code build} as text is {@code {context: text}}; {@code logging} merges only if both
 *       name the same driver (or one names none); each {@code ulimits} entry is replaced.
 *   <li>{@code !reset} removes what it is merged onto; {@code !override} replaces it without
 *       merging. Left where nothing is under them, as in the first file, {@code !reset} removes
 *       its key and {@code !override} is its plain value.
 * </ul>
 *
 * <p>Neither side is changed: the result shares unchanged values with them. Cost: linear in the
 * size of both documents.
 */
final class ComposeMerge {
  private static final Set<String> REPLACED = Set.of("command", "entrypoint");
  private static final Set<String> AS_MAPPING = Set.of("depends_on", "networks", "models");
  private static final Set<String> BY_KEY = Set.of("labels", "environment", "annotations",
      "sysctls");
  private static final Set<String> AS_SEQUENCE = Set.of("env_file", "label_file", "dns",
      "dns_opt", "dns_search", "tmpfs");
  /** Marks a key to drop from a merged mapping. */
  static final Object REMOVED = new Object();

  private final String file;
  private final List<Problem> problems;

  /**
   * @param file the override's file, for messages
   * @param problems where a value that cannot be merged is reported
   */
  ComposeMerge(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** Two whole documents: {@code over} merged onto {@code base}. */
  Object documents(Object base, Object over) {
    if (!(base instanceof Map<?, ?> b) || !(over instanceof Map<?, ?> o)) {
      return over == null ? base : clean(over);
    }
    Map<Object, Object> merged = new LinkedHashMap<>(b);
    for (Map.Entry<?, ?> entry : o.entrySet()) {
      String key = Values.key(entry.getKey());
      Object value = entry.getValue();
      if (key.equals("services") && b.get(entry.getKey()) instanceof Map<?, ?> services
          && value instanceof Map<?, ?> others) {
        merged.put(entry.getKey(), services(services, others));
      } else {
        put(merged, entry.getKey(), b.containsKey(entry.getKey())
            ? any(b.get(entry.getKey()), value, key) : clean(value));
      }
    }
    return merged;
  }

  private Map<Object, Object> services(Map<?, ?> base, Map<?, ?> over) {
    Map<Object, Object> merged = new LinkedHashMap<>(base);
    for (Map.Entry<?, ?> entry : over.entrySet()) {
      String path = "services." + Values.key(entry.getKey());
      put(merged, entry.getKey(), base.containsKey(entry.getKey())
          ? service(base.get(entry.getKey()), entry.getValue(), path) : clean(entry.getValue()));
    }
    return merged;
  }

  /** One service's settings: {@code over} onto {@code base}, by the per-attribute rules. */
  Object service(Object base, Object over, String path) {
    if (over instanceof Reset || over instanceof Replace || over == null
        || !(base instanceof Map<?, ?> b) || !(over instanceof Map<?, ?> o)) {
      return any(base, over, path);
    }
    Map<Object, Object> merged = new LinkedHashMap<>(b);
    for (Map.Entry<?, ?> entry : o.entrySet()) {
      Object key = entry.getKey();
      Object value = entry.getValue();
      if (!b.containsKey(key)) {
        put(merged, key, clean(value));
        continue;
      }
      put(merged, key, attribute(Values.key(key), b.get(key), value, path + "." + key));
    }
    return merged;
  }

  private Object attribute(String key, Object base, Object over, String path) {
    if (over instanceof Reset || over instanceof Replace) {
      return any(base, over, path);
    }
    if (REPLACED.contains(key)) {
      return over == null ? base : over;
    }
    if (over == null) {
      return base;
    }
    return switch (key) {
      case "healthcheck" -> healthcheck(base, over, path);
      case "build" -> any(MergeForms.build(base), MergeForms.build(over), path);
      case "logging" -> logging(base, over, path);
      case "ulimits" -> ulimits(base, over, path);
      case "volumes" -> unique(base, over, path, MergeForms::volumeTarget);
      case "secrets" -> unique(base, over, path,
          v -> MergeForms.mountTarget(v, "/run/secrets/"));
      case "configs" -> unique(base, over, path, v -> MergeForms.mountTarget(v, "/"));
      case "ports", "expose", "extra_hosts" -> unique(base, over, path, v -> v);
      default -> AS_MAPPING.contains(key) ? asMapping(key, base, over, path)
          : BY_KEY.contains(key) ? byKey(base, over, path)
          : AS_SEQUENCE.contains(key)
              ? any(MergeForms.sequence(base), MergeForms.sequence(over), path)
          : any(base, over, path);
    };
  }

  /** The default rules: mappings by key, sequences appended, the rest replaced. */
  Object any(Object base, Object over, String path) {
    if (over instanceof Reset) {
      return REMOVED;
    }
    if (over instanceof Replace replacement) {
      return clean(replacement.value());
    }
    if (over == null) {
      return base;
    }
    if (base == null) {
      return clean(over);
    }
    if (base instanceof Map<?, ?> b && over instanceof Map<?, ?> o) {
      Map<Object, Object> merged = new LinkedHashMap<>(b);
      for (Map.Entry<?, ?> entry : o.entrySet()) {
        Object key = entry.getKey();
        put(merged, key, b.containsKey(key)
            ? any(b.get(key), entry.getValue(), path + "." + Values.key(key))
            : clean(entry.getValue()));
      }
      return merged;
    }
    if (base instanceof List<?> b && over instanceof List<?> o) {
      List<Object> merged = new ArrayList<>(b);
      appendClean(merged, o);
      return merged;
    }
    if (base instanceof Map<?, ?> || base instanceof List<?> || over instanceof Map<?, ?>
        || over instanceof List<?>) {
      problems.add(Problems.in(file, path, "Cannot merge " + Values.kind(over)
          + " onto " + Values.kind(base) + "; Compose merges a mapping onto a mapping and a"
          + " list onto a list (use !override to replace the value)."));
      return clean(over);
    }
    return over;
  }

  private Object healthcheck(Object base, Object over, String path) {
    if (!(base instanceof Map<?, ?> b) || !(over instanceof Map<?, ?> o)) {
      return any(base, over, path);
    }
    Map<Object, Object> merged = new LinkedHashMap<>(b);
    for (Map.Entry<?, ?> entry : o.entrySet()) {
      Object key = entry.getKey();
      boolean replaced = "test".equals(key) && !(entry.getValue() instanceof Reset);
      put(merged, key, !b.containsKey(key) || replaced ? clean(entry.getValue())
          : any(b.get(key), entry.getValue(), path + "." + key));
    }
    return merged;
  }

  private Object logging(Object base, Object over, String path) {
    if (base instanceof Map<?, ?> b && over instanceof Map<?, ?> o && b.get("driver") != null
        && o.get("driver") != null && !Objects.equals(b.get("driver"), o.get("driver"))) {
      return clean(over);
    }
    return any(base, over, path);
  }

  private Object ulimits(Object base, Object over, String path) {
    if (!(base instanceof Map<?, ?> b) || !(over instanceof Map<?, ?> o)) {
      return any(base, over, path);
    }
    Map<Object, Object> merged = new LinkedHashMap<>(b);
    o.forEach((key, value) -> put(merged, key, value == null ? b.get(key)
        : value instanceof Reset ? REMOVED : clean(value)));
    return merged;
  }

  /** depends_on, networks, models: two lists append without repeats; else as mappings. */
  private Object asMapping(String key, Object base, Object over, String path) {
    if (base instanceof List<?> b && over instanceof List<?> o) {
      java.util.Set<Object> merged = new java.util.LinkedHashSet<>(b);
      for (Object item : o) {
        Object value = clean(item);
        if (value != REMOVED) {
          merged.add(value);
        }
      }
      return new ArrayList<>(merged);
    }
    Object defaults = key.equals("depends_on")
        ? MergeForms.mapOf("condition", "service_started", "required", Boolean.TRUE) : null;
    return any(MergeForms.mapping(base, defaults), MergeForms.mapping(over, defaults), path);
  }

  /**
   * labels and the like: by key, whichever form; two lists stay a list, else the result is a
   * mapping (compose-go appends {@code key=value} lists and keeps the last value of each key, so
   * the merged labels are the same; a mapping keeps the merge associative).
   */
  private Object byKey(Object base, Object over, String path) {
    if (base instanceof List<?> && over instanceof List<?>) {
      return unique(base, over, path, MergeForms::keyOf);
    }
    Object b = MergeForms.keyed(base);
    Object o = MergeForms.keyed(over);
    if (!(b instanceof Map<?, ?> bm) || !(o instanceof Map<?, ?> om)) {
      return any(base, over, path);
    }
    Map<Object, Object> merged = new LinkedHashMap<>(bm);
    om.forEach((key, value) -> put(merged, key, value instanceof Reset ? REMOVED
        : clean(value)));
    return merged;
  }

  /** Appends {@code over} to {@code base}; an entry whose key is already there replaces it. */
  private Object unique(Object base, Object over, String path,
      java.util.function.Function<Object, Object> keyOf) {
    if (!(base instanceof List<?> b) || !(over instanceof List<?> o)) {
      return any(base, over, path);
    }
    List<Object> merged = new ArrayList<>(b);
    Map<Object, Integer> at = new LinkedHashMap<>();
    for (int i = 0; i < merged.size(); i++) {
      at.putIfAbsent(keyOf.apply(merged.get(i)), i);
    }
    for (Object item : o) {
      Object value = clean(item);
      if (value == REMOVED) {
        continue;
      }
      Object key = keyOf.apply(value);
      Integer index = at.get(key);
      if (index == null) {
        at.put(key, merged.size());
        merged.add(value);
      } else {
        merged.set(index, value);
      }
    }
    return merged;
  }

  private static void put(Map<Object, Object> map, Object key, Object value) {
    if (value == REMOVED) {
      map.remove(key);
    } else {
      map.put(key, value);
    }
  }

  private static void appendClean(List<Object> merged, List<?> items) {
    for (Object item : items) {
      Object value = clean(item);
      if (value != REMOVED) {
        merged.add(value);
      }
    }
  }

  /**
   * The value with the merge tags settled where nothing is under them: {@code !reset} entries
   * and items dropped ({@link #REMOVED} for a reset value itself), {@code !override} unwrapped.
   * Returns the value itself when it holds no tag.
   */
  static Object clean(Object value) {
    if (value instanceof Reset) {
      return REMOVED;
    }
    if (value instanceof Replace override) {
      return clean(override.value());
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = null;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        Object cleaned = clean(entry.getValue());
        if (cleaned != entry.getValue() && copy == null) {
          copy = new LinkedHashMap<>(map);
        }
        if (copy != null) {
          put(copy, entry.getKey(), cleaned);
        }
      }
      return copy == null ? value : copy;
    }
    if (value instanceof List<?> list) {
      List<Object> copy = null;
      for (int i = 0; i < list.size(); i++) {
        Object cleaned = clean(list.get(i));
        if (cleaned != list.get(i) && copy == null) {
          copy = new ArrayList<>(list.subList(0, i));
        }
        if (copy != null && cleaned != REMOVED) {
          copy.add(cleaned);
        }
      }
      return copy == null ? value : copy;
    }
    return value;
  }

  /** The document settled: {@link #clean(Object)}, with a reset document as empty. */
  static Object settled(Object document) {
    Object cleaned = clean(document);
    return cleaned == REMOVED ? null : cleaned;
  }

  @Override
  public String toString() {
    return "ComposeMerge[" + file + "]";
  }
}
