package dev.topology.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What was seen running at one moment: every container, with the service it belongs to.
 *
 * <pre>{@code
 * Observation seen = Observation.of(
 *     ObservedContainer.of("postgres", ContainerState.EXITED, 137),
 *     ObservedContainer.of("frontend", ContainerState.RUNNING));
 * seen.byService().keySet();              // [frontend, postgres]
 * }</pre>
 *
 * <p>A pure value: it holds no topology, and a service no container was seen for is simply
 * absent. Its {@link Coverage} says what that absence means: in a {@linkplain Coverage#COMPLETE
 * complete} observation (every container of the installation, as {@code docker compose ps -a}
 * of the whole project lists them) the service has no container; in a {@linkplain
 * Coverage#PARTIAL partial} one, the default, it was not looked at. Containers are kept sorted
 * by service name, then by container name, so that two observations of the same containers are
 * equal whatever order they were given in. Immutable and thread-safe.
 *
 * @param containers the containers, sorted by service name, then by container name
 * @param coverage whether every container of the installation is listed
 */
public record Observation(List<ObservedContainer> containers, Coverage coverage) {
  private static final Comparator<ObservedContainer> ORDER =
      Comparator.comparing(ObservedContainer::service).thenComparing(ObservedContainer::name);

  /**
   * Creates a {@linkplain Coverage#PARTIAL partial} observation.
   *
   * <p>Cost: O(n log n) for {@code n} containers.
   *
   * @param containers the containers, in any order
   * @throws InvalidObservationException if the list or a container is null, or two containers
   *     have the same name; every such problem is listed
   */
  public Observation(List<ObservedContainer> containers) {
    this(containers, Coverage.PARTIAL);
  }

  /**
   * Creates an observation.
   *
   * <p>Cost: O(n log n) for {@code n} containers.
   *
   * @param containers the containers, in any order
   * @param coverage whether every container of the installation is listed
   * @throws InvalidObservationException if the list, a container or the coverage is null, or
   *     two containers have the same name; every such problem is listed
   */
  public Observation {
    if (containers == null) {
      throw new InvalidObservationException(
          "An observation has no list of containers; give an empty list when none was seen.");
    }
    List<ObservedContainer> sorted = new ArrayList<>(containers.size());
    Map<String, ObservedContainer> byName = new HashMap<>();
    List<String> problems = new ArrayList<>();
    int index = 0;
    for (ObservedContainer container : containers) {
      if (container == null) {
        problems.add("An observation lists a null container at index " + index
            + "; leave it out instead.");
      } else if (byName.putIfAbsent(container.name(), container) != null) {
        problems.add("Two containers are named " + Names.quote(container.name())
            + "; a container's name is unique on its host.");
      } else {
        sorted.add(container);
      }
      index++;
    }
    if (coverage == null) {
      problems.add("An observation has no coverage; give Coverage.COMPLETE when every container"
          + " of the installation is listed, Coverage.PARTIAL otherwise.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidObservationException(problems);
    }
    sorted.sort(ORDER);
    containers = List.copyOf(sorted);
  }

  /**
   * Creates an observation.
   *
   * @param containers the containers, in any order
   * @return the observation
   * @throws InvalidObservationException if a container is null or two have the same name
   */
  public static Observation of(ObservedContainer... containers) {
    if (containers == null) {
      throw new InvalidObservationException(
          "An observation has no array of containers; give none when none was seen.");
    }
    return new Observation(java.util.Arrays.asList(containers));
  }

  /**
   * Creates an observation.
   *
   * @param containers the containers, in any order
   * @return the observation
   * @throws InvalidObservationException if a container is null or two have the same name
   */
  public static Observation of(Collection<ObservedContainer> containers) {
    return new Observation(containers == null ? null : new ArrayList<>(containers));
  }

  /**
   * Returns this observation with another coverage.
   *
   * @param coverage {@link Coverage#COMPLETE} when every container of the installation is
   *     listed, {@link Coverage#PARTIAL} otherwise
   * @return the observation
   * @throws InvalidObservationException if the coverage is null
   */
  public Observation withCoverage(Coverage coverage) {
    return new Observation(containers, coverage);
  }

  /**
   * Tells whether every container of the installation is listed.
   *
   * @return true for {@link Coverage#COMPLETE}
   */
  public boolean isComplete() {
    return coverage == Coverage.COMPLETE;
  }

  /**
   * Returns an empty builder, for a {@linkplain Coverage#PARTIAL partial} observation unless
   * told otherwise.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the containers grouped by the service name they give.
   *
   * <p>Cost: O(n log n).
   *
   * @return an unmodifiable map sorted by service name, each list sorted by container name
   */
  public SortedMap<String, List<ObservedContainer>> byService() {
    TreeMap<String, List<ObservedContainer>> groups = new TreeMap<>();
    for (ObservedContainer container : containers) {
      groups.computeIfAbsent(container.service(), k -> new ArrayList<>()).add(container);
    }
    groups.replaceAll((service, list) -> List.copyOf(list));
    return Collections.unmodifiableSortedMap(groups);
  }

  /**
   * Returns the containers that give a service name, exactly as written.
   *
   * <p>Cost: O(n).
   *
   * @param service the service name as the containers give it
   * @return an unmodifiable list sorted by container name; empty if none
   */
  public List<ObservedContainer> containers(String service) {
    return containers.stream().filter(c -> c.service().equals(service)).toList();
  }

  @Override
  public String toString() {
    return "Observation[" + containers.size() + (containers.size() == 1 ? " container" : " containers")
        + (coverage == Coverage.COMPLETE ? ", complete" : "")
        + (containers.isEmpty() ? "" : ": " + containers) + "]";
  }

  /** Builds an {@link Observation}, a container at a time. */
  public static final class Builder {
    private final List<ObservedContainer> containers = new ArrayList<>();
    private Coverage coverage = Coverage.PARTIAL;

    Builder() {}

    /**
     * Sets the coverage; {@link Coverage#PARTIAL} unless set.
     *
     * @param coverage whether every container of the installation is listed
     * @return this builder
     */
    public Builder coverage(Coverage coverage) {
      this.coverage = coverage;
      return this;
    }

    /**
     * Says that every container of the installation is listed: {@link Coverage#COMPLETE}.
     *
     * @return this builder
     */
    public Builder complete() {
      return coverage(Coverage.COMPLETE);
    }

    /**
     * Adds a container named after its service that has exited with a code (or keeps
     * restarting after exiting with it).
     *
     * @param name the container's and service's name
     * @param state its state, usually {@link ContainerState#EXITED}
     * @param exitCode the exit code of its last run
     * @return this builder
     * @throws InvalidObservationException if the name is blank or the state null
     */
    public Builder add(String name, ContainerState state, int exitCode) {
      return add(ObservedContainer.of(name, state, exitCode));
    }

    /**
     * Adds a container named after its service, in a state, with the result of its health
     * check.
     *
     * @param name the container's and service's name
     * @param state its state, usually {@link ContainerState#RUNNING}
     * @param health its health
     * @return this builder
     * @throws InvalidObservationException if the name is blank or the state or health null
     */
    public Builder add(String name, ContainerState state, Health health) {
      return add(ObservedContainer.builder().name(name).state(state).health(health).build());
    }

    /**
     * Adds a container.
     *
     * @param container the container
     * @return this builder
     */
    public Builder add(ObservedContainer container) {
      containers.add(container);
      return this;
    }

    /**
     * Adds a container named after its service, in a state.
     *
     * @param name the container's and service's name
     * @param state its state
     * @return this builder
     * @throws InvalidObservationException if the name is blank or the state null
     */
    public Builder add(String name, ContainerState state) {
      return add(ObservedContainer.of(name, state));
    }

    /**
     * Builds the observation.
     *
     * @return the observation
     * @throws InvalidObservationException if a container is null or two have the same name
     */
    public Observation build() {
      return new Observation(containers, coverage);
    }
  }
}
