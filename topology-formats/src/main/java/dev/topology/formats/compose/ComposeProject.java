package dev.topology.formats.compose;

import dev.topology.api.Dependency;
import dev.topology.api.Deployment;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Problem;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.Topology;
import dev.topology.api.internal.Quoting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Compose file as read: its services as a {@link Topology}, whose {@link Topology#settings()
 * choices} are the file's profiles (each an {@link Setting#onOff(String) on/off switch}, off by
 * default), and the file's project name if it states one.
 *
 * <p>A service with profiles is present when any of them is on; one without is always present.
 * {@link #deployment(Collection)} turns profile names into a deployment, and {@link
 * #resolve(Deployment)} gives the concrete topology of that deployment with errors worded for
 * the file.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ComposeProject {
  private final Optional<String> name;
  private final Topology topology;
  private final List<String> profiles;
  /** By service, by target: the place in the file that states the dependency. */
  private final Map<String, Map<String, String>> origins;
  private final List<ComposeFinding> lint;
  private final List<String> notes;
  private final List<String> files;

  ComposeProject(Optional<String> name, Topology topology, List<String> profiles,
      Map<String, Map<String, String>> origins, List<ComposeFinding> lint, List<String> notes) {
    this(name, topology, profiles, origins, lint, notes, List.of());
  }

  private ComposeProject(Optional<String> name, Topology topology, List<String> profiles,
      Map<String, Map<String, String>> origins, List<ComposeFinding> lint, List<String> notes,
      List<String> files) {
    this.name = name;
    this.topology = topology;
    this.profiles = profiles;
    this.origins = origins;
    this.lint = lint;
    this.notes = notes;
    this.files = files;
  }

  /**
   * Returns what in the file {@code docker compose up} fails or hangs on, or may, though the
   * file is legal: {@code condition: service_healthy} on a service that declares no
   * healthcheck, {@code service_completed_successfully} on one the engine restarts ({@code
   * restart: always} or {@code unless-stopped}), a required dependency on a service of
   * profiles its dependent can run without. Services scaled to 0 are not looked at, unless the
   * reader {@linkplain ComposeReader.Builder#keepScaledToZero(boolean) keeps them}.
   *
   * <p>Cost: none; the findings are made when the file is read, in time linear in its
   * dependencies.
   *
   * @return an unmodifiable list in the order of the file; empty when nothing is found
   */
  public List<ComposeFinding> lint() {
    return lint;
  }

  /**
   * Returns what the reader did that a reader of the answers should know: each service left
   * out because {@code docker compose up} starts no container of it ({@code scale: 0} or
   * {@code deploy.replicas: 0}), with its place in the file and the services that start without
   * it.
   *
   * @return an unmodifiable list of one-line notes, in the order of the file
   */
  public List<String> notes() {
    return notes;
  }

  /** The same project, read from these files. */
  ComposeProject withFiles(List<String> read) {
    return new ComposeProject(name, topology, profiles, origins, lint, notes,
        List.copyOf(read));
  }

  /**
   * Returns every file read into the project, in the order read: the files given, and those
   * that their {@code extends} and {@code include} name (by their path from the project
   * folder, joined to the first file's folder).
   *
   * @return an unmodifiable list; the first file is {@code compose.yaml} when the project was
   *     read from one text
   */
  public List<String> files() {
    return files;
  }

  /**
   * Returns the project name the file states with its top-level {@code name} key.
   *
   * @return the name, or empty
   */
  public Optional<String> name() {
    return name;
  }

  /**
   * Returns the services of the file as a topology, with a choice per profile.
   *
   * @return the topology
   */
  public Topology topology() {
    return topology;
  }

  /**
   * Returns the profiles the file's services name, sorted.
   *
   * @return an unmodifiable list; empty if no service has profiles
   */
  public List<String> profiles() {
    return profiles;
  }

  /**
   * Returns the deployment that switches on the given profiles, as {@code docker compose
   * --profile} does, and leaves the others off.
   *
   * @param enabled names of profiles of this file
   * @return the deployment
   * @throws ComposeFileException if a name is not a profile of the file; the message names the
   *     closest profiles and lists them all
   */
  public Deployment deployment(Collection<String> enabled) {
    if (enabled == null) {
      throw new ComposeFileException("", "A deployment needs profile names, not null.");
    }
    Deployment.Builder deployment = Deployment.builder();
    List<Problem> problems = new ArrayList<>();
    Suggestions suggestions = new Suggestions(profiles);
    for (String profile : enabled) {
      if (profile != null && profiles.contains(profile)) {
        deployment.choose(profile, Setting.ON);
      } else {
        problems.add(Problems.at(Problem.Kind.INVALID_DEPLOYMENT, "", "No service has the profile "
            + Quoting.quote(String.valueOf(profile)) + "."
            + (profile == null ? "" : suggestions.didYouMean(profile))
            + (profiles.isEmpty() ? " The file has no profiles."
                : " The profiles are " + String.join(", ", profiles) + ".")));
      }
    }
    if (!problems.isEmpty()) {
      throw new ComposeFileException(problems);
    }
    return deployment.build();
  }

  /**
   * Returns the concrete topology of a deployment: services of profiles left off are dropped,
   * and so are the dependencies on them that state {@code required: false}; such a dependency
   * on a service that is present is a required one, as in Compose.
   *
   * @param deployment the profiles switched on, and any services run outside
   * @return the concrete topology
   * @throws ComposeFileException if a present service requires one the deployment leaves out;
   *     the message names both, where the file states the dependency, and the profiles that
   *     would bring it in
   * @throws InvalidTopologyException if the deployment sets choices or externalizes services
   *     that the topology does not have
   */
  public Topology resolve(Deployment deployment) {
    Deployment settled = topology.settle(deployment);
    List<Problem> problems = new ArrayList<>();
    for (Service service : topology.services()) {
      if (!service.isPresentIn(settled)) {
        continue;
      }
      for (Dependency dependency : service.dependencies()) {
        Service target = topology.service(dependency.target());
        if (!dependency.onlyIfPresent() && !target.isPresentIn(settled)) {
          List<String> needed = new ArrayList<>(
              target.presentWhen().orElseThrow().anyOf().keySet());
          problems.add(Problems.at(Problem.Kind.DANGLING_DEPENDENCY,
              origins.getOrDefault(service.name(), Map.of())
                  .getOrDefault(target.name(), "services." + service.name()),
              "service '" + service.name() + "' needs '" + target.name() + "', which runs only"
                  + " with the profile" + (needed.size() == 1 ? " '" + needed.get(0) + "'"
                      : "s " + String.join(", ", needed.stream().map(p -> "'" + p + "'")
                          .toList())) + "; switch " + (needed.size() == 1 ? "it" : "one")
                  + " on, or add required: false to the dependency."));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ComposeFileException(problems);
    }
    return topology.resolve(deployment);
  }

  @Override
  public String toString() {
    return "ComposeProject[" + name.map(n -> n + ": ").orElse("") + topology.size()
        + " services" + (profiles.isEmpty() ? "" : "; profiles " + String.join(", ", profiles))
        + "]";
  }
}
