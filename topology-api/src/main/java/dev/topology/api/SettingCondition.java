package dev.topology.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * When a service is present, a severity holds or a dependency holds: the condition holds in a
 * deployment when any of the {@link Setting settings} it names has one of the values it lists for
 * that setting.
 *
 * <pre>{@code
 * SettingCondition.when("cache", "redis");                        // cache is redis
 * SettingCondition.when("region", "eu", "uk");                    // region is eu or uk
 * SettingCondition.when("debug", "on").or("tools", "on");         // the debug or the tools switch is on
 * }</pre>
 *
 * <p>A {@link Topology} checks that every setting and value a condition names is declared.
 */
@Value.Immutable
public abstract class SettingCondition implements Comparable<SettingCondition> {
  private static final Class<?> SORTED_VALUES =
      Collections.unmodifiableSortedSet(new TreeSet<>()).getClass();

  SettingCondition() {}

  /**
   * Returns, per setting name, the values any one of which makes the condition hold.
   *
   * @return an unmodifiable map sorted by name, with unmodifiable sets sorted by value
   */
  public abstract Map<String, Set<String>> anyOf();

  /**
   * Checks the values and returns the condition with its names and values sorted.
   *
   * @return this condition, or an equal one in sorted form
   * @throws InvalidTopologyException if it names no setting, a setting with no value, or a name or
   *     value that is not a valid name
   */
  @Value.Check
  protected SettingCondition normalize() {
    Map<String, Set<String>> anyOf = anyOf();
    Validation check = new Validation("A condition");
    if (!check.required("settings", anyOf)) {
      check.throwIfAny();
    }
    if (anyOf.isEmpty()) {
      check.add(Problem.Kind.MISSING_VALUE, "A condition names no setting; it needs one.");
    }
    SortedMap<String, Set<String>> copy = new TreeMap<>();
    for (Map.Entry<String, Set<String>> entry : anyOf.entrySet()) {
      check.name("setting", entry.getKey());
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
    return isSorted(anyOf) ? this : builder().anyOf(copy).build();
  }

  private static boolean isSorted(Map<String, Set<String>> anyOf) {
    String previous = null;
    for (Map.Entry<String, Set<String>> entry : anyOf.entrySet()) {
      if (previous != null && previous.compareTo(entry.getKey()) >= 0) {
        return false;
      }
      previous = entry.getKey();
      Set<String> values = entry.getValue();
      if (values.getClass() != SORTED_VALUES
          || ((SortedSet<String>) values).comparator() != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Creates the condition "{@code setting} has one of {@code values}".
   *
   * @param setting the name of a setting
   * @param values the values that make the condition hold; at least one
   * @return the condition
   * @throws InvalidTopologyException if a name or value is not valid or no value is given
   */
  public static SettingCondition when(String setting, String... values) {
    return builder().putAnyOf(checked(setting), valueSet(values)).build();
  }

  /**
   * Returns a builder. A condition needs at least one setting with at least one value.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this condition's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns this condition, holding also when {@code setting} has one of {@code values}.
   *
   * @param setting the name of a setting
   * @param values further values that make the condition hold; at least one
   * @return a new condition
   * @throws InvalidTopologyException if a name or value is not valid or no value is given
   */
  public SettingCondition or(String setting, String... values) {
    Map<String, Set<String>> more = new TreeMap<>(anyOf());
    Set<String> merged = new TreeSet<>(more.getOrDefault(checked(setting), Set.of()));
    merged.addAll(valueSet(values));
    more.put(setting, merged);
    return builder().anyOf(more).build();
  }

  private static String checked(String setting) {
    if (setting == null) {
      throw new InvalidTopologyException("A condition needs the name of a setting, not null.");
    }
    return setting;
  }

  private static Set<String> valueSet(String... values) {
    if (values == null || Arrays.asList(values).contains(null)) {
      throw new InvalidTopologyException("A condition needs values, not null.");
    }
    return new TreeSet<>(Arrays.asList(values));
  }

  /**
   * Tells whether this condition holds in a deployment: whether a setting it names has, in the
   * deployment, one of the values listed for it. A setting the deployment does not set does not
   * count; {@link Topology#settle(Deployment)} sets every declared setting, defaults included.
   *
   * @param deployment the settings of one installation
   * @return true if it holds
   * @throws InvalidTopologyException if {@code deployment} is null
   */
  public boolean holdsIn(Deployment deployment) {
    if (deployment == null) {
      throw new InvalidTopologyException("A condition needs a deployment to be tested in, not null.");
    }
    for (Map.Entry<String, Set<String>> entry : anyOf().entrySet()) {
      String value = deployment.settings().get(entry.getKey());
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
    anyOf().forEach((setting, values) -> parts.add(setting + " is " + String.join(" or ", values)));
    return "when " + String.join(" or ", parts);
  }

  /**
   * Orders conditions by their words, so that a choice between two is never left to chance.
   *
   * @param other another condition
   * @return the order of their {@link #description()}s
   */
  @Override
  public int compareTo(SettingCondition other) {
    return description().compareTo(other.description());
  }

  /** Builds a {@link SettingCondition}. */
  public static final class Builder extends ImmutableSettingCondition.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return description();
  }
}
