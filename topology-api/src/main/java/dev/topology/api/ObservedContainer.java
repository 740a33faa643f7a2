package dev.topology.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.immutables.value.Value;

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
 */
@Value.Immutable
public abstract class ObservedContainer {

  /** The label Docker Compose puts on each container it creates: the project's name. */
  public static final String PROJECT_LABEL = "com.docker.compose.project";

  /** The label Docker Compose puts on each container it creates: the service's name. */
  public static final String SERVICE_LABEL = "com.docker.compose.service";

  ObservedContainer() {}

  /**
   * Returns the container's name, unique within an observation.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the name of the service it runs; the container's name unless given.
   *
   * @return the service's name
   */
  @Value.Default
  public String service() {
    return name();
  }

  /**
   * Returns its state.
   *
   * @return the state
   */
  public abstract ContainerState state();

  /**
   * Returns its health; {@link Health#NONE} unless given, for a container without a health
   * check.
   *
   * @return the health
   */
  @Value.Default
  public Health health() {
    return Health.NONE;
  }

  /**
   * Returns the exit code of its last run, when it has exited (or is restarting after an exit).
   *
   * @return the exit code; empty otherwise or when not reported
   */
  public abstract OptionalInt exitCode();

  /**
   * Returns the image it runs, as Docker names it ({@code postgres:16}).
   *
   * @return the image; empty if not reported
   */
  public abstract Optional<String> image();

  /**
   * Returns its labels.
   *
   * @return an unmodifiable map sorted by key; empty if none were reported
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, String> labels();

  /**
   * Creates a container whose name is its service's name, without health check or exit code.
   *
   * @param name the container's name, which is also its service's name
   * @param state its state
   * @return the container
   * @throws InvalidObservationException if a value is missing or the name is blank
   */
  public static ObservedContainer of(String name, ContainerState state) {
    return builder().name(name).state(state).build();
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
    return builder().name(name).state(state).exitCode(exitCode).build();
  }

  /**
   * Returns a builder; the health defaults to {@link Health#NONE}, the exit code and the image
   * to none, the service to the container's name.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this container's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Returns the Compose project the container belongs to, from its {@value #PROJECT_LABEL}
   * label.
   *
   * @return the project's name, or empty if the container has no such label
   */
  public Optional<String> project() {
    return Optional.ofNullable(labels().get(PROJECT_LABEL)).filter(p -> !p.isBlank());
  }

  /**
   * Tells whether the container serves: it runs and its health check, if any, does not fail.
   *
   * @return true if running and not unhealthy
   */
  public boolean isUp() {
    return state() == ContainerState.RUNNING && health() != Health.UNHEALTHY;
  }

  /** Reports every missing or blank value at once. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    String name = name();
    boolean named = name != null && !name.isBlank();
    if (!named) {
      problems.add(problem(name == null ? Problem.Kind.MISSING_VALUE : Problem.Kind.INVALID_NAME,
          "A container has " + (name == null ? "no" : "a blank")
              + " name; give the name Docker shows for it."));
    }
    String quoted = named ? "Container " + Names.quote(name) : "A container";
    String service = service();
    if (service == null || service.isBlank()) {
      problems.add(problem(service == null ? Problem.Kind.MISSING_VALUE
          : Problem.Kind.INVALID_NAME, quoted + " has " + (service == null ? "no" : "a blank")
          + " service name; give the service it runs."));
    }
    if (state() == null) {
      problems.add(problem(Problem.Kind.MISSING_VALUE, quoted + " has no state; give one of"
          + " created, restarting, running, removing, paused, exited, dead."));
    }
    if (health() == null) {
      problems.add(problem(Problem.Kind.MISSING_VALUE,
          quoted + " has no health; give Health.NONE when it has no health check."));
    }
    if (labels().containsValue(null)) {
      problems.add(problem(Problem.Kind.MISSING_VALUE,
          quoted + " has a null label key or value; leave the label out instead."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidObservationException(problems);
    }
  }

  private Problem problem(Problem.Kind kind, String message) {
    String service = service();
    Problem.Builder problem = Problem.builder().kind(kind).message(message);
    if (service != null && !service.isBlank()) {
      problem.addServices(service);
    }
    return problem.build();
  }

  /**
   * Returns the container in a few words: its name, its service when it differs, its state, its
   * exit code and its health when it has them.
   *
   * @return such as {@code shop-db-1 (db) exited (137)} or {@code web running, unhealthy}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name());
    if (!name().equals(service())) {
      text.append(" (").append(service()).append(')');
    }
    text.append(' ').append(state().docker());
    exitCode().ifPresent(code -> text.append(" (").append(code).append(')'));
    if (health() != Health.NONE) {
      text.append(", ").append(health().name().toLowerCase(java.util.Locale.ROOT));
    }
    return text.toString();
  }

  /**
   * Builds an {@link ObservedContainer}; see {@link ObservedContainer#builder()}. A null label
   * key is refused when the container is built.
   */
  public static final class Builder extends ImmutableObservedContainer.Builder {
    private boolean nullLabelKey;

    Builder() {}

    /**
     * Adds a label; the same as {@link #putLabels(String, String)}.
     *
     * @param key the label's key, such as {@value ObservedContainer#PROJECT_LABEL}
     * @param value its value
     * @return this builder
     */
    public Builder label(String key, String value) {
      if (key == null) {
        nullLabelKey = true;
        return this;
      }
      return putLabels(key, value);
    }

    /**
     * Builds the container.
     *
     * @return the container
     * @throws InvalidObservationException if a value is missing or a name is blank; every such
     *     problem is listed
     */
    @Override
    public ObservedContainer build() {
      if (nullLabelKey) {
        throw new InvalidObservationException(List.of(Problem.of(Problem.Kind.MISSING_VALUE,
            "A container has a null label key; leave the label out instead.")));
      }
      try {
        return super.build();
      } catch (NullPointerException e) {
        // The sorted map of labels refuses a null key given in a map; no other value is
        // dereferenced before the check, which reports nulls in the library's words.
        throw new InvalidObservationException(List.of(Problem.of(Problem.Kind.MISSING_VALUE,
            "A container has a null label key; leave the label out instead.")));
      }
    }
  }
}
