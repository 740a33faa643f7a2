package dev.topology.api.json;

import dev.topology.api.BroadDependents;
import dev.topology.api.Choice;
import dev.topology.api.Condition;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Lifecycle;
import dev.topology.api.Problem;
import dev.topology.api.Readiness;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.api.json.JsonDocuments.BroadDependentsDoc;
import dev.topology.api.json.JsonDocuments.ChoiceDoc;
import dev.topology.api.json.JsonDocuments.DependencyDoc;
import dev.topology.api.json.JsonDocuments.DeploymentDoc;
import dev.topology.api.json.JsonDocuments.ServiceDoc;
import dev.topology.api.json.JsonDocuments.TopologyDoc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Maps between the JSON shapes and the model, reporting problems with their JSON paths. */
final class JsonConversion {
  private JsonConversion() {}

  static TopologyDoc toDoc(Topology topology) {
    List<ServiceDoc> services = new ArrayList<>();
    for (Service s : topology.services()) {
      List<DependencyDoc> dependencies = new ArrayList<>();
      for (Dependency d : s.dependencies()) {
        dependencies.add(new DependencyDoc(d.target(),
            d.kind() == DependencyKind.STARTUP ? null : d.kind(), d.required() ? null : false,
            d.readiness() == Readiness.STARTED ? null : d.readiness(),
            toDoc(d.condition()), d.citation().orElse(null)));
      }
      services.add(new ServiceDoc(s.name(), s.image().orElse(null), s.aliases(),
          s.labels().isEmpty() ? null : s.labels(), s.role(),
          s.failureEffect(), s.severity(), toDoc(s.severityCondition()),
          s.severityOtherwise().orElse(null),
          s.lifecycle() == Lifecycle.LONG_RUNNING ? null : s.lifecycle(), s.externalizable(),
          s.external(), s.startupGate(), toDoc(s.presentWhen()), dependencies,
          s.broadDependents().map(b -> new BroadDependentsDoc(b.kind(), b.citation()))
              .orElse(null)));
    }
    List<ChoiceDoc> choices = new ArrayList<>();
    for (Choice c : topology.choices()) {
      choices.add(new ChoiceDoc(c.name(), c.values(), c.defaultValue(),
          c.description().isEmpty() ? null : c.description()));
    }
    return new TopologyDoc(2, choices, services);
  }

  private static Map<String, List<String>> toDoc(Optional<Condition> condition) {
    if (condition.isEmpty()) {
      return null;
    }
    Map<String, List<String>> doc = new TreeMap<>();
    condition.get().anyOf().forEach((choice, values) -> doc.put(choice, List.copyOf(values)));
    return doc;
  }

  private static Optional<Condition> toCondition(Map<String, List<String>> doc) {
    if (doc == null) {
      return Optional.empty();
    }
    Map<String, Set<String>> anyOf = new TreeMap<>();
    doc.forEach((choice, values) -> anyOf.put(choice,
        values == null ? null : new TreeSet<>(values)));
    return Optional.of(new Condition(anyOf));
  }

  static DeploymentDoc toDoc(Deployment deployment) {
    return new DeploymentDoc(2, deployment.choices(), List.copyOf(deployment.externalized()));
  }

  static Deployment toDeployment(DeploymentDoc doc) {
    Deployment.Builder builder = Deployment.builder();
    if (doc.choices() != null) {
      builder.chooseAll(doc.choices());
    }
    if (doc.externalized() != null) {
      requireNoNulls("$.externalized", doc.externalized());
      builder.externalized(doc.externalized());
    }
    return builder.build();
  }

  static Topology toTopology(TopologyDoc doc) {
    if (doc.services() == null) {
      throw new TopologyJsonException("$.services", "the list of services is required.");
    }
    List<Problem> problems = new ArrayList<>();
    List<Service> services = new ArrayList<>();
    Map<String, String> pathByName = new HashMap<>();
    for (int i = 0; i < doc.services().size(); i++) {
      String path = "$.services[" + i + "]";
      ServiceDoc service = doc.services().get(i);
      if (service == null) {
        throw new TopologyJsonException(path, "expected an object, not null.");
      }
      try {
        services.add(toService(path, service));
        pathByName.putIfAbsent(service.name(), path);
      } catch (InvalidTopologyException e) {
        e.problems().forEach(p -> problems.add(at(path, p)));
      }
    }
    List<Choice> choices = new ArrayList<>();
    if (doc.choices() != null) {
      for (int i = 0; i < doc.choices().size(); i++) {
        ChoiceDoc c = doc.choices().get(i);
        String path = "$.choices[" + i + "]";
        try {
          choices.add(Choice.builder().name(c.name()).values(c.values())
              .defaultValue(c.defaultValue())
              .description(c.description() == null ? "" : c.description()).build());
        } catch (InvalidTopologyException e) {
          e.problems().forEach(p -> problems.add(at(path, p)));
        }
      }
    }
    try {
      Topology topology = Topology.of(choices, services);
      if (problems.isEmpty()) {
        return topology;
      }
    } catch (InvalidTopologyException e) {
      for (Problem problem : e.problems()) {
        String path = problem.services().isEmpty() ? null
            : pathByName.get(problem.services().get(0));
        problems.add(path == null ? problem : at(path, problem));
      }
    }
    throw new InvalidTopologyException(problems);
  }

  private static Problem at(String path, Problem problem) {
    return new Problem(problem.kind(), problem.services(), path + ": " + problem.message());
  }

  private static Service toService(String path, ServiceDoc doc) {
    require(path + ".name", doc.name());
    require(path + ".severity", doc.severity());
    Service.Builder builder = Service.builder()
        .name(doc.name())
        .severity(doc.severity())
        .image(Optional.ofNullable(doc.image()))
        .severityCondition(toCondition(doc.severityCondition()))
        .severityOtherwise(Optional.ofNullable(doc.severityOtherwise()))
        .presentWhen(toCondition(doc.presentWhen()))
        .lifecycle(doc.lifecycle() == null ? Lifecycle.LONG_RUNNING : doc.lifecycle())
        .externalizable(Boolean.TRUE.equals(doc.externalizable()))
        .external(Boolean.TRUE.equals(doc.external()))
        .startupGate(Boolean.TRUE.equals(doc.startupGate()));
    if (doc.role() != null) {
      builder.role(doc.role());
    }
    if (doc.failureEffect() != null) {
      builder.failureEffect(doc.failureEffect());
    }
    if (doc.aliases() != null) {
      requireNoNulls(path + ".aliases", doc.aliases());
      builder.aliases(doc.aliases());
    }
    if (doc.labels() != null) {
      builder.labels(doc.labels());
    }
    if (doc.dependencies() != null) {
      for (int i = 0; i < doc.dependencies().size(); i++) {
        builder.addDependencies(toDependency(path + ".dependencies[" + i + "]",
            doc.dependencies().get(i)));
      }
    }
    if (doc.broadDependents() != null) {
      BroadDependentsDoc broad = doc.broadDependents();
      require(path + ".broadDependents.kind", broad.kind());
      require(path + ".broadDependents.citation", broad.citation());
      builder.broadDependents(BroadDependents.of(broad.kind(), broad.citation()));
    }
    return builder.build();
  }

  private static Dependency toDependency(String path, DependencyDoc doc) {
    if (doc == null) {
      throw new TopologyJsonException(path, "expected an object, not null.");
    }
    require(path + ".target", doc.target());
    Dependency.Builder builder = Dependency.builder()
        .target(doc.target())
        .condition(toCondition(doc.condition()))
        .citation(Optional.ofNullable(doc.citation()));
    if (doc.kind() != null) {
      builder.kind(doc.kind());
    }
    if (doc.required() != null) {
      builder.required(doc.required());
    }
    if (doc.readiness() != null) {
      builder.readiness(doc.readiness());
    }
    return builder.build();
  }

  private static void require(String path, Object value) {
    if (value == null) {
      throw new TopologyJsonException(path, "a value is required.");
    }
  }

  private static void requireNoNulls(String path, List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new TopologyJsonException(path + "[" + i + "]", "expected a string, not null.");
      }
    }
  }
}
