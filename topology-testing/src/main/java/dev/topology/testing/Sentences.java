package dev.topology.testing;

import dev.topology.api.internal.Quoting;
import java.util.ArrayList;
import java.util.List;

/**
 * The wording the assertions share: how a name, a list of names and an explaining path read in a
 * failure message, and how an argument is refused.
 */
final class Sentences {
  private Sentences() {}

  /**
   * Quotes a name given by the test, which may be anything, as the library's messages do:
   * {@code 'postgress'}, with hidden characters escaped and a very long text cut.
   */
  static String quote(String text) {
    return Quoting.quote(text);
  }

  /** Joins names as people write them: {@code a}, {@code a and b}, {@code a, b and c}. */
  static String and(List<String> names) {
    return join(names, " and ");
  }

  /** Joins names as people write them: {@code a}, {@code a or b}, {@code a, b or c}. */
  static String or(List<String> names) {
    return join(names, " or ");
  }

  private static String join(List<String> names, String last) {
    if (names.isEmpty()) {
      return "none";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + last
        + names.get(names.size() - 1);
  }

  /**
   * Reads a path of the engine, from a failed service to the one it reaches, backwards as a
   * sentence: {@code [postgres, api, redis]} reads {@code redis needs api needs postgres}.
   */
  static String needs(List<String> path) {
    List<String> backwards = new ArrayList<>(path);
    java.util.Collections.reverse(backwards);
    return String.join(" needs ", backwards);
  }

  /**
   * The message for a name that no service has: {@code a service named 'postgress', but the
   * topology has none; did you mean postgres?}, after the words that say what was expected.
   */
  static String unknown(String expected, String name, List<String> suggestions) {
    String text = expected + " a service named " + quote(name) + ", but the topology has none";
    return suggestions.isEmpty() ? text + "."
        : text + "; did you mean " + or(suggestions) + "?";
  }

  /** Refuses a null name with a sentence, never a bare NullPointerException. */
  static String name(String name, String what) {
    if (name == null) {
      throw new IllegalArgumentException("The assertion needs " + what + ", not null.");
    }
    return name;
  }

  /** Refuses a null or empty array of names, or a null among them. */
  static List<String> names(String[] names, String what) {
    if (names == null || names.length == 0) {
      throw new IllegalArgumentException("The assertion needs at least one of " + what
          + ", not " + (names == null ? "null" : "none") + ".");
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i] == null) {
        throw new IllegalArgumentException("The assertion needs " + what
            + ", but name " + (i + 1) + " of " + names.length + " is null.");
      }
    }
    return List.of(names);
  }
}
