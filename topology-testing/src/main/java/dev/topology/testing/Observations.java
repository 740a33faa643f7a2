package dev.topology.testing;

import dev.topology.api.ContainerState;
import dev.topology.api.Coverage;
import dev.topology.api.Deployment;
import dev.topology.api.Health;
import dev.topology.api.Lifecycle;
import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Observations for triage tests: every service of a topology up, except the few a test is
 * about.
 *
 * <pre>{@code
 * Observation seen = Observations.allRunning(Fixtures.webStack())
 *     .exited("db", 137)
 *     .unhealthy("api")
 *     .except("cache")                  // no container at all
 *     .observation();
 * TopologyGraph.of(Fixtures.webStack()).triage(seen);
 * }</pre>
 *
 * <p>Each service of the topology (resolved against the deployment, external services left
 * out, since they run elsewhere) has one container, named and labelled as Docker Compose names
 * and labels it: {@code <project>-<service>-1}, with the labels {@value
 * ObservedContainer#PROJECT_LABEL} and {@value ObservedContainer#SERVICE_LABEL}, and the
 * service's image when it has one. The project is {@value #DEFAULT_PROJECT} unless {@link
 * #project(String)} names another; {@link #withoutProject()} names each container after its
 * service, without labels, as containers started without Compose are (the bundled catalog's).
 * Up means: long-running and startup-only services running, one-shot tasks exited with code 0
 * (completed), as a healthy installation shows them.
 *
 * <p>The observation is {@linkplain Coverage#COMPLETE complete} unless {@link #partial()} says
 * otherwise: a service {@linkplain #except(String...) left out} then has no container, which
 * triage reads as never created (a failure); in a partial one it was not looked at. Services
 * are named by any of their names; a later call about a service replaces an earlier one.
 *
 * <p>An immutable value: each method returns a new one, so a base can be shared by tests.
 */
public final class Observations {
  /** The Compose project of the containers unless {@link #project(String)} names another. */
  public static final String DEFAULT_PROJECT = "topology";

  private static final int RESTART_CODE = 1;

  private final Topology topology;
  private final String project;
  private final Coverage coverage;
  /** By canonical service name, in the topology's order; null for a service left out. */
  private final Map<String, ObservedContainer> containers;

  private Observations(Topology topology, String project, Coverage coverage,
      Map<String, ObservedContainer> containers) {
    this.topology = topology;
    this.project = project;
    this.coverage = coverage;
    this.containers = containers;
  }

  /**
   * Starts from every service of a topology up, in its default deployment.
   *
   * @param topology the topology
   * @return the observations, complete
   * @throws IllegalArgumentException if the topology is null
   * @throws dev.topology.api.InvalidTopologyException if it does not resolve in its default
   *     deployment
   */
  public static Observations allRunning(Topology topology) {
    return allRunning(topology, Deployment.defaults());
  }

  /**
   * Starts from every service of a topology up, in one deployment: the services absent in it
   * and those it externalizes have no container.
   *
   * @param topology the topology
   * @param deployment the installation's choices
   * @return the observations, complete
   * @throws IllegalArgumentException if an argument is null
   * @throws dev.topology.api.InvalidTopologyException if the deployment does not fit the
   *     topology
   */
  public static Observations allRunning(Topology topology, Deployment deployment) {
    Checks.notNull(topology, "Observations are made of a topology's services, not null.");
    Checks.notNull(deployment, "Observations are made in a deployment, not null; give"
        + " Deployment.defaults() for the default one.");
    Topology resolved = topology.resolve(deployment);
    Map<String, ObservedContainer> up = new LinkedHashMap<>();
    for (Service service : resolved.services()) {
      if (!service.external()) {
        up.put(service.name(), null);
      }
    }
    Observations empty = new Observations(resolved, DEFAULT_PROJECT, Coverage.COMPLETE, up);
    return empty.withEveryoneUp();
  }

  private Observations withEveryoneUp() {
    Map<String, ObservedContainer> up = new LinkedHashMap<>();
    for (String name : containers.keySet()) {
      Service service = topology.service(name);
      up.put(name, service.lifecycle() == Lifecycle.ONE_SHOT
          ? container(service, ContainerState.EXITED, Health.NONE, OptionalInt.of(0))
          : container(service, ContainerState.RUNNING, Health.NONE, OptionalInt.empty()));
    }
    return new Observations(topology, project, coverage, up);
  }

  /**
   * Names the Compose project of the containers, as {@code docker compose -p NAME} does.
   *
   * @param name the project, such as {@code "shop"}
   * @return new observations with every container renamed and relabelled
   * @throws IllegalArgumentException if the name is null or blank
   */
  public Observations project(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A Compose project has a name, not "
          + (name == null ? "null" : "blank text") + "; call withoutProject() for containers"
          + " started without Compose.");
    }
    return relabelled(name);
  }

  /**
   * Names each container after its service, without Compose labels, as containers started
   * without Compose are: use it for a topology that is no Compose project, such as the bundled
   * catalog ({@code TriageOptions.withoutProject()} refuses Compose containers).
   *
   * @return new observations with every container renamed and unlabelled
   */
  public Observations withoutProject() {
    return relabelled(null);
  }

  private Observations relabelled(String newProject) {
    Map<String, ObservedContainer> renamed = new LinkedHashMap<>();
    Observations target = new Observations(topology, newProject, coverage, renamed);
    containers.forEach((name, c) -> renamed.put(name, c == null ? null
        : target.container(topology.service(name), c.state(), c.health(), c.exitCode())));
    return target;
  }

  /**
   * Leaves services without a container at all: never created in a complete observation, not
   * looked at in a partial one.
   *
   * @param names any names of services of the topology
   * @return new observations
   * @throws NoSuchServiceException if a name is no service's; the message names the closest
   * @throws IllegalArgumentException if a name is null or names a service without a container
   *     in this deployment (an external one)
   */
  public Observations except(String... names) {
    Checks.notNull(names, "except takes names of services, not a null array.");
    Map<String, ObservedContainer> changed = new LinkedHashMap<>(containers);
    for (String name : names) {
      changed.put(canonical(name), null);
    }
    return new Observations(topology, project, coverage, changed);
  }

  /**
   * Shows a service's container exited with a code: {@code Exited (137) ...}.
   *
   * @param name any name of a service of the topology
   * @param exitCode the exit code of its last run; 0 is a one-shot task's success
   * @return new observations
   * @throws NoSuchServiceException if the name is no service's; the message names the closest
   * @throws IllegalArgumentException if the name is null or the service has no container here
   */
  public Observations exited(String name, int exitCode) {
    return with(name, ContainerState.EXITED, Health.NONE, OptionalInt.of(exitCode));
  }

  /**
   * Shows a service's container running with a failing health check: {@code Up ...
   * (unhealthy)}.
   *
   * @param name any name of a service of the topology
   * @return new observations
   * @throws NoSuchServiceException if the name is no service's; the message names the closest
   * @throws IllegalArgumentException if the name is null or the service has no container here
   */
  public Observations unhealthy(String name) {
    return with(name, ContainerState.RUNNING, Health.UNHEALTHY, OptionalInt.empty());
  }

  /**
   * Shows a service's container being restarted by its restart policy after exiting with code
   * 1: {@code Restarting (1) ...}.
   *
   * @param name any name of a service of the topology
   * @return new observations
   * @throws NoSuchServiceException if the name is no service's; the message names the closest
   * @throws IllegalArgumentException if the name is null or the service has no container here
   */
  public Observations restarting(String name) {
    return restarting(name, RESTART_CODE);
  }

  /**
   * Shows a service's container being restarted by its restart policy after exiting with a
   * code.
   *
   * @param name any name of a service of the topology
   * @param exitCode the exit code of its last run
   * @return new observations
   * @throws NoSuchServiceException if the name is no service's; the message names the closest
   * @throws IllegalArgumentException if the name is null or the service has no container here
   */
  public Observations restarting(String name, int exitCode) {
    return with(name, ContainerState.RESTARTING, Health.NONE, OptionalInt.of(exitCode));
  }

  /**
   * Shows a service's container in any state Docker reports.
   *
   * @param name any name of a service of the topology
   * @param state its state
   * @param health its health; Docker reports one only for a running container
   * @return new observations
   * @throws NoSuchServiceException if the name is no service's; the message names the closest
   * @throws IllegalArgumentException if an argument is null or the service has no container
   *     here
   */
  public Observations state(String name, ContainerState state, Health health) {
    Checks.notNull(state, "A container's state is one of Docker's, not null.");
    Checks.notNull(health, "A container's health is given, not null; give Health.NONE for a"
        + " container without a health check.");
    return with(name, state, health, OptionalInt.empty());
  }

  /**
   * Says that the observation lists only some containers (a filtered {@code docker ps}): a
   * service without a container was not looked at.
   *
   * @return new observations, {@linkplain Coverage#PARTIAL partial}
   */
  public Observations partial() {
    return new Observations(topology, project, Coverage.PARTIAL, containers);
  }

  /**
   * Says that the observation lists every container of the installation, as {@code docker
   * compose ps -a} does; the default.
   *
   * @return new observations, {@linkplain Coverage#COMPLETE complete}
   */
  public Observations complete() {
    return new Observations(topology, project, Coverage.COMPLETE, containers);
  }

  /**
   * Returns the observation.
   *
   * @return the containers of the services not left out, with the coverage said
   */
  public Observation observation() {
    Observation.Builder seen = Observation.builder().coverage(coverage);
    containers.values().stream().filter(c -> c != null).forEach(seen::add);
    return seen.build();
  }

  /**
   * Merges two observations: every container of either, and for a container (by name) in both,
   * the one of {@code later}, taken as the newer look at it. The result is complete if either
   * is: a complete observation lists every container, and more containers do not change that.
   *
   * <pre>{@code
   * Observations.merge(ComposePs.read(before), DockerPs.read(now));
   * }</pre>
   *
   * @param earlier an observation
   * @param later an observation whose containers replace those of the same name
   * @return the merged observation
   * @throws IllegalArgumentException if an observation is null
   */
  public static Observation merge(Observation earlier, Observation later) {
    Checks.notNull(earlier, "merge takes two observations; the first is null.");
    Checks.notNull(later, "merge takes two observations; the second is null.");
    Map<String, ObservedContainer> byName = new TreeMap<>();
    earlier.containers().forEach(c -> byName.put(c.name(), c));
    later.containers().forEach(c -> byName.put(c.name(), c));
    return Observation.builder().addAllContainers(byName.values())
        .coverage(earlier.isComplete() || later.isComplete() ? Coverage.COMPLETE
            : Coverage.PARTIAL)
        .build();
  }

  /**
   * Returns the observations in a few words.
   *
   * @return such as {@code Observations[project topology, complete: Observation[...]]}
   */
  @Override
  public String toString() {
    return "Observations[" + (project == null ? "no project" : "project " + project) + ", "
        + coverage.name().toLowerCase(java.util.Locale.ROOT) + ": " + observation() + "]";
  }

  private Observations with(String name, ContainerState state, Health health,
      OptionalInt exitCode) {
    String canonical = canonical(name);
    Map<String, ObservedContainer> changed = new LinkedHashMap<>(containers);
    changed.put(canonical, container(topology.service(canonical), state, health, exitCode));
    return new Observations(topology, project, coverage, changed);
  }

  private String canonical(String name) {
    Checks.notNull(name, "A service is named, not null.");
    Service service = topology.find(name).orElseThrow(
        () -> new NoSuchServiceException(name, topology.closestNames(name)));
    if (!containers.containsKey(service.name())) {
      throw new IllegalArgumentException("Service '" + service.name() + "' is external in this"
          + " deployment: it runs elsewhere and has no container to observe.");
    }
    return service.name();
  }

  private ObservedContainer container(Service service, ContainerState state, Health health,
      OptionalInt exitCode) {
    ObservedContainer.Builder container = ObservedContainer.builder()
        .name(project == null ? service.name() : project + "-" + service.name() + "-1")
        .service(service.name()).state(state).health(health).exitCode(exitCode)
        .image(service.image());
    if (project != null) {
      container.label(ObservedContainer.PROJECT_LABEL, project)
          .label(ObservedContainer.SERVICE_LABEL, service.name());
    }
    return container.build();
  }
}
