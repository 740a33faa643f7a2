package dev.topology.formats.backstage;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives each service a valid Backstage name, distinct from the others: 1 to 63 characters,
 * alphanumeric runs separated by one of {@code - _ .}, compared without case as Backstage
 * compares them. A valid name is kept; the others are made valid (each run of other characters
 * becomes its first separator, or {@code -}) and, where that name is taken, get {@code -2},
 * {@code -3}... Valid names are placed first, so a name that needs no change never yields to
 * one that does.
 */
final class EntityNames {
  static final int LONGEST = 63;

  private EntityNames() {}

  /** Entity names by service name, for the services in the order given (sorted by name). */
  static Map<String, String> assign(List<String> names) {
    Map<String, String> assigned = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String name : names) {
      if (BackstageOptions.validName(name) && taken.add(name.toLowerCase(Locale.ROOT))) {
        assigned.put(name, name);
      }
    }
    for (String name : names) {
      if (assigned.containsKey(name)) {
        continue;
      }
      String base = cut(valid(name), LONGEST);
      String candidate = base;
      for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
        String suffix = "-" + n;
        candidate = cut(base, LONGEST - suffix.length()) + suffix;
      }
      assigned.put(name, candidate);
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    names.forEach(n -> ordered.put(n, assigned.get(n)));
    return ordered;
  }

  /** The name made of Backstage's characters, separators collapsed and trimmed. */
  static String valid(String name) {
    StringBuilder out = new StringBuilder(Math.min(name.length(), 2 * LONGEST));
    char pending = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (isAlphanumeric(c)) {
        if (pending != 0 && out.length() > 0) {
          out.append(pending);
        }
        pending = 0;
        out.append(c);
      } else if (pending == 0) {
        pending = c == '-' || c == '_' || c == '.' ? c : '-';
      }
    }
    return out.length() == 0 ? "service" : out.toString();
  }

  private static boolean isAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** The first {@code most} characters of a valid name, with no separator left at the end. */
  private static String cut(String name, int most) {
    String cut = name.length() <= most ? name : name.substring(0, most);
    int end = cut.length();
    while (end > 1 && !isAlphanumeric(cut.charAt(end - 1))) {
      end--;
    }
    return cut.substring(0, end);
  }
}
