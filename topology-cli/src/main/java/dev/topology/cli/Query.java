package dev.topology.cli;

import dev.topology.api.Deployment;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.Topology;
import dev.topology.formats.compose.ComposeProject;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.StartupCycleException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command answers about: a topology, a deployment, and where the topology came from.
 *
 * <p>The concrete topology and the engine are built on first use, so a command that needs only
 * the list of services (such as {@code catalog}) does not refuse a topology whose startup
 * dependencies form a cycle.
 */
final class Query {
  private final Topology topology;
  private final Deployment deployment;
  private final Path file;
  private final ComposeProject compose;
  private final java.util.Optional<String> project;
  /** The files as messages name them, when they are several; null to name {@link #file}. */
  private final String shown;
  private Topology resolved;
  private TopologyGraph graph;

  Query(Topology topology, Deployment deployment, Path file) {
    this(topology, deployment, file, null, java.util.Optional.empty(), null);
  }

  /** A query on a Compose file, whose lint and notes the commands may show. */
  Query(Topology topology, Deployment deployment, Path file, ComposeProject compose) {
    this(topology, deployment, file, compose, java.util.Optional.empty(), null);
  }

  /**
   * A query on several Compose files: {@code file} joins their paths, {@code shown} their
   * quoted names ({@code 'a.yaml' + 'b.yaml'}), so that each name is quoted once.
   */
  Query(Topology topology, Deployment deployment, Path file, String shown,
      ComposeProject compose) {
    this(topology, deployment, file, compose, java.util.Optional.empty(), shown);
  }

  private Query(Topology topology, Deployment deployment, Path file, ComposeProject compose,
      java.util.Optional<String> project, String shown) {
    this.topology = topology;
    this.deployment = deployment;
    this.file = file;
    this.compose = compose;
    this.project = project;
    this.shown = shown;
  }

  /**
   * The same question about a Compose file, whose project name is the file's {@code name:} or,
   * as Compose does without one, its folder's name normalized (compose-go {@code
   * cli/options.go}, {@code NormalizeProjectName}: lower case, only {@code [a-z0-9_-]}, no
   * leading {@code _} or {@code -}); unknown for standard input.
   */
  Query fromCompose(java.util.Optional<String> name, Path firstFile) {
    java.util.Optional<String> known = name.or(() -> folderName(firstFile));
    return new Query(topology, deployment, file, compose, known.filter(n -> !n.isEmpty()),
        shown);
  }

  private static java.util.Optional<String> folderName(Path file) {
    if (file == null || file.toString().equals("-")) {
      return java.util.Optional.empty();
    }
    Path folder = file.toAbsolutePath().normalize().getParent();
    if (folder == null || folder.getFileName() == null) {
      return java.util.Optional.empty();
    }
    String lower = folder.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    String kept = lower.replaceAll("[^a-z0-9_-]", "");
    return java.util.Optional.of(kept.replaceFirst("^[_-]+", ""));
  }

  /**
   * The same question under a deployment with the given choices set, such as the profiles a
   * triage switched on: what its heading shows is then the deployment the answer is of.
   */
  Query withChoices(java.util.Map<String, String> choices) {
    if (choices.isEmpty()) {
      return this;
    }
    return new Query(topology, deployment.toBuilder().chooseAll(choices).build(), file, compose,
        project, shown);
  }

  /**
   * The profiles (on/off choices) this deployment has on, sorted: what {@code --profile}
   * options must name to ask for it, since {@code --profile} replaces {@code COMPOSE_PROFILES}
   * rather than adding to it (docker compose passes its profiles to compose-go's {@code
   * cli.WithDefaultProfiles}, which reads the variable only when none is given).
   */
  List<String> profilesOn() {
    List<String> on = new ArrayList<>();
    new java.util.TreeMap<>(topology.settle(deployment).settings()).forEach((name, value) -> {
      if (Setting.ON.equals(value)) {
        on.add(name);
      }
    });
    return on;
  }

  /** Whether the topology is a Compose file's. */
  boolean isCompose() {
    return compose != null;
  }

  /** The Compose project the topology was read from, or null for any other source. */
  ComposeProject compose() {
    return compose;
  }

  /** The Compose project's name, when the topology is a Compose file's and it is known. */
  java.util.Optional<String> project() {
    return project;
  }

  Topology topology() {
    return topology;
  }

  Deployment deployment() {
    return deployment;
  }

  /** The topology file, or null for the bundled catalog. */
  Path file() {
    return file;
  }

  /** Where the topology came from, for people. */
  String source() {
    if (file == null) {
      return "bundled CircleCI Server 2.x catalog";
    }
    return shown == null ? TopologyFiles.name(file) : shown;
  }

  /** The topology as the chosen deployment has it: absent services gone, severities settled. */
  Topology resolved() {
    if (resolved == null) {
      resolved = topology.resolve(deployment);
    }
    return resolved;
  }

  /** The engine; a startup cycle in a file is reported as a problem of that file. */
  TopologyGraph graph() {
    if (graph == null) {
      try {
        graph = TopologyGraph.of(topology, deployment);
      } catch (StartupCycleException e) {
        if (file == null) {
          throw e;
        }
        throw new TopologyFiles.FileProblem(file, source(), e);
      }
    }
    return graph;
  }

  /** A service's startup dependencies, by canonical name, in the order the topology lists them. */
  List<String> startupDependencies(Service service) {
    List<String> names = new ArrayList<>();
    service.startupDependencies().forEach(d -> names.add(resolved().service(d.target()).name()));
    return names;
  }

  /** Prints the title of an answer, then what was asked about, each on a line of its own. */
  void heading(Printer out, String title) {
    out.line(title);
    out.line(out.dim("Topology: " + source()));
    deploymentWords().ifPresent(words -> out.line(out.dim("Deployment: " + words)));
    if (compose != null) {
      compose.notes().forEach(note -> out.line(out.dim("Note: " + note)));
    }
  }

  /**
   * The deployment in the topology's own terms, as {@link Deployment#description()} gives it
   * once every declared choice is set; empty for a topology without choices and nothing
   * externalized, whose deployment has nothing to say.
   */
  java.util.Optional<String> deploymentWords() {
    Deployment settled = topology.settle(deployment);
    if (settled.settings().isEmpty() && settled.externalized().isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(settled.description());
  }

  /** The topology's choices in words, for a message. */
  static String choicesOf(Topology topology) {
    if (topology.settings().isEmpty()) {
      return "it declares no choice";
    }
    List<String> choices = new ArrayList<>();
    for (Setting choice : topology.settings()) {
      choices.add(choice.name() + "=" + String.join("|", choice.values()));
    }
    return "its choices are " + String.join(", ", choices);
  }
}
