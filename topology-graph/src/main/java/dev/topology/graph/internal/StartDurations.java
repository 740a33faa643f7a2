package dev.topology.graph.internal;

import dev.topology.graph.InvalidQueryException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Checks a map of start durations and lays it out per node. */
public final class StartDurations {
  private StartDurations() {}

  /**
   * Returns the start duration of every node, zero where the map has none.
   *
   * <p>Entries are checked in the order of their keys, so the same bad map always raises the same
   * error. Keys and values are checked by type, not cast, so a raw map cannot cause a
   * ClassCastException.
   */
  public static Duration[] perNode(GraphIndex g, Map<?, ?> durations) {
    Duration[] perNode = given(g, durations, "a startup schedule");
    for (int v = 0; v < perNode.length; v++) {
      if (g.external(v)) {
        perNode[v] = Duration.ZERO;
      }
    }
    return perNode;
  }

  /**
   * Returns the start duration of every node as given, zero where the map has none, external
   * services included; {@code context} names the question for an unknown name ("a startup
   * schedule").
   */
  public static Duration[] given(GraphIndex g, Map<?, ?> durations, String context) {
    if (durations == null) {
      throw new InvalidQueryException(Messages.nullDurations());
    }
    List<Map.Entry<?, ?>> entries = new ArrayList<>(durations.entrySet());
    entries.sort(Comparator.comparing(
        (Map.Entry<?, ?> e) -> e.getKey() == null ? "" : String.valueOf(e.getKey()))
        .thenComparing(e -> e.getKey() != null));
    Duration[] perNode = new Duration[g.size()];
    String[] givenAs = new String[g.size()];
    for (Map.Entry<?, ?> entry : entries) {
      Object key = entry.getKey();
      if (key != null && !(key instanceof String)) {
        throw new InvalidQueryException(Messages.notAName("A startup schedule", key));
      }
      String name = (String) key;
      int v = g.indexOf(name, context);
      Object value = entry.getValue();
      if (value == null) {
        throw new InvalidQueryException(Messages.nullDuration(name));
      }
      if (!(value instanceof Duration duration)) {
        throw new InvalidQueryException(Messages.notADuration(name, value));
      }
      if (duration.isNegative()) {
        throw new InvalidQueryException(Messages.negativeDuration(name, duration));
      }
      if (givenAs[v] != null) {
        throw new InvalidQueryException(Messages.durationTwice(g.name(v), givenAs[v], name));
      }
      givenAs[v] = name;
      perNode[v] = duration;
    }
    for (int v = 0; v < perNode.length; v++) {
      if (perNode[v] == null) {
        perNode[v] = Duration.ZERO;
      }
    }
    return perNode;
  }
}
