package dev.topology.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A setting that an installation of a topology chooses a value for, such as which cache it uses
 * or whether an optional profile is switched on: a name, the values it may take, and the value it
 * takes unless a {@link Deployment} says otherwise.
 *
 * <p>A topology declares its settings ({@link Topology#settings()}); {@link SettingCondition
 * conditions} of its services and dependencies are stated on them. A switch is a setting of two
 * values: {@link #onOff(String)} makes one.
 *
 * <pre>{@code
 * Setting cache = Setting.of("cache", "memory", "redis");   // default: memory
 * Setting debug = Setting.onOff("debug");                  // off or on, default off
 * }</pre>
 */
@Value.Immutable
public abstract class Setting {
  /** The value of an {@link #onOff(String) on/off switch} that is switched on. */
  public static final String ON = "on";

  /** The value of an {@link #onOff(String) on/off switch} that is switched off. */
  public static final String OFF = "off";

  Setting() {}

  /**
   * Returns the name deployments set it by.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the values it may take, in the order given; at least two.
   *
   * @return an unmodifiable list
   */
  public abstract List<String> values();

  /**
   * Returns the value it takes unless a deployment sets another.
   *
   * @return one of {@link #values()}
   */
  public abstract String defaultValue();

  /**
   * Returns what the setting is about, for people.
   *
   * @return the text; empty unless set
   */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Checks the values.
   *
   * @throws InvalidTopologyException listing every problem: a name or value that is not a valid
   *     name, fewer than two values, a value listed twice, a default that is not a value
   */
  @Value.Check
  protected void check() {
    String name = name();
    List<String> values = values();
    String defaultValue = defaultValue();
    Validation check = new Validation(
        "Setting " + Names.quote(name), name == null ? "" : name);
    check.name("name", name);
    check.required("description", description());
    if (check.noNulls("values", values)) {
      Set<String> seen = new HashSet<>();
      for (String value : values) {
        check.name("value", value);
        if (!seen.add(value)) {
          check.add(Problem.Kind.DUPLICATE_NAME, "Setting " + Names.quote(name)
              + " lists the value " + Names.quote(value) + " more than once.");
        }
      }
      if (values.size() < 2) {
        check.add(Problem.Kind.INCONSISTENT_VALUE, "Setting " + Names.quote(name) + " has "
            + values.size() + " value" + (values.size() == 1 ? "" : "s")
            + "; a setting needs at least two.");
      }
      if (check.required("default value", defaultValue) && !values.contains(defaultValue)) {
        check.add(Problem.Kind.INCONSISTENT_VALUE, "Setting " + Names.quote(name)
            + " has the default " + Names.quote(defaultValue) + ", which is not one of its values "
            + Names.quoteAll(values, ", ") + ".");
      }
    }
    check.throwIfAny();
  }

  /**
   * Creates a setting whose default is its first value.
   *
   * @param name the name deployments set it by
   * @param defaultValue the value it takes unless a deployment sets another
   * @param otherValues the other values it may take; at least one
   * @return the setting
   * @throws InvalidTopologyException if a value is not valid
   */
  public static Setting of(String name, String defaultValue, String... otherValues) {
    if (otherValues == null) {
      throw new InvalidTopologyException("Setting.of needs values, not null.");
    }
    List<String> values = new ArrayList<>();
    values.add(defaultValue);
    values.addAll(Arrays.asList(otherValues));
    return builder().name(name).values(values).defaultValue(defaultValue).build();
  }

  /**
   * Creates an on/off switch: the values {@value #OFF} and {@value #ON}, off by default.
   *
   * @param name the name deployments set it by
   * @return the setting
   * @throws InvalidTopologyException if the name is not valid
   */
  public static Setting onOff(String name) {
    return builder().name(name).values(List.of(OFF, ON)).defaultValue(OFF).build();
  }

  /**
   * Returns a builder. The description defaults to empty text.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this setting's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns this setting with a description.
   *
   * @param text what the setting is about
   * @return a new setting
   */
  public Setting describedAs(String text) {
    return toBuilder().description(text).build();
  }

  /** Builds a {@link Setting}; the description defaults to empty text. */
  public static final class Builder extends ImmutableSetting.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return "Setting[" + name() + ": " + String.join(" | ", values()) + ", default "
        + defaultValue() + "]";
  }
}
