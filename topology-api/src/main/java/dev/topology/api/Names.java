package dev.topology.api;

import dev.topology.api.internal.Quoting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The rules for names and the search for the closest known names. One place for both. */
final class Names {
  private static final int MAX_SUGGESTIONS = 3;

  /**
   * The most unknown names of one validation that get suggestions. Each search scans every
   * known name, so a document of a hundred thousand unknown names would otherwise cost ten
   * thousand million comparisons; the first few problems are the ones people read.
   */
  static final int SEARCHES_PER_VALIDATION = 32;

  /**
   * Names longer than this are neither given nor offered suggestions: comparing two names costs
   * the product of their lengths, and nobody mistypes a name of a hundred characters.
   */
  private static final int LONGEST_COMPARED = 128;

  private Names() {}

  /**
   * Returns why {@code name} is not a valid service name or alias, or null if it is.
   *
   * <p>A name is not blank and holds no white space and no control characters; anything else,
   * {@code library/nginx} or {@code web_1} included, is kept verbatim.
   */
  static String whyInvalid(String name) {
    if (name == null) {
      return "is missing";
    }
    if (name.isBlank()) {
      return "is blank";
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      // Printable ASCII, what nearly every name is made of, needs no table lookups.
      boolean printableAscii = c > ' ' && c < 0x7f;
      if (!printableAscii && (Character.isWhitespace(c) || Character.isISOControl(c)
          || Character.isSpaceChar(c))) {
        return "holds white space or a control character";
      }
    }
    return null;
  }

  /** Quotes a name for a message, so that blanks and odd characters show. */
  static String quote(String name) {
    return Quoting.quote(name);
  }

  /** Quotes each name and joins them, such as {@code 'a' or 'b'}. */
  static String quoteAll(Iterable<String> names, String separator) {
    List<String> quoted = new ArrayList<>();
    for (String name : names) {
      quoted.add(quote(name));
    }
    return String.join(separator, quoted);
  }

  static String unknownMessage(String name, List<String> suggestions) {
    String text = "No service is named " + quote(name) + ".";
    if (suggestions.isEmpty()) {
      return text;
    }
    List<String> quoted = new ArrayList<>();
    for (String suggestion : suggestions) {
      quoted.add(quote(suggestion));
    }
    return text + " Did you mean " + String.join(" or ", quoted) + "?";
  }

  /**
   * Returns the names of services closest to {@code name}, best first, one name per service.
   */
  static List<String> closest(String name, NameIndex index) {
    List<String> result = new ArrayList<>();
    java.util.Set<Integer> named = new java.util.HashSet<>();
    for (String candidate : closest(name, index.names(), Integer.MAX_VALUE)) {
      if (named.add(index.get(candidate)) && result.size() < MAX_SUGGESTIONS) {
        result.add(candidate);
      }
    }
    return List.copyOf(result);
  }

  /**
   * Returns the known names closest to {@code name}, best first: those within an edit distance
   * of about a third of the name, then those that contain it or that it contains.
   */
  static List<String> closest(String name, Iterable<String> known, int most) {
    if (name == null || name.isEmpty() || name.length() > LONGEST_COMPARED) {
      return List.of();
    }
    String wanted = name.toLowerCase(java.util.Locale.ROOT);
    int limit = Math.max(1, (wanted.length() + 1) / 3);
    record Scored(String name, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (String candidate : known) {
      if (candidate == null || candidate.length() > LONGEST_COMPARED) {
        continue;
      }
      String lower = candidate.toLowerCase(java.util.Locale.ROOT);
      int distance = distance(wanted, lower, limit + 1);
      if (distance <= limit) {
        scored.add(new Scored(candidate, distance));
      } else if (lower.contains(wanted) || wanted.contains(lower)) {
        scored.add(new Scored(candidate, limit + 1));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
    List<String> result = new ArrayList<>();
    for (int i = 0; i < scored.size() && i < most; i++) {
      result.add(scored.get(i).name());
    }
    return List.copyOf(result);
  }

  /**
   * Edit distance counting a swap of two neighbouring characters as one edit (optimal string
   * alignment), or {@code cap} as soon as it is known to be at least that.
   */
  private static int distance(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) >= cap) {
      return cap;
    }
    int[] beforePrevious = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, beforePrevious[j - 2] + 1);
        }
        current[j] = best;
        rowMin = Math.min(rowMin, best);
      }
      if (rowMin >= cap) {
        return cap;
      }
      int[] spare = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[b.length()], cap);
  }
}
