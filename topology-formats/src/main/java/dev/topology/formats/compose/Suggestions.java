package dev.topology.formats.compose;

import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.api.TopologyException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The known names closest to an unknown one, found the way the model finds them for its own
 * messages: the names are put in a topology of stand-in services, built on the first question
 * only, so a file without mistakes pays nothing.
 */
final class Suggestions {
  private static final int SEARCHES = 32;
  private final Collection<String> known;
  private Topology names;
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
    if (searches++ >= SEARCHES) {
      return List.of();
    }
    if (names == null) {
      List<Service> standIns = new ArrayList<>(known.size());
      for (String candidate : known) {
        try {
          standIns.add(Service.of(candidate, Severity.LOW));
        } catch (TopologyException e) {
          // A name the model refuses is reported where it is defined; it suggests nothing.
        }
      }
      names = Topology.of(standIns);
    }
    return names.closestNames(name);
  }
}
