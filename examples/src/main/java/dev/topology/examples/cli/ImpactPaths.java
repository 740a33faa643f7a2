package dev.topology.examples.cli;

import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The explaining paths of one impact, as the tool reports them: each path's length and failed
 * service, and the path itself cut to its last {@value #SHOWN} services.
 *
 * <p>Full paths would make the report quadratic: on a chain of a million services, the
 * affected services' paths hold half a million million names. Here every length and cause is
 * found in one pass over the {@linkplain AffectedService#via() via} links, each visited once,
 * and each cut path costs at most {@value #SHOWN} steps, so the whole report is linear.
 */
final class ImpactPaths {
  /** The most services of one path reported; the catalog's longest path has four. */
  static final int SHOWN = 10;

  private final Map<String, String> via;
  private final Map<String, Integer> length;
  private final Map<String, String> cause;

  ImpactPaths(Impact impact) {
    int size = impact.affected().size();
    via = new HashMap<>(size * 2);
    for (AffectedService service : impact.affected()) {
      via.put(service.name(), service.via());
    }
    length = new HashMap<>(size * 2);
    cause = new HashMap<>(size * 2);
    for (String name : via.keySet()) {
      settle(name);
    }
  }

  /**
   * Walks up from {@code name} to a failed service or to one already settled, then gives every
   * service on the way its length and cause on the way back: each service is walked once.
   */
  private void settle(String name) {
    List<String> unsettled = new ArrayList<>();
    String at = name;
    while (via.containsKey(at) && !length.containsKey(at)) {
      unsettled.add(at);
      at = via.get(at);
    }
    int steps = length.getOrDefault(at, 1);
    String start = cause.getOrDefault(at, at);
    for (int i = unsettled.size() - 1; i >= 0; i--) {
      steps++;
      length.put(unsettled.get(i), steps);
      cause.put(unsettled.get(i), start);
    }
  }

  /** The number of services on the full path of an affected service, both ends included. */
  int length(String affected) {
    return length.get(affected);
  }

  /** The failed service the path of an affected service starts from. */
  String cause(String affected) {
    return cause.get(affected);
  }

  /** The service just before an affected one on its path. */
  String via(String affected) {
    return via.get(affected);
  }

  /** The last {@value #SHOWN} services of the path, ending at the affected one; all if fewer. */
  List<String> shown(String affected) {
    List<String> names = new ArrayList<>(SHOWN);
    String at = affected;
    names.add(at);
    while (names.size() < SHOWN && via.containsKey(at)) {
      at = via.get(at);
      names.add(at);
    }
    Collections.reverse(names);
    return names;
  }

  /**
   * The path for people: in full when it has at most {@value #SHOWN} services, otherwise the
   * failed service, the count of those left out, and the last {@value #SHOWN}.
   */
  String text(String affected) {
    List<String> shown = shown(affected);
    int hidden = length(affected) - shown.size() - 1;
    if (hidden < 0) {
      return String.join(" -> ", shown);
    }
    return cause(affected) + (hidden == 0 ? "" : " -> ... (" + hidden + " more)") + " -> "
        + String.join(" -> ", shown);
  }
}
