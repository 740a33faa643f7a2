package dev.topology.formats.compose;

import dev.topology.api.ClosestNames;
import java.util.Collection;
import java.util.List;

/**
 * The known names closest to an unknown one, found as the model finds them for its own
 * messages, for the first few unknown names of a file (each search compares a name with every
 * known one).
 */
final class Suggestions {
  private static final int SEARCHES = 32;
  private final Collection<String> known;
  private int searches;

  Suggestions(Collection<String> known) {
    this.known = known;
  }

  /** " Did you mean 'a' or 'b'?", or empty text if no known name is close. */
  String didYouMean(String name) {
    List<String> close = closest(name);
    if (close.isEmpty()) {
      return "";
    }
    return " Did you mean " + String.join(" or ", close.stream().map(n -> "'" + n + "'")
        .toList()) + "?";
  }

  List<String> closest(String name) {
    return searches++ >= SEARCHES ? List.of() : ClosestNames.of(name, known);
  }
}
