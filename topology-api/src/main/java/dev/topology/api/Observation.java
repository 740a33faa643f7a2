package dev.topology.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * What was seen running at one moment: every container, with the service it belongs to.
 *
 * <pre>{@code
 * Observation seen = Observation.of(
 *     ObservedContainer.of("postgres", ContainerState.EXITED, 137),
 *     ObservedContainer.of("frontend", ContainerState.RUNNING));
 * seen.byService().keySet();              // [frontend, postgres]
 * Observation.builder().complete().add("db", ContainerState.RUNNING).build();
 * }</pre>
 *
 * <p>A pure value: it holds no topology, and a service no container was seen for is simply
 * absent. Its {@link Coverage} says what that absence means: in a {@linkplain Coverage#COMPLETE
 * complete} observation (every container of the installation, as {@code docker compose ps -a}
 * of the whole project lists them) the service has no container; in a {@linkplain
 * Coverage#PARTIAL partial} one, the default, it was not looked at. Containers are kept sorted
 * by service name, then by container name, so that two observations of the same containers are
 * equal whatever order they were given in. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Observation {
  private static final Comparator<ObservedContainer> ORDER =
      Comparator.comparing(ObservedContainer::service).thenComparing(ObservedContainer::name);

  Observation() {}

  /**
   * Returns the containers.
   *
   * @return an unmodifiable list sorted by service name, then by container name
   */
  public abstract List<ObservedContainer> containers();

  /**
   * Returns whether every container of the installation is listed; {@link Coverage#PARTIAL}
   * unless given.
   *
   * @return the coverage
   */
  @Value.Default
  public Coverage coverage() {
    return Coverage.PARTIAL;
  }

  /**
   * Creates a {@linkplain Coverage#PARTIAL partial} observation.
   *
   * <p>Cost: O(n log n) for {@code n} containers.
   *
   * @param containers the containers, in any order
   * @return the observation
   * @throws InvalidObservationException if a container is null or two have the same name; every
   *     such problem is listed
   */
  public static Observation of(ObservedContainer... containers) {
    if (containers == null) {
      throw new InvalidObservationException(List.of(Problem.of(Problem.Kind.MISSING_VALUE,
          "An observation has no array of containers; give none when none was seen.")));
    }
    return of(Arrays.asList(containers));
  }

  /**
   * Creates a {@linkplain Coverage#PARTIAL partial} observation.
   *
   * <p>Cost: O(n log n) for {@code n} containers.
   *
   * @param containers the containers, in any order
   * @return the observation
   * @throws InvalidObservationException if the collection or a container is null, or two
   *     containers have the same name; every such problem is listed
   */
  public static Observation of(Collection<ObservedContainer> containers) {
    if (containers == null) {
      throw new InvalidObservationException(List.of(Problem.of(Problem.Kind.MISSING_VALUE,
          "An observation has no list of containers; give an empty list when none was seen.")));
    }
    return builder().addAllContainers(containers).build();
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
   * Returns a builder holding this observation's containers and coverage.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
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
    return toBuilder().coverage(coverage).build();
  }

  /**
   * Tells whether every container of the installation is listed.
   *
   * @return true for {@link Coverage#COMPLETE}
   */
  public boolean isComplete() {
    return coverage() == Coverage.COMPLETE;
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
    for (ObservedContainer container : containers()) {
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
    return containers().stream().filter(c -> c.service().equals(service)).toList();
  }

  /**
   * Refuses null containers, two containers of one name and a missing coverage, every such
   * problem at once, and sorts the containers.
   *
   * @return this observation if its containers are sorted, else a sorted copy
   */
  @Value.Check
  protected Observation normalize() {
    List<ObservedContainer> containers = containers();
    List<Problem> problems = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int index = 0; index < containers.size(); index++) {
      ObservedContainer container = containers.get(index);
      if (container == null) {
        problems.add(Problem.of(Problem.Kind.MISSING_VALUE, "An observation lists a null"
            + " container at index " + index + "; leave it out instead."));
      } else if (!names.add(container.name())) {
        problems.add(Problem.of(Problem.Kind.DUPLICATE_NAME, "Two containers are named "
            + Names.quote(container.name()) + "; a container's name is unique on its host.",
            container.service()));
      }
    }
    if (coverage() == null) {
      problems.add(Problem.of(Problem.Kind.MISSING_VALUE, "An observation has no coverage; give"
          + " Coverage.COMPLETE when every container of the installation is listed,"
          + " Coverage.PARTIAL otherwise."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidObservationException(problems);
    }
    for (int i = 1; i < containers.size(); i++) {
      if (ORDER.compare(containers.get(i - 1), containers.get(i)) > 0) {
        List<ObservedContainer> sorted = new ArrayList<>(containers);
        sorted.sort(ORDER);
        return builder().coverage(coverage()).addAllContainers(sorted).build();
      }
    }
    return this;
  }

  /**
   * Returns the observation in a few words: the count, the coverage when complete, and each
   * container.
   *
   * @return such as {@code Observation[1 container, complete: [db running]]}
   */
  @Override
  public String toString() {
    List<ObservedContainer> containers = containers();
    return "Observation[" + containers.size()
        + (containers.size() == 1 ? " container" : " containers")
        + (isComplete() ? ", complete" : "")
        + (containers.isEmpty() ? "" : ": " + containers) + "]";
  }

  /** Builds an {@link Observation}, a container at a time. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}

    /**
     * Says that every container of the installation is listed: {@link Coverage#COMPLETE}.
     *
     * @return this builder
     */
    public Builder complete() {
      return coverage(Coverage.COMPLETE);
    }

    /**
     * Adds a container; the same as {@link #addContainers(ObservedContainer)}.
     *
     * @param container the container
     * @return this builder
     */
    public Builder add(ObservedContainer container) {
      return addContainers(container);
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
  }
}
