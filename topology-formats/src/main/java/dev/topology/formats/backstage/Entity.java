package dev.topology.formats.backstage;

import dev.topology.api.BroadDependents;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Lifecycle;
import dev.topology.api.Problem;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One Component or Resource of a catalog, as read, before its references are linked. */
final class Entity {
  private final int index;
  private final EntityRef ref;
  private final String serviceName;
  private final String type;
  private final String description;
  private final Map<String, String> annotations;
  private final List<String> dependsOn;
  private final List<String> dependencyOf;
  private final List<Problem> problems;

  private Entity(int index, EntityRef ref, String serviceName, String type, String description,
      Map<String, String> annotations, List<String> dependsOn, List<String> dependencyOf,
      List<Problem> problems) {
    this.index = index;
    this.ref = ref;
    this.serviceName = serviceName;
    this.type = type;
    this.description = description;
    this.annotations = annotations;
    this.dependsOn = dependsOn;
    this.dependencyOf = dependencyOf;
    this.problems = problems;
  }

  /** The entity of a document; null for an empty document, another kind or a broken one. */
  static Entity of(int index, Object document, Map<String, Integer> ignored,
      List<Problem> problems) {
    String at = "document " + index;
    if (document == null) {
      return null;
    }
    if (!(document instanceof Map<?, ?> map)) {
      problems.add(BackstageReader.problem(at, "A Backstage entity is a mapping with apiVersion,"
          + " kind, metadata and spec; this document is " + what(document) + "."));
      return null;
    }
    Object kind = map.get("kind");
    Object apiVersion = map.get("apiVersion");
    if (!(kind instanceof String kindText) || kindText.isBlank()) {
      problems.add(BackstageReader.problem(at, "The entity has no kind; every Backstage entity"
          + " states one, such as Component."));
      return null;
    }
    if (!(apiVersion instanceof String version) || version.isBlank()) {
      problems.add(BackstageReader.problem(at, "The " + kindText + " has no apiVersion; write"
          + " apiVersion: " + BackstageWriter.API_VERSION + "."));
      return null;
    }
    boolean ours = version.startsWith("backstage.io/")
        && (kindText.equals("Component") || kindText.equals("Resource"));
    if (!ours) {
      ignored.merge(kindText, 1, Integer::sum);
      return null;
    }
    Object metadata = map.get("metadata");
    Object name = metadata instanceof Map<?, ?> m ? m.get("name") : null;
    if (!(name instanceof String nameText) || nameText.isBlank()) {
      problems.add(BackstageReader.problem(at + ".metadata.name", "The " + kindText
          + " has no metadata.name; every Backstage entity is named."));
      return null;
    }
    Map<?, ?> meta = (Map<?, ?>) metadata;
    Object namespace = meta.get("namespace");
    String ns = namespace instanceof String n && !n.isBlank() ? n : "default";
    EntityRef ref = new EntityRef(kindText.toLowerCase(Locale.ROOT), ns, nameText);
    String place = at + " (" + ref + ")";
    Map<String, String> annotations = strings(meta.get("annotations"),
        place + ".metadata.annotations", problems);
    Object spec = map.get("spec");
    Map<?, ?> specMap = spec instanceof Map<?, ?> s ? s : Map.of();
    if (spec != null && !(spec instanceof Map<?, ?>)) {
      problems.add(BackstageReader.problem(place + ".spec", "spec is a mapping, not "
          + what(spec) + "."));
    }
    List<String> dependsOn = list(specMap.get("dependsOn"), place + ".spec.dependsOn", problems);
    List<String> dependencyOf = list(specMap.get("dependencyOf"), place + ".spec.dependencyOf",
        problems);
    Object type = specMap.get("type");
    Object description = meta.get("description");
    String serviceName = annotations.getOrDefault(Annotations.NAME,
        ns.equals("default") ? nameText : ns + "/" + nameText);
    return new Entity(index, ref, serviceName, type instanceof String t ? t : null,
        description instanceof String d ? d : "", annotations, dependsOn, dependencyOf,
        problems);
  }

  private static String what(Object value) {
    return value instanceof List ? "a list" : value instanceof Map ? "a mapping"
        : value instanceof Boolean ? "a boolean" : "text";
  }

  private static Map<String, String> strings(Object value, String at, List<Problem> problems) {
    Map<String, String> strings = new LinkedHashMap<>();
    if (value == null) {
      return strings;
    }
    if (!(value instanceof Map<?, ?> map)) {
      problems.add(BackstageReader.problem(at, "Annotations are a mapping of text to text, not "
          + what(value) + "."));
      return strings;
    }
    map.forEach((k, v) -> {
      if (k instanceof String key && v instanceof String text) {
        strings.put(key, text);
      } else if (k instanceof String key && key.startsWith(Annotations.PREFIX)) {
        problems.add(BackstageReader.problem(at + "." + key, "The annotation is text, not "
            + (v == null ? "empty" : what(v)) + "."));
      }
    });
    return strings;
  }

  private static List<String> list(Object value, String at, List<Problem> problems) {
    List<String> refs = new ArrayList<>();
    if (value == null) {
      return refs;
    }
    if (!(value instanceof List<?> items)) {
      problems.add(BackstageReader.problem(at, "A relation is a list of entity references, not "
          + what(value) + "."));
      return refs;
    }
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof String text && !text.isBlank()) {
        refs.add(text);
      } else {
        problems.add(BackstageReader.problem(at + "[" + i + "]", "An entity reference is text"
            + " such as component:default/web, not " + (items.get(i) == null ? "empty"
            : what(items.get(i))) + "."));
      }
    }
    return refs;
  }

  int index() {
    return index;
  }

  EntityRef ref() {
    return ref;
  }

  String serviceName() {
    return serviceName;
  }

  List<String> dependsOn() {
    return dependsOn;
  }

  List<String> dependencyOf() {
    return dependencyOf;
  }

  String annotation(String key) {
    return annotations.get(key);
  }

  /** A problem placed in this entity: {@code document 3 (component:default/web).sub}. */
  Problem problem(String sub, String message) {
    return BackstageReader.problem("document " + index + " (" + ref + ")"
        + (sub.isEmpty() ? "" : "." + sub), message);
  }

  private void report(String key, String message) {
    problems.add(problem("metadata.annotations." + key, message));
  }

  /** Whether {@link BackstageWriter} wrote this entity: it always writes the severity. */
  boolean ours() {
    return annotations.containsKey(Annotations.SEVERITY);
  }

  /**
   * The service, with the edges linked; null if a value is broken (reported).
   *
   * @throws InvalidTopologyException if the model refuses a value
   */
  Service service(List<Dependency> edges, BackstageReadOptions options, List<String> assumed) {
    int before = problems.size();
    Service.Builder service = Service.builder().name(serviceName).addAllDependencies(edges);
    String severity = annotation(Annotations.SEVERITY);
    if (severity != null) {
      try {
        service.severity(Severity.valueOf(severity.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        report(Annotations.SEVERITY, "The severity '" + severity + "' is not one of LOW, MEDIUM,"
            + " HIGH.");
      }
    } else if (options.defaultSeverity().isPresent()) {
      service.severity(options.defaultSeverity().get());
      assumed.add(serviceName);
    } else {
      problems.add(problem("", "The entity states no severity (annotation "
          + Annotations.SEVERITY + "); give a default severity to read it."));
    }
    service.role(description);
    String effect = annotation(Annotations.FAILURE_EFFECT);
    if (effect != null) {
      service.failureEffect(effect);
    }
    String image = annotation(Annotations.IMAGE);
    if (image != null) {
      service.image(image);
    }
    String lifecycle = annotation(Annotations.LIFECYCLE);
    if (lifecycle != null) {
      lifecycle(service, lifecycle);
    }
    service.externalizable(flag(Annotations.EXTERNALIZABLE));
    service.external(flag(Annotations.EXTERNAL));
    service.startupGate(flag(Annotations.STARTUP_GATE));
    String reliability = annotation(Annotations.RELIABILITY);
    if (reliability != null) {
      try {
        service.reliability(Reliability.parse(reliability));
      } catch (InvalidTopologyException e) {
        e.problems().forEach(p -> report(Annotations.RELIABILITY, p.message()));
      } catch (ArithmeticException e) {
        report(Annotations.RELIABILITY, "The reliability figure '" + reliability + "' does not"
            + " read; write one such as 99.95% or mttf=P30D mttr=PT5M.");
      }
    }
    aliases(service);
    labels(service);
    broad(service);
    return problems.size() > before ? null : service.build();
  }

  private void lifecycle(Service.Builder service, String text) {
    for (Lifecycle lifecycle : Lifecycle.values()) {
      if (BackstageWriter.lifecycle(lifecycle).equals(text.strip())) {
        service.lifecycle(lifecycle);
        return;
      }
    }
    report(Annotations.LIFECYCLE, "The lifecycle '" + text + "' is not one of long-running,"
        + " one-shot, startup-only.");
  }

  private boolean flag(String key) {
    String value = annotation(key);
    if (value == null || value.strip().equals("false")) {
      return false;
    }
    if (!value.strip().equals("true")) {
      report(key, "The value '" + value + "' is not true or false.");
    }
    return true;
  }

  private void aliases(Service.Builder service) {
    String text = annotation(Annotations.ALIASES);
    if (text == null) {
      return;
    }
    if (Annotations.parse(text) instanceof List<?> list
        && list.stream().allMatch(String.class::isInstance)) {
      list.forEach(alias -> service.addAliases((String) alias));
    } else {
      report(Annotations.ALIASES, "The aliases are a JSON list of names, such as"
          + " [\"db\",\"pg\"].");
    }
  }

  private void labels(Service.Builder service) {
    String text = annotation(Annotations.LABELS);
    if (text != null) {
      if (Annotations.parse(text) instanceof Map<?, ?> map
          && map.values().stream().allMatch(String.class::isInstance)) {
        map.forEach((k, v) -> service.label((String) k, (String) v));
      } else {
        report(Annotations.LABELS, "The labels are a JSON object of text values, such as"
            + " {\"team\":\"payments\"}.");
      }
    } else if (!ours()) {
      service.label(EntityClass.KIND_LABEL, ref.kind());
      if (type != null && !type.isBlank()) {
        service.label(EntityClass.TYPE_LABEL, type);
      }
    }
  }

  private void broad(Service.Builder service) {
    String text = annotation(Annotations.BROAD_DEPENDENTS);
    if (text == null) {
      return;
    }
    if (Annotations.parse(text) instanceof Map<?, ?> map && map.get("kind") instanceof String k
        && map.get("citation") instanceof String citation
        && (k.equals("startup") || k.equals("runtime"))) {
      service.broadDependents(BroadDependents.of(DependencyKind.valueOf(k.toUpperCase(
          Locale.ROOT)), citation));
    } else {
      report(Annotations.BROAD_DEPENDENTS, "The broad dependents are a JSON object such as"
          + " {\"kind\":\"runtime\",\"citation\":\"...\"}.");
    }
  }
}
