package dev.topology.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * A validated set of services and the {@link Setting settings} its installations choose: every name
 * and alias is unique across the services, every dependency resolves to a service, no service
 * depends on itself, and every condition names a declared setting and values of it.
 *
 * <p>Services are kept sorted by canonical name, so two topologies built from the same services in
 * any order are equal and list them alike. Lookup works by any name of a service.
 *
 * <pre>{@code
 * Topology topology = Topology.of(
 *     Service.of("db", Severity.HIGH),
 *     Service.of("api", Severity.MEDIUM, "db"));
 * topology.service("api");                          // by any name
 * topology.withoutService("db");                    // also drops the edges to it
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 */
@Value.Immutable
public abstract class Topology {
  /**
   * The index of every name, made by {@link #check()} and published through the volatile field;
   * a thread that finds it empty makes an equal one.
   */
  private volatile NameIndex index;

  /**
   * The last concrete topology {@link #resolve} made, with its deployment: immutable, published
   * whole through the volatile field, so a race at worst resolves twice.
   */
  private volatile Resolved lastResolved;

  private record Resolved(Deployment deployment, Topology topology) {}

  Topology() {}

  /**
   * Returns the settings its installations choose values for, sorted by name.
   *
   * @return an unmodifiable list; empty if the topology has no conditions
   */
  public abstract List<Setting> settings();

  /**
   * Returns the services, sorted by canonical name.
   *
   * @return an unmodifiable list
   */
  public abstract List<Service> services();

  /**
   * Checks the whole and returns it with its settings and services sorted by name.
   *
   * @return this topology, or an equal one in sorted form
   * @throws InvalidTopologyException listing every problem found
   */
  @Value.Check
  protected Topology check() {
    List<Service> services = services();
    List<Setting> settings = settings();
    if (!sortedByName(services, Service::name) || !sortedByName(settings, Setting::name)) {
      return sorted(settings, services);
    }
    List<Problem> problems = new ArrayList<>();
    NameIndex names = TopologyChecks.index(services, problems);
    TopologyChecks.dependencies(services, names, problems);
    Settings.check(settings, problems);
    Settings.conditions(settings, services, problems);
    if (!problems.isEmpty()) {
      throw new InvalidTopologyException(problems);
    }
    index = names;
    return this;
  }

  private static <T> boolean sortedByName(List<T> values, Function<T, String> name) {
    String previous = null;
    for (T value : values) {
      if (value == null) {
        return false;
      }
      String current = name.apply(value);
      if (previous != null && previous.compareTo(current) > 0) {
        return false;
      }
      previous = current;
    }
    return true;
  }

  /** The topology of these values, with non-null services and settings sorted by name. */
  private static Topology sorted(Collection<Setting> settings, Collection<Service> services) {
    List<Problem> problems = new ArrayList<>();
    List<Service> sorted = new ArrayList<>(services.size());
    for (Service service : services) {
      if (service == null) {
        problems.add(Problem.of(Problem.Kind.MISSING_VALUE, "A topology has a null service."));
      } else {
        sorted.add(service);
      }
    }
    sorted.sort(Comparator.comparing(Service::name));
    List<Setting> declared = new ArrayList<>(settings.size());
    for (Setting setting : settings) {
      if (setting == null) {
        problems.add(Problem.of(Problem.Kind.MISSING_VALUE, "A topology has a null setting."));
      } else {
        declared.add(setting);
      }
    }
    declared.sort(Comparator.comparing(Setting::name));
    Topology topology;
    try {
      topology = builder().settings(declared).services(sorted).build();
    } catch (InvalidTopologyException e) {
      if (problems.isEmpty()) {
        throw e;
      }
      problems.addAll(e.problems());
      throw new InvalidTopologyException(problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidTopologyException(problems);
    }
    return topology;
  }

  private NameIndex index() {
    NameIndex names = index;
    if (names == null) {
      names = TopologyChecks.index(services(), new ArrayList<>());
      index = names;
    }
    return names;
  }

  /**
   * Creates a topology from services, in any order.
   *
   * @param services the services
   * @return the validated topology
   * @throws InvalidTopologyException listing every problem found
   */
  public static Topology of(Service... services) {
    if (services == null) {
      throw new InvalidTopologyException("A topology needs services, not null.");
    }
    return of(Arrays.asList(services));
  }

  /**
   * Creates a topology from services, in any order.
   *
   * @param services the services
   * @return the validated topology
   * @throws InvalidTopologyException listing every problem found: a null service, a name or alias
   *     used twice, a dependency that names no service (the first 32 such with the closest
   *     known names), a service that depends on itself, a dependency listed twice
   */
  public static Topology of(Collection<Service> services) {
    return of(List.of(), services);
  }

  /**
   * Creates a topology from the settings its installations choose values for and its services,
   * each in any order.
   *
   * @param settings the settings its conditions are stated on
   * @param services the services
   * @return the validated topology
   * @throws InvalidTopologyException listing every problem found: those of {@link
   *     #of(Collection)}, a setting declared twice, a condition on a setting or value not declared
   */
  public static Topology of(Collection<Setting> settings, Collection<Service> services) {
    if (services == null) {
      throw new InvalidTopologyException("A topology needs services, not null.");
    }
    if (settings == null) {
      throw new InvalidTopologyException("A topology needs settings, not null; give none instead.");
    }
    return sorted(settings, services);
  }

  /**
   * Returns a builder. Settings and services may be added in any order; {@link Builder#build()}
   * sorts them and checks the whole.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this topology's settings and services.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns the setting with this name, if the topology declares it.
   *
   * @param name the name of a setting
   * @return the setting, or empty
   */
  public Optional<Setting> setting(String name) {
    for (Setting setting : settings()) {
      if (setting.name().equals(name)) {
        return Optional.of(setting);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a deployment checked against this topology's settings, with every declared setting
   * set: to the deployment's value where it sets one, to the setting's default otherwise.
   *
   * @param deployment the settings of one installation
   * @return the settled deployment, with the same externalized names
   * @throws InvalidTopologyException if the deployment is null, or sets a setting the topology
   *     does not declare or a value the setting does not allow; every problem is named, with the
   *     closest known names
   */
  public Deployment settle(Deployment deployment) {
    if (deployment == null) {
      throw new InvalidTopologyException("A topology settles a deployment, not null.");
    }
    return Settings.settle(settings(), deployment);
  }

  /**
   * Returns the number of services.
   *
   * @return the size
   */
  public int size() {
    return services().size();
  }

  /**
   * Returns the canonical names, sorted.
   *
   * @return an unmodifiable list
   */
  public List<String> names() {
    return services().stream().map(Service::name).toList();
  }

  /**
   * Returns the service with this name or alias.
   *
   * @param name any name of a service
   * @return the service
   * @throws NoSuchServiceException if no service has that name; it names the closest ones
   */
  public Service service(String name) {
    int position = indexOf(name);
    if (position < 0) {
      throw new NoSuchServiceException(name, closestNames(name));
    }
    return services().get(position);
  }

  /**
   * Returns the service with this name, if there is one.
   *
   * @param name any name of a service
   * @return the service, or empty
   */
  public Optional<Service> find(String name) {
    int position = indexOf(name);
    return position < 0 ? Optional.empty() : Optional.of(services().get(position));
  }

  /**
   * Returns the position in {@link #services()} of the service with this name or alias:
   * a number from 0 to {@code size() - 1} that tools keeping arrays per service can use
   * without a map of their own. Takes constant time.
   *
   * @param name any name of a service
   * @return its position, or -1 if no service has that name
   */
  public int indexOf(String name) {
    return name == null ? -1 : index().get(name);
  }

  /**
   * Tells whether a service has this name.
   *
   * @param name any name of a service
   * @return true if one has
   */
  public boolean contains(String name) {
    return indexOf(name) >= 0;
  }

  /**
   * Returns the known names closest to {@code name}, best first, as an unknown-name error would.
   * Names of more than 128 characters are not compared.
   *
   * @param name any text
   * @return up to three names; empty if none is close
   */
  public List<String> closestNames(String name) {
    return Names.closest(name, index());
  }

  /**
   * Returns the concrete topology of one installation: the deployment is {@linkplain
   * #settle(Deployment) settled}, services absent in it are dropped, conditional severities and
   * edges are settled, optional dependencies on absent services are dropped, and externalized
   * services are marked {@link Service#external() external}. Edges from one service to another
   * of one kind that hold at once become one, as strong as the strongest (required if any is,
   * the furthest {@link Readiness}), spelt as the unconditional one, or else as the one whose
   * condition comes first in {@link SettingCondition}'s order.
   *
   * <p>The result keeps the declared settings but has no conditions left, so resolving it again
   * against any deployment gives it back unchanged (but for further externalized services). A
   * topology without conditions resolves to itself; otherwise the last result is kept, so that
   * resolving again against an equal deployment (as every engine built for it does) returns it
   * at once.
   *
   * @param deployment the settings of the installation
   * @return the concrete topology
   * @throws InvalidTopologyException if the deployment sets an undeclared setting or value,
   *     externalizes an unknown, absent or non-externalizable service, or a required edge kept
   *     points to a service absent in it
   */
  public Topology resolve(Deployment deployment) {
    if (deployment == null) {
      throw new InvalidTopologyException("A topology is resolved against a deployment, not null.");
    }
    Resolved last = lastResolved;
    if (last != null && last.deployment().equals(deployment)) {
      return last.topology();
    }
    List<Service> services = TopologyChecks.resolve(this, settle(deployment));
    if (services == null) {
      return this;
    }
    Topology resolved = of(settings(), services);
    lastResolved = new Resolved(deployment, resolved);
    return resolved;
  }

  /**
   * Returns this topology in its canonical form: every dependency names its target by canonical
   * name, each service's dependencies are sorted (startup before runtime, then by target, then
   * unconditional first and by condition), and each service's aliases are sorted.
   *
   * <p>Two topologies that differ only in the order their services were given, the order of
   * their dependencies and aliases, and which name of a service each dependency uses have the
   * same canonical form, so {@code TopologyJson.write(topology.canonical())} gives them the same
   * bytes. The topology itself keeps what it was given, as a source states it.
   *
   * <p>Cost: O(V log V + E log E).
   *
   * @return the canonical topology; this one if it is canonical already
   */
  public Topology canonical() {
    List<Service> canonical = TopologyChecks.canonical(this);
    return canonical == null ? this : of(settings(), canonical);
  }

  /**
   * Returns this topology with {@code service} added, or replacing the service of the same
   * canonical name.
   *
   * @param service the service
   * @return a new topology
   * @throws InvalidTopologyException if the result is not valid
   */
  public Topology withService(Service service) {
    if (service == null) {
      throw new InvalidTopologyException("withService needs a service, not null.");
    }
    Map<String, Service> kept = new LinkedHashMap<>();
    services().forEach(s -> kept.put(s.name(), s));
    kept.put(service.name(), service);
    return of(settings(), kept.values());
  }

  /**
   * Returns this topology with the named service changed by {@code change}.
   *
   * <pre>{@code topology.withService("frontend", s -> s.toBuilder().severity(Severity.HIGH).build())}</pre>
   *
   * @param name any name of the service
   * @param change derives the new service from the current one
   * @return a new topology
   * @throws NoSuchServiceException if no service has that name
   * @throws InvalidTopologyException if the result is not valid
   */
  public Topology withService(String name, UnaryOperator<Service> change) {
    Service current = service(name);
    if (change == null) {
      throw new InvalidTopologyException("withService needs a change, not null.");
    }
    Service changed = change.apply(current);
    List<Service> kept = new ArrayList<>(services());
    kept.remove(current);
    kept.add(changed);
    return of(settings(), kept);
  }

  /**
   * Returns this topology without the named service and without every dependency on it.
   *
   * @param name any name of the service
   * @return a new topology
   * @throws NoSuchServiceException if no service has that name
   */
  public Topology withoutService(String name) {
    Service removed = service(name);
    List<Service> kept = new ArrayList<>(size());
    for (Service service : services()) {
      if (service != removed) {
        kept.add(TopologyChecks.withoutDependenciesOn(service, removed));
      }
    }
    return of(settings(), kept);
  }

  @Override
  public String toString() {
    List<Setting> settings = settings();
    String declared = settings.isEmpty() ? ""
        : "; settings " + String.join(", ", settings.stream().map(Setting::name).toList());
    return "Topology[" + services().size() + " services: " + String.join(", ", names())
        + declared + "]";
  }

  /** Collects settings and services and builds a {@link Topology}. Not thread-safe. */
  public static final class Builder extends ImmutableTopology.Builder {
    Builder() {}

    /**
     * Declares a setting that conditions may be stated on.
     *
     * @param setting the setting
     * @return this builder
     */
    public Builder setting(Setting setting) {
      return addSettings(setting);
    }

    /**
     * Adds a service.
     *
     * @param service the service
     * @return this builder
     */
    public Builder add(Service service) {
      return addServices(service);
    }

    /**
     * Adds services.
     *
     * @param more the services
     * @return this builder
     */
    public Builder addAll(Iterable<Service> more) {
      if (more == null) {
        throw new InvalidTopologyException("addAll needs services, not null.");
      }
      return addAllServices(more);
    }
  }
}
