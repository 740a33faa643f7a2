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
 * One installation of a topology: the values it gives some of the topology's {@link Setting
 * settings} (the others take their defaults) and the services it runs outside (externalized).
 *
 * <p>{@link Topology#resolve(Deployment)} turns a topology into the concrete topology of the
 * installation; {@link Topology#settle(Deployment)} checks a deployment against a topology's
 * settings and fills in the defaults.
 *
 * <pre>{@code
 * Deployment redis = Deployment.builder().choose("cache", "redis").build();
 * Deployment outside = Deployment.defaults().withExternalized("postgres");
 * }</pre>
 *
 * <p>Build one with {@link #builder()}, or start from {@link #defaults()}; names are checked and
 * sorted when it is built.
 */
@Value.Immutable
public abstract class Deployment {
  private static final Deployment DEFAULTS = builder().build();

  Deployment() {}

  /**
   * Returns the value of each setting it sets, by setting name.
   *
   * @return an unmodifiable map sorted by name
   */
  public abstract Map<String, String> settings();

  /**
   * Returns the names of the services run outside; any name of a service may be used.
   *
   * @return an unmodifiable set, sorted
   */
  public abstract Set<String> externalized();

  /**
   * Checks the values and returns the deployment with its names sorted.
   *
   * @return this deployment, or an equal one in sorted form
   * @throws InvalidTopologyException if a value is missing or a name is not valid
   */
  @Value.Check
  protected Deployment normalize() {
    Map<String, String> settings = settings();
    Set<String> externalized = externalized();
    Validation check = new Validation("A deployment");
    if (check.required("settings", settings)) {
      settings.forEach((name, value) -> {
        check.name("setting", name);
        check.name("value for " + Names.quote(name), value);
      });
    }
    if (check.required("externalized", externalized)) {
      for (String name : externalized) {
        check.name("externalized service", name);
      }
    }
    check.throwIfAny();
    if (isSorted(settings.keySet()) && isSorted(externalized)) {
      return this;
    }
    return builder().settings(new TreeMap<>(settings)).externalized(new TreeSet<>(externalized))
        .build();
  }

  private static boolean isSorted(Set<String> names) {
    String previous = null;
    for (String name : names) {
      if (previous != null && previous.compareTo(name) >= 0) {
        return false;
      }
      previous = name;
    }
    return true;
  }

  /**
   * Returns the deployment that sets no setting and externalizes nothing: every setting takes its
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
   * Returns this deployment with one more setting set, or set to another value.
   *
   * @param setting the name of a setting
   * @param value its value
   * @return a new deployment
   * @throws InvalidTopologyException if a name is not valid
   */
  public Deployment with(String setting, String value) {
    return toBuilder().choose(setting, value).build();
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
   * Returns the value this deployment gives a setting, if it sets it.
   *
   * @param setting the name of a setting
   * @return the value, or empty if the deployment leaves it to its default
   */
  public Optional<String> value(String setting) {
    return Optional.ofNullable(setting == null ? null : settings().get(setting));
  }

  /**
   * Tells whether the service with this name is externalized. Only the name given to the
   * deployment counts; {@link Topology#resolve(Deployment)} resolves aliases.
   *
   * @param name a name as listed in {@link #externalized()}
   * @return true if listed
   */
  public boolean isExternalized(String name) {
    return name != null && externalized().contains(name);
  }

  /**
   * Returns the deployment in words, such as {@code "cache=redis; externalized: postgres"},
   * or {@code "defaults"} when it sets nothing.
   *
   * @return the words
   */
  public String description() {
    List<String> parts = new ArrayList<>();
    if (!settings().isEmpty()) {
      List<String> set = new ArrayList<>();
      settings().forEach((name, value) -> set.add(name + "=" + value));
      parts.add(String.join(", ", set));
    }
    if (!externalized().isEmpty()) {
      parts.add("externalized: " + String.join(", ", externalized()));
    }
    return parts.isEmpty() ? "defaults" : String.join("; ", parts);
  }

  /** Builds a {@link Deployment}, starting from the defaults. */
  public static final class Builder extends ImmutableDeployment.Builder {
    Builder() {}

    /**
     * Sets a setting.
     *
     * @param setting the name of a setting
     * @param value its value
     * @return this builder
     */
    public Builder choose(String setting, String value) {
      putSettings(setting, value);
      return this;
    }

    /**
     * Sets several settings.
     *
     * @param values the value of each setting, by name
     * @return this builder
     */
    public Builder chooseAll(Map<String, String> values) {
      putAllSettings(values);
      return this;
    }
  }

  @Override
  public String toString() {
    return "Deployment[" + description() + "]";
  }
}
