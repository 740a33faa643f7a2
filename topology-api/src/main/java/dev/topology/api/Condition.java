package dev.topology.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * When a service is present, a severity holds or a dependency holds: the condition holds in a
 * deployment when any of the {@link Choice choices} it names has one of the values it lists for
 * that choice.
 *
 * <pre>{@code
 * Condition.when("cache", "redis");                        // cache is redis
 * Condition.when("region", "eu", "uk");                     // region is eu or uk
 * Condition.when("debug", "on").or("tools", "on");          // the debug or the tools switch is on
 * }</pre>
 *
 * <p>A {@link Topology} checks that every choice and value a condition names is declared.
 *
 * @param anyOf per choice name, the values any one of which makes the condition hold; sorted by
 *     name and value
 */
public record Condition(Map<String, Set<String>> anyOf)
    implements Comparable<Condition> {

  /**
   * Creates a condition.
   *
   * @param anyOf per choice name, the values any one of which makes the condition hold
   * @throws InvalidTopologyException if it names no choice, a choice with no value, or a name or
   *     value that is not a valid name
   */
  public Condition {
    Validation check = new Validation("A condition");
    if (check.required("choices", anyOf)) {
      if (anyOf.isEmpty()) {
        check.add(Problem.Kind.MISSING_VALUE, "A condition names no choice; it needs one.");
      }
      SortedMap<String, Set<String>> copy = new TreeMap<>();
      for (Map.Entry<String, Set<String>> entry : anyOf.entrySet()) {
        check.name("choice", entry.getKey());
        if (check.required("values for " + Names.quote(entry.getKey()), entry.getValue())) {
          if (entry.getValue().isEmpty()) {
            check.add(Problem.Kind.MISSING_VALUE, "A condition on " + Names.quote(entry.getKey())
                + " lists no value; it needs one.");
          }
          entry.getValue().forEach(value -> check.name("value", value));
          boolean nullFree = true;
          for (String value : entry.getValue()) {
            nullFree &= value != null;
          }
          if (entry.getKey() != null && nullFree) {
            copy.put(entry.getKey(), Collections.unmodifiableSortedSet(
                new TreeSet<>(entry.getValue())));
          }
        }
      }
      check.throwIfAny();
      anyOf = Collections.unmodifiableSortedMap(copy);
    }
    check.throwIfAny();
  }

  /**
   * Creates the condition "{@code choice} has one of {@code values}".
   *
   * @param choice the name of a choice
   * @param values the values that make the condition hold; at least one
   * @return the condition
   * @throws InvalidTopologyException if a name or value is not valid or no value is given
   */
  public static Condition when(String choice, String... values) {
    return new Condition(new TreeMap<>(Map.of(checked(choice), valueSet(values))));
  }

  /**
   * Returns this condition, holding also when {@code choice} has one of {@code values}.
   *
   * @param choice the name of a choice
   * @param values further values that make the condition hold; at least one
   * @return a new condition
   * @throws InvalidTopologyException if a name or value is not valid or no value is given
   */
  public Condition or(String choice, String... values) {
    Map<String, Set<String>> more = new TreeMap<>(anyOf);
    Set<String> merged = new TreeSet<>(more.getOrDefault(checked(choice), Set.of()));
    merged.addAll(valueSet(values));
    more.put(choice, merged);
    return new Condition(more);
  }

  private static String checked(String choice) {
    if (choice == null) {
      throw new InvalidTopologyException("A condition needs the name of a choice, not null.");
    }
    return choice;
  }

  private static Set<String> valueSet(String... values) {
    if (values == null || Arrays.asList(values).contains(null)) {
      throw new InvalidTopologyException("A condition needs values, not null.");
    }
    return new TreeSet<>(Arrays.asList(values));
  }

  /**
   * Tells whether this condition holds in a deployment: whether a choice it names has, in the
   * deployment, one of the values listed for it. A choice the deployment does not set does not
   * count; {@link Topology#settle(Deployment)} sets every declared choice, defaults included.
   *
   * @param deployment the choices of one installation
   * @return true if it holds
   * @throws InvalidTopologyException if {@code deployment} is null
   */
  public boolean holdsIn(Deployment deployment) {
    if (deployment == null) {
      throw new InvalidTopologyException("A condition needs a deployment to be tested in, not null.");
    }
    for (Map.Entry<String, Set<String>> entry : anyOf.entrySet()) {
      String value = deployment.choices().get(entry.getKey());
      if (value != null && entry.getValue().contains(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the condition in words, such as {@code "when cache is redis"} or
   * {@code "when debug is on or tools is on"}.
   *
   * @return the words
   */
  public String description() {
    List<String> parts = new ArrayList<>();
    anyOf.forEach((choice, values) -> parts.add(choice + " is " + String.join(" or ", values)));
    return "when " + String.join(" or ", parts);
  }

  /** Orders conditions by their words, so that a choice between two is never left to chance. */
  @Override
  public int compareTo(Condition other) {
    return description().compareTo(other.description());
  }

  @Override
  public String toString() {
    return description();
  }
}
