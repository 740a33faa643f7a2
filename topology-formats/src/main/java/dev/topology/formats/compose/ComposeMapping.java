package dev.topology.formats.compose;

import dev.topology.api.Dependency;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Lifecycle;
import dev.topology.api.Problem;
import dev.topology.api.Readiness;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Maps the plain values of a Compose document to a {@link ComposeProject}, collecting problems. */
final class ComposeMapping {
  /** Top-level keys of the Compose specification that say nothing about startup order. */
  private static final Set<String> IGNORED_TOP_LEVEL =
      Set.of("version", "name", "networks", "volumes", "configs", "secrets", "models");

  private final Interpolation interpolation;
  private final Severity defaultSeverity;
  private final boolean keepScaledToZero;
  private final List<Problem> problems = new ArrayList<>();

  ComposeMapping(Interpolation interpolation, Severity defaultSeverity,
      boolean keepScaledToZero) {
    this.interpolation = interpolation;
    this.defaultSeverity = defaultSeverity;
    this.keepScaledToZero = keepScaledToZero;
  }

  ComposeProject map(Object root) {
    if (!(root instanceof Map<?, ?> top)) {
      throw new ComposeFileException("", root == null
          ? "The file is empty; a Compose file is a mapping with a 'services' key."
          : "The file holds " + Values.kind(root) + "; a Compose file is a mapping with a"
              + " 'services' key.");
    }
    Optional<String> name = Optional.empty();
    Map<?, ?> services = null;
    for (Map.Entry<?, ?> entry : top.entrySet()) {
      String key = Values.key(entry.getKey());
      if (key.startsWith("x-") || key.equals("version")) {
        continue;
      }
      switch (key) {
        case "services" -> {
          if (entry.getValue() instanceof Map<?, ?> map) {
            services = map;
          } else if (entry.getValue() != null) {
            problems.add(Problems.at("services", "'services' is a mapping of service"
                + " names to their settings, not " + Values.kind(entry.getValue()) + "."));
          } else {
            services = Map.of();
          }
        }
        case "name" -> {
          String text = Values.text(entry.getValue(), "name", problems);
          String value = text == null ? null : interpolation.apply(text, "name", false, problems);
          name = value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        default -> {
          if (!IGNORED_TOP_LEVEL.contains(key)) {
            problems.add(Problems.at(key, "'" + key + "' is not a top-level key of a"
                + " Compose file; the keys are services, name, version, networks, volumes,"
                + " configs, secrets, models, include and extensions starting with x-."));
          }
        }
      }
    }
    if (services == null && problems.isEmpty()) {
      problems.add(Problems.at("", "The file has no 'services' key; a Compose file"
          + " lists its services under it."));
    }
    Map<String, ServiceDraft> drafts = new LinkedHashMap<>();
    if (services != null) {
      for (Map.Entry<?, ?> entry : services.entrySet()) {
        String serviceName = Values.key(entry.getKey());
        ServiceDraft draft = new ServiceReading(serviceName, interpolation, problems)
            .read(entry.getValue());
        if (draft != null) {
          drafts.put(serviceName, draft);
        }
      }
    }
    checkTargets(drafts);
    throwIfAny();
    return build(name, drafts);
  }

  private void checkTargets(Map<String, ServiceDraft> drafts) {
    Suggestions suggestions = new Suggestions(drafts.keySet());
    for (ServiceDraft draft : drafts.values()) {
      for (Edge edge : draft.edges.values()) {
        if (edge.target().equals(draft.name)) {
          problems.add(Problems.at(Problem.Kind.SELF_DEPENDENCY, edge.path(),
              "service '" + draft.name + "' depends on itself; remove that entry."));
        } else if (!drafts.containsKey(edge.target())) {
          problems.add(Problems.at(Problem.Kind.DANGLING_DEPENDENCY, edge.path(),
              "no service is named '" + edge.target() + "'."
                  + suggestions.didYouMean(edge.target())));
        }
      }
    }
  }

  private ComposeProject build(Optional<String> name, Map<String, ServiceDraft> all) {
    List<String> notes = new ArrayList<>();
    Map<String, ServiceDraft> drafts = keepScaledToZero ? all : withoutScaledToZero(all, notes);
    List<ComposeFinding> findings = ComposeLint.of(drafts);
    Set<String> completed = new HashSet<>();
    Set<String> profiles = new TreeSet<>();
    for (ServiceDraft draft : drafts.values()) {
      profiles.addAll(draft.profiles);
      for (Edge edge : draft.edges.values()) {
        if (edge.readiness() == Readiness.COMPLETED) {
          completed.add(edge.target());
        }
      }
    }
    List<Setting> choices = new ArrayList<>();
    for (String profile : profiles) {
      choices.add(Setting.onOff(profile).describedAs("Compose profile " + profile));
    }
    List<Service> services = new ArrayList<>(drafts.size());
    Map<String, Map<String, String>> origins = new LinkedHashMap<>();
    for (ServiceDraft draft : drafts.values()) {
      Map<String, String> paths = new LinkedHashMap<>();
      draft.edges.values().forEach(e -> paths.put(e.target(), e.path()));
      origins.put(draft.name, paths);
      try {
        services.add(service(draft, completed.contains(draft.name)));
      } catch (InvalidTopologyException e) {
        for (Problem problem : e.problems()) {
          problems.add(problem.toBuilder().path("services." + draft.name).build());
        }
      }
    }
    throwIfAny();
    try {
      Topology topology = Topology.of(choices, services);
      return new ComposeProject(name, topology, List.copyOf(profiles), origins, findings,
          List.copyOf(notes));
    } catch (InvalidTopologyException e) {
      for (Problem problem : e.problems()) {
        problems.add(Problems.placed(problem, place(problem, drafts)));
      }
      throw new ComposeFileException(problems);
    }
  }

  /**
   * The drafts without the services {@code docker compose up} starts no container of ({@code
   * scale: 0}, {@code deploy.replicas: 0}), and without the dependencies on them: Compose does not
   * wait for a dependency scaled to 0 ({@code shouldWaitForDependency} in docker compose's {@code
   * pkg/compose/convergence.go}), so its dependents start without it. A note says so for each.
   */
  private static Map<String, ServiceDraft> withoutScaledToZero(Map<String, ServiceDraft> drafts,
      List<String> notes) {
    Map<String, ServiceDraft> kept = new LinkedHashMap<>();
    Set<String> dropped = new HashSet<>();
    drafts.forEach((name, draft) -> {
      if (draft.replicas != null && draft.replicas == 0) {
        dropped.add(name);
      } else {
        kept.put(name, draft);
      }
    });
    if (dropped.isEmpty()) {
      return drafts;
    }
    Map<String, List<String>> dependentsOf = new HashMap<>();
    for (ServiceDraft draft : kept.values()) {
      for (String target : draft.edges.keySet()) {
        if (dropped.contains(target)) {
          dependentsOf.computeIfAbsent(target, t -> new ArrayList<>()).add(draft.name);
        }
      }
    }
    for (ServiceDraft draft : drafts.values()) {
      if (!dropped.contains(draft.name)) {
        continue;
      }
      List<String> dependents = dependentsOf.getOrDefault(draft.name, List.of());
      notes.add(draft.replicasPath + ": docker compose up starts no container of '" + draft.name
          + "' (scaled to 0), so it is left out" + (dependents.isEmpty() ? "."
              : "; " + String.join(", ", dependents) + (dependents.size() == 1 ? " starts"
                  : " start") + " without waiting for it, as Compose does."));
    }
    for (ServiceDraft draft : kept.values()) {
      draft.edges.keySet().removeAll(dropped);
    }
    return kept;
  }

  /** The service a model problem is about: the one whose container_name clashes, if any. */
  private static String place(Problem problem, Map<String, ServiceDraft> drafts) {
    for (String name : problem.services()) {
      ServiceDraft draft = drafts.get(name);
      if (draft != null && draft.containerName != null
          && problem.kind() == Problem.Kind.DUPLICATE_NAME
          && problem.message().contains("'" + draft.containerName + "'")) {
        return "services." + name + ".container_name";
      }
    }
    return problem.services().isEmpty() ? ""
        : "services." + problem.services().get(problem.services().size() - 1);
  }

  private Service service(ServiceDraft draft, boolean awaitedToComplete) {
    Lifecycle lifecycle = draft.lifecycle != null ? draft.lifecycle
        : awaitedToComplete ? Lifecycle.ONE_SHOT : Lifecycle.LONG_RUNNING;
    Service.Builder builder = Service.builder()
        .name(draft.name)
        .severity(draft.severity != null ? draft.severity : defaultSeverity)
        .role(draft.role)
        .failureEffect(draft.failureEffect)
        .lifecycle(lifecycle)
        .image(Optional.ofNullable(draft.image))
        .labels(draft.labels)
        .reliability(Optional.ofNullable(draft.reliability));
    if (draft.containerName != null && !draft.containerName.equals(draft.name)) {
      builder.addAliases(draft.containerName);
    }
    if (!draft.profiles.isEmpty()) {
      SettingCondition condition = null;
      for (String profile : draft.profiles) {
        condition = condition == null ? SettingCondition.when(profile, Setting.ON)
            : condition.or(profile, Setting.ON);
      }
      builder.presentWhen(condition);
    }
    for (Edge edge : draft.edges.values()) {
      Dependency dependency = Dependency.startup(edge.target()).withReadiness(edge.readiness());
      if (!edge.required()) {
        dependency = dependency.whenPresent();
      }
      if (draft.optional.contains(edge.target())) {
        dependency = dependency.asOptional();
      }
      if (draft.restartsWith.contains(edge.target())) {
        dependency = dependency.restartingWith();
      }
      builder.addDependencies(dependency);
    }
    return builder.build();
  }

  private void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ComposeFileException(problems);
    }
  }

  /** A startup dependency as the file states it, with the place that states it. */
  record Edge(String target, Readiness readiness, boolean required, String path) {}

  /** What the reader takes from one service's settings. */
  static final class ServiceDraft {
    final String name;
    String image;
    String containerName;
    Severity severity;
    String role = "";
    String failureEffect = "";
    Lifecycle lifecycle;
    final Map<String, String> labels = new LinkedHashMap<>();
    final List<String> profiles = new ArrayList<>();
    /** By target: explicit depends_on entries first; implicit ones only where none is. */
    final Map<String, Edge> edges = new LinkedHashMap<>();
    /** Targets whose dependency states {@code restart: true}. */
    final Set<String> restartsWith = new HashSet<>();
    /** Targets the {@code dev.topology.optional} label names, once checked. */
    final Set<String> optional = new HashSet<>();
    /** The place and text of the {@code dev.topology.optional} label, if given. */
    Map.Entry<String, String> optionalLabel;
    /** The figure of the reliability labels; null when none is given. */
    dev.topology.api.Reliability reliability;
    /** Whether the file declares a health test: null when it says nothing of one. */
    Boolean healthcheck;
    /** The {@code restart} policy, interpolated; null when not given. */
    String restart;
    /** The containers {@code up} starts, from {@code scale} or {@code deploy.replicas}. */
    Integer replicas;
    /** Where {@link #replicas} is stated. */
    String replicasPath;

    ServiceDraft(String name) {
      this.name = name;
    }
  }
}
