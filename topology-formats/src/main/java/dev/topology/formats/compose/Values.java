package dev.topology.formats.compose;

import dev.topology.api.Problem;
import dev.topology.api.internal.Quoting;
import java.util.List;
import java.util.Map;

/** Reading the plain values SnakeYAML makes: text, keys and their kinds in words. */
final class Values {
  private Values() {}

  /** A mapping key as text: Compose keys are text, and a bare {@code true} or {@code 1} too. */
  static String key(Object key) {
    return key == null ? "null" : key instanceof String s ? s : String.valueOf(key);
  }

  /** A scalar as text, or null after reporting that the value is not a scalar. */
  static String text(Object value, String path, List<Problem> problems) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Boolean || value instanceof Number) {
      return String.valueOf(value);
    }
    problems.add(Problems.at(path, "The value is " + kind(value) + "; text is expected"
        + " here."));
    return null;
  }

  /** What a value is, in words, for a message. */
  static String kind(Object value) {
    if (value == null) {
      return "empty (null)";
    }
    if (value instanceof Map<?, ?>) {
      return "a mapping";
    }
    if (value instanceof List<?>) {
      return "a list";
    }
    if (value instanceof Boolean b) {
      return "the boolean " + b;
    }
    if (value instanceof Number n) {
      return "the number " + n;
    }
    return "the text " + Quoting.quote(String.valueOf(value));
  }
}
