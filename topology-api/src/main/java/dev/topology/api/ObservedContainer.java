package dev.topology.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One container as it was seen: its name, the service it belongs to, its state, its health and,
 * once it has exited, its exit code.
 *
 * <pre>{@code
 * ObservedContainer.of("postgres", ContainerState.EXITED, 137);   // service "postgres"
 * ObservedContainer.builder().name("shop-web-2").service("web")
 *     .state(ContainerState.RUNNING).health(Health.UNHEALTHY).build();
 * }</pre>
 *
 * <p>The service is a name as the source of the observation gives it (a Compose service, a
 * container name); {@code TopologyGraph.triage} resolves it against the topology, by any name of
 * a service, and lists containers that name no service as unknown. Several containers may belong
 * to one service (a scaled service). The image and the labels are what Docker reports; triage
 * reads the Compose labels ({@value #PROJECT_LABEL}, {@value #SERVICE_LABEL}) to tell a
 * container of another project, and may match a container to a service by its image, which it
 * then reports as a guess. Immutable.
 *
 * @param name the container's name, unique within an observation
 * @param service the name of the service it runs
 * @param state its state
 * @param health its health; {@link Health#NONE} without a health check
 * @param exitCode the exit code of its last run, when it has exited (or is restarting after an
 *     exit); empty otherwise or when not reported
 * @param image the image it runs, as Docker names it ({@code postgres:16}); empty if not reported
 * @param labels its labels, sorted by key; empty if none were reported
 */
public record ObservedContainer(
    String name, String service, ContainerState state, Health health, OptionalInt exitCode,
    Optional<String> image, SortedMap<String, String> labels) {

  /** The label Docker Compose puts on each container it creates: the project's name. */
  public static final String PROJECT_LABEL = "com.docker.compose.project";

  /** The label Docker Compose puts on each container it creates: the service's name. */
  public static final String SERVICE_LABEL = "com.docker.compose.service";

  /**
   * Creates a container with no image and no labels reported.
   *
   * @param name the container's name, unique within an observation
   * @param service the name of the service it runs
   * @param state its state
   * @param health its health; {@link Health#NONE} without a health check
   * @param exitCode the exit code of its last run, if known
   * @throws InvalidObservationException if a value is missing or a name is blank
   */
  public ObservedContainer(String name, String service, ContainerState state, Health health,
      OptionalInt exitCode) {
    this(name, service, state, health, exitCode, Optional.empty(), new TreeMap<>());
  }

  /**
   * Creates a container.
   *
   * @param name the container's name, unique within an observation
   * @param service the name of the service it runs
   * @param state its state
   * @param health its health; {@link Health#NONE} without a health check
   * @param exitCode the exit code of its last run, if known
   * @param image the image it runs, if reported
   * @param labels its labels, if any; copied and sorted
   * @throws InvalidObservationException if a value is missing or a name is blank
   */
  public ObservedContainer {
    List<String> problems = new ArrayList<>();
    if (name == null || name.isBlank()) {
      problems.add("A container has " + (name == null ? "no" : "a blank")
          + " name; give the name Docker shows for it.");
    }
    String quoted = name == null || name.isBlank() ? "A container"
        : "Container " + Names.quote(name);
    if (service == null || service.isBlank()) {
      problems.add(quoted + " has " + (service == null ? "no" : "a blank")
          + " service name; give the service it runs.");
    }
    if (state == null) {
      problems.add(quoted + " has no state; give one of"
          + " created, restarting, running, removing, paused, exited, dead.");
    }
    if (health == null) {
      problems.add(quoted + " has no health; give Health.NONE when it has no health check.");
    }
    if (exitCode == null) {
      problems.add(quoted + " has a null exit code; give OptionalInt.empty() when none is known.");
    }
    if (image == null) {
      problems.add(quoted + " has a null image; give Optional.empty() when none is known.");
    }
    if (labels == null) {
      problems.add(quoted + " has no map of labels; give an empty map when it has none.");
    } else if (labels.entrySet().stream()
        .anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
      problems.add(quoted + " has a null label key or value; leave the label out instead.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidObservationException(problems);
    }
    labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
  }

  /**
   * Returns the Compose project the container belongs to, from its {@value #PROJECT_LABEL}
   * label.
   *
   * @return the project's name, or empty if the container has no such label
   */
  public Optional<String> project() {
    return Optional.ofNullable(labels.get(PROJECT_LABEL)).filter(p -> !p.isBlank());
  }


  /**
   * Creates a container whose name is its service's name, without health check or exit code.
   *
   * @param name the container's name, which is also its service's name
   * @param state its state
   * @return the container
   * @throws InvalidObservationException if a value is missing or the name is blank
   */
  public static ObservedContainer of(String name, ContainerState state) {
    return new ObservedContainer(name, name, state, Health.NONE, OptionalInt.empty());
  }

  /**
   * Creates a container whose name is its service's name, with the exit code of its last run.
   *
   * @param name the container's name, which is also its service's name
   * @param state its state, usually {@link ContainerState#EXITED}
   * @param exitCode the exit code
   * @return the container
   * @throws InvalidObservationException if a value is missing or the name is blank
   */
  public static ObservedContainer of(String name, ContainerState state, int exitCode) {
    return new ObservedContainer(name, name, state, Health.NONE, OptionalInt.of(exitCode));
  }

  /**
   * Returns a builder; the health defaults to {@link Health#NONE}, the exit code to none, the
   * service to the container's name.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether the container serves: it runs and its health check, if any, does not fail.
   *
   * @return true if running and not unhealthy
   */
  public boolean isUp() {
    return state == ContainerState.RUNNING && health != Health.UNHEALTHY;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name);
    if (!name.equals(service)) {
      text.append(" (").append(service).append(')');
    }
    text.append(' ').append(state.docker());
    exitCode.ifPresent(code -> text.append(" (").append(code).append(')'));
    if (health != Health.NONE) {
      text.append(", ").append(health.name().toLowerCase(java.util.Locale.ROOT));
    }
    return text.toString();
  }

  /** The labels sorted; a null key is refused in the value's own words. */
  private static SortedMap<String, String> sorted(Map<String, String> labels) {
    if (labels.containsKey(null)) {
      throw new InvalidObservationException(
          "A container has a null label key; leave the label out instead.");
    }
    return new TreeMap<>(labels);
  }

  /** Builds an {@link ObservedContainer}; see {@link ObservedContainer#builder()}. */
  public static final class Builder {
    private String name;
    private String service;
    private ContainerState state;
    private Health health = Health.NONE;
    private OptionalInt exitCode = OptionalInt.empty();
    private Optional<String> image = Optional.empty();
    // A hash map takes a null key, which the value then reports with the other problems.
    private final Map<String, String> labels = new java.util.HashMap<>();

    Builder() {}

    /**
     * Sets the image it runs.
     *
     * @param image the image, as Docker names it
     * @return this builder
     */
    public Builder image(String image) {
      this.image = Optional.ofNullable(image);
      return this;
    }

    /**
     * Adds a label.
     *
     * @param key the label's key, such as {@value ObservedContainer#PROJECT_LABEL}
     * @param value its value
     * @return this builder
     */
    public Builder label(String key, String value) {
      labels.put(key, value);
      return this;
    }

    /**
     * Adds labels.
     *
     * @param more labels by key
     * @return this builder
     */
    public Builder labels(Map<String, String> more) {
      if (more != null) {
        labels.putAll(more);
      }
      return this;
    }

    /**
     * Sets the container's name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the service's name; without it the container's name is used.
     *
     * @param service any name of the service
     * @return this builder
     */
    public Builder service(String service) {
      this.service = service;
      return this;
    }

    /**
     * Sets the state.
     *
     * @param state the state
     * @return this builder
     */
    public Builder state(ContainerState state) {
      this.state = state;
      return this;
    }

    /**
     * Sets the health.
     *
     * @param health the health
     * @return this builder
     */
    public Builder health(Health health) {
      this.health = health;
      return this;
    }

    /**
     * Sets the exit code of the last run.
     *
     * @param exitCode the exit code
     * @return this builder
     */
    public Builder exitCode(int exitCode) {
      this.exitCode = OptionalInt.of(exitCode);
      return this;
    }

    /**
     * Sets the exit code of the last run, or none.
     *
     * @param exitCode the exit code, or empty
     * @return this builder
     */
    public Builder exitCode(OptionalInt exitCode) {
      this.exitCode = exitCode;
      return this;
    }

    /**
     * Builds the container.
     *
     * @return the container
     * @throws InvalidObservationException if a value is missing or a name is blank
     */
    public ObservedContainer build() {
      return new ObservedContainer(name, service == null ? name : service, state, health,
          exitCode, image, sorted(labels));
    }
  }
}
