package dev.topology.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * One installation of a topology: the values it gives some of the topology's {@link Choice
 * choices} (the others take their defaults) and the services it runs outside (externalized).
 *
 * <p>{@link Topology#resolve(Deployment)} turns a topology into the concrete topology of the
 * installation; {@link Topology#settle(Deployment)} checks a deployment against a topology's
 * choices and fills in the defaults.
 *
 * <pre>{@code
 * Deployment redis = Deployment.builder().choose("cache", "redis").build();
 * Deployment outside = Deployment.defaults().withExternalized("postgres");
 * }</pre>
 *
 * @param choices the value of each choice it sets, by choice name; sorted by name
 * @param externalized names of the services run outside, sorted; any name of a service may be
 *     used
 */
@Value.Builder
public record Deployment(Map<String, String> choices, Set<String> externalized) {

  private static final Deployment DEFAULTS = new Deployment(new TreeMap<>(), new TreeSet<>());

  /**
   * Creates a deployment.
   *
   * @param choices the value of each choice it sets, by choice name
   * @param externalized names of the services run outside; any name of a service may be used
   * @throws InvalidTopologyException if a value is missing or a name is not valid
   */
  public Deployment {
    Validation check = new Validation("A deployment");
    if (check.required("choices", choices)) {
      choices.forEach((name, value) -> {
        check.name("choice", name);
        check.name("value for " + Names.quote(name), value);
      });
    }
    if (check.required("externalized", externalized)) {
      for (String name : externalized) {
        check.name("externalized service", name);
      }
    }
    check.throwIfAny();
    choices = Collections.unmodifiableSortedMap(new TreeMap<>(choices));
    externalized = Collections.unmodifiableSortedSet(new TreeSet<>(externalized));
  }

  /**
   * Returns the deployment that sets no choice and externalizes nothing: every choice takes its
   * default.
   *
   * @return the defaults
   */
  public static Deployment defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this deployment's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns this deployment with one more choice set, or set to another value.
   *
   * @param choice the name of a choice
   * @param value its value
   * @return a new deployment
   * @throws InvalidTopologyException if a name is not valid
   */
  public Deployment with(String choice, String value) {
    return toBuilder().choose(choice, value).build();
  }

  /**
   * Returns this deployment with more services run outside.
   *
   * @param names any names of the services
   * @return a new deployment
   * @throws InvalidTopologyException if a name is not valid
   */
  public Deployment withExternalized(String... names) {
    if (names == null) {
      throw new InvalidTopologyException("withExternalized needs names, not null.");
    }
    return toBuilder().addExternalized(names).build();
  }

  /**
   * Returns the value this deployment gives a choice, if it sets it.
   *
   * @param choice the name of a choice
   * @return the value, or empty if the deployment leaves it to its default
   */
  public Optional<String> value(String choice) {
    return Optional.ofNullable(choice == null ? null : choices.get(choice));
  }

  /**
   * Tells whether the service with this name is externalized. Only the name given to the
   * deployment counts; {@link Topology#resolve(Deployment)} resolves aliases.
   *
   * @param name a name as listed in {@link #externalized()}
   * @return true if listed
   */
  public boolean isExternalized(String name) {
    return name != null && externalized.contains(name);
  }

  /**
   * Returns the deployment in words, such as {@code "cache=redis; externalized: postgres"},
   * or {@code "defaults"} when it sets nothing.
   *
   * @return the words
   */
  public String description() {
    List<String> parts = new ArrayList<>();
    if (!choices.isEmpty()) {
      List<String> set = new ArrayList<>();
      choices.forEach((name, value) -> set.add(name + "=" + value));
      parts.add(String.join(", ", set));
    }
    if (!externalized.isEmpty()) {
      parts.add("externalized: " + String.join(", ", externalized));
    }
    return parts.isEmpty() ? "defaults" : String.join("; ", parts);
  }

  /** Builds a {@link Deployment}, starting from the defaults. */
  public static final class Builder extends DeploymentBuilder {
    Builder() {}

    /**
     * Sets a choice.
     *
     * @param choice the name of a choice
     * @param value its value
     * @return this builder
     */
    public Builder choose(String choice, String value) {
      putChoices(choice, value);
      return this;
    }

    /**
     * Sets several choices.
     *
     * @param values the value of each choice, by name
     * @return this builder
     */
    public Builder chooseAll(Map<String, String> values) {
      putAllChoices(values);
      return this;
    }
  }

  @Override
  public String toString() {
    return "Deployment[" + description() + "]";
  }
}
