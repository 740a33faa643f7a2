package dev.topology.api;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A choice that an installation of a topology makes, such as which cache it uses or
 * whether an optional profile is switched on: a name, the values it may take, and the value it
 * takes unless a {@link Deployment} says otherwise.
 *
 * <p>A topology declares its choices ({@link Topology#choices()}); {@link Condition conditions}
 * of its services and dependencies are stated on them. A switch is a choice of two values:
 * {@link #onOff(String)} makes one.
 *
 * <pre>{@code
 * Choice cache = Choice.of("cache", "memory", "redis");   // default: memory
 * Choice debug = Choice.onOff("debug");                  // off or on, default off
 * }</pre>
 *
 * @param name the name deployments set it by
 * @param values the values it may take, in the order given; at least two
 * @param defaultValue the value it takes unless a deployment sets another
 * @param description what the choice is about, for people; may be empty
 */
@Value.Builder
public record Choice(String name, List<String> values, String defaultValue, String description) {
  /** The value of an {@link #onOff(String) on/off switch} that is switched on. */
  public static final String ON = "on";

  /** The value of an {@link #onOff(String) on/off switch} that is switched off. */
  public static final String OFF = "off";

  /**
   * Creates a choice.
   *
   * @param name the name deployments set it by
   * @param values the values it may take, in the order given; at least two
   * @param defaultValue the value it takes unless a deployment sets another
   * @param description what the choice is about, for people; may be empty
   * @throws InvalidTopologyException listing every problem: a name or value that is not a valid
   *     name, fewer than two values, a value listed twice, a default that is not a value
   */
  public Choice {
    Validation check = new Validation(
        "Choice " + Names.quote(name), name == null ? "" : name);
    check.name("name", name);
    check.required("description", description);
    if (check.noNulls("values", values)) {
      Set<String> seen = new HashSet<>();
      for (String value : values) {
        check.name("value", value);
        if (!seen.add(value)) {
          check.add(Problem.Kind.DUPLICATE_NAME, "Choice " + Names.quote(name)
              + " lists the value " + Names.quote(value) + " more than once.");
        }
      }
      if (values.size() < 2) {
        check.add(Problem.Kind.INCONSISTENT_VALUE, "Choice " + Names.quote(name) + " has "
            + values.size() + " value" + (values.size() == 1 ? "" : "s")
            + "; a choice needs at least two.");
      }
      if (check.required("default value", defaultValue) && !values.contains(defaultValue)) {
        check.add(Problem.Kind.INCONSISTENT_VALUE, "Choice " + Names.quote(name)
            + " has the default " + Names.quote(defaultValue) + ", which is not one of its values "
            + Names.quoteAll(values, ", ") + ".");
      }
    }
    check.throwIfAny();
    values = List.copyOf(values);
  }

  /**
   * Creates a choice whose default is its first value.
   *
   * @param name the name deployments set it by
   * @param defaultValue the value it takes unless a deployment sets another
   * @param otherValues the other values it may take; at least one
   * @return the choice
   * @throws InvalidTopologyException if a value is not valid
   */
  public static Choice of(String name, String defaultValue, String... otherValues) {
    if (otherValues == null) {
      throw new InvalidTopologyException("Choice.of needs values, not null.");
    }
    java.util.List<String> values = new java.util.ArrayList<>();
    values.add(defaultValue);
    values.addAll(java.util.Arrays.asList(otherValues));
    return new Choice(name, values, defaultValue, "");
  }

  /**
   * Creates an on/off switch: the values {@value #OFF} and {@value #ON}, off by default.
   *
   * @param name the name deployments set it by
   * @return the choice
   * @throws InvalidTopologyException if the name is not valid
   */
  public static Choice onOff(String name) {
    return new Choice(name, List.of(OFF, ON), OFF, "");
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
   * Returns a builder filled with this choice's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns this choice with a description.
   *
   * @param text what the choice is about
   * @return a new choice
   */
  public Choice describedAs(String text) {
    return new Choice(name, values, defaultValue, text);
  }

  /** Builds a {@link Choice}; the description defaults to empty text. */
  public static final class Builder extends ChoiceBuilder {
    Builder() {
      description("");
    }
  }

  @Override
  public String toString() {
    return "Choice[" + name + ": " + String.join(" | ", values) + ", default " + defaultValue
        + "]";
  }
}
