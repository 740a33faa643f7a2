package dev.topology.formats.compose;

import dev.topology.formats.internal.HardenedYaml;
import java.util.List;
import java.util.Map;

/**
 * The file a problem of the merged project belongs to, when one file alone holds the value it
 * is about: a top-level key or a service's setting written in one file only. A value that more
 * than one file writes, and a reference to other services (a dependency, a link: a problem of
 * what the files define together), stays with the files together.
 *
 * <p>This looks at each given file's own document, not at a record of the merge, so a value
 * that one file writes and another file's merge changes is still blamed on the files together.
 */
final class ProblemOwner {
  /** Settings that name other services: their problems are about the project as merged. */
  private static final List<String> REFERENCES = List.of("depends_on", "links", "volumes_from",
      "network_mode", "extends");

  private ProblemOwner() {}

  /**
   * The file that alone holds {@code path}, or empty for the files together.
   *
   * @param given each given file's document, by its name in messages
   * @param path the problem's dotted path, such as {@code services.api.labels.a.b}
   */
  static String of(Map<String, Object> given, String path) {
    if (path.isEmpty() || refersToServices(path)) {
      return "";
    }
    String owner = "";
    for (Map.Entry<String, Object> file : given.entrySet()) {
      if (holds(file.getValue(), path, 0)) {
        if (!owner.isEmpty()) {
          return "";
        }
        owner = file.getKey();
      }
    }
    return owner;
  }

  private static boolean refersToServices(String path) {
    if (!path.startsWith("services.")) {
      return false;
    }
    return REFERENCES.stream().anyMatch(key -> path.contains("." + key + ".")
        || path.contains("." + key + "[") || path.endsWith("." + key));
  }

  /**
   * Whether {@code value} holds {@code path}; a key may itself hold dots, so every key that
   * starts the path is tried. Bounded by the document's 64 levels of nesting.
   */
  private static boolean holds(Object value, String path, int depth) {
    if (path.isEmpty()) {
      return true;
    }
    if (depth > 128) {
      return false;
    }
    if (value instanceof HardenedYaml.Replace replace) {
      return holds(replace.value(), path, depth + 1);
    }
    if (path.startsWith("[") && value instanceof List<?> list) {
      int end = path.indexOf(']');
      int index;
      try {
        index = Integer.parseInt(path.substring(1, end));
      } catch (RuntimeException e) {
        return false;
      }
      return index >= 0 && index < list.size() && holds(list.get(index), next(path, end + 1),
          depth + 1);
    }
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = String.valueOf(entry.getKey());
        if (path.equals(key) || (path.startsWith(key) && (path.charAt(key.length()) == '.'
            || path.charAt(key.length()) == '['))
            && holds(entry.getValue(), next(path, key.length()), depth + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The rest of the path after {@code at}, without the dot that separates it. */
  private static String next(String path, int at) {
    return at < path.length() && path.charAt(at) == '.' ? path.substring(at + 1)
        : path.substring(at);
  }
}
