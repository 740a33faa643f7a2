package dev.topology.formats.backstage;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Problem;
import dev.topology.api.Readiness;
import dev.topology.api.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves the entity references of a catalog's Components and Resources to services: {@code
 * dependsOn}, the inverse {@code dependencyOf}, and the edges of the {@code
 * dev.topology/dependencies} annotation.
 */
final class Linking {
  private static final Set<String> SERVICE_KINDS = Set.of("component", "resource");

  private final Map<String, Entity> byKey;
  private final BackstageReadOptions options;
  private final List<Problem> problems;
  private final Map<Entity, List<Dependency>> edges = new HashMap<>();
  /** Per entity, the services its edges so far point to, whichever name they use. */
  private final Map<Entity, Set<String>> covered = new HashMap<>();
  private final Map<String, Set<String>> incoming = new HashMap<>();
  /** Placeholders by reference key: their service names and kinds. */
  private final Map<String, EntityRef> missing = new TreeMap<>();
  /** Per missing reference key, the first entity that refers to it. */
  private final Map<String, Entity> referrers = new HashMap<>();
  private final List<String> dropped = new ArrayList<>();

  Linking(Map<String, Entity> byKey, BackstageReadOptions options, List<Problem> problems) {
    this.byKey = byKey;
    this.options = options;
    this.problems = problems;
  }

  /** Resolves one entity's references, reporting every broken one. */
  void link(Entity entity) {
    List<String> absent = new ArrayList<>();
    Set<String> covered = new LinkedHashSet<>();
    List<Dependency> own = annotated(entity, absent, covered);
    List<String> dependsOn = entity.dependsOn();
    for (int i = 0; i < dependsOn.size(); i++) {
      String target = target(entity, dependsOn.get(i), "spec.dependsOn[" + i + "]", absent);
      if (target != null && covered.add(target)) {
        try {
          own.add(Dependency.startup(target));
        } catch (InvalidTopologyException e) {
          String place = "spec.dependsOn[" + i + "]";
          e.problems().forEach(p -> problems.add(entity.problem(place, p.message())));
        }
      }
    }
    List<String> dependencyOf = entity.dependencyOf();
    for (int i = 0; i < dependencyOf.size(); i++) {
      String dependent = target(entity, dependencyOf.get(i), "spec.dependencyOf[" + i + "]",
          absent);
      if (dependent != null) {
        incoming.computeIfAbsent(dependent, k -> new LinkedHashSet<>()).add(entity.serviceName());
      }
    }
    if (!absent.isEmpty()) {
      problems.add(entity.problem("", "The entity refers to " + (absent.size() == 1
          ? "an entity" : absent.size() + " entities") + " the file does not have: "
          + String.join(", ", absent) + "; add them to the file, or read it with"
          + " missingAsExternal to keep them as external placeholders."));
    }
    edges.put(entity, own);
    this.covered.put(entity, covered);
  }

  /** The service name a reference stands for; null if it is broken, dropped or missing. */
  private String target(Entity entity, String text, String at, List<String> absent) {
    EntityRef ref = EntityRef.parse(text, entity.ref().namespace());
    if (ref.kind() == null || ref.kind().isEmpty()) {
      problems.add(entity.problem(at, "The reference '" + text + "' has no kind; Backstage"
          + " requires one in this relation: write component:" + ref.namespace() + "/"
          + ref.name() + " or resource:" + ref.namespace() + "/" + ref.name() + "."));
      return null;
    }
    if (ref.name().isEmpty() || ref.namespace().isEmpty()) {
      problems.add(entity.problem(at, "The reference '" + text + "' is not of the form"
          + " kind:namespace/name."));
      return null;
    }
    if (!SERVICE_KINDS.contains(ref.kind().toLowerCase(Locale.ROOT))) {
      dropped.add(entity.ref() + " -> " + ref);
      return null;
    }
    Entity target = byKey.get(ref.key());
    if (target != null) {
      return target.serviceName();
    }
    if (!options.missingAsExternal()) {
      absent.add(ref.toString());
      return null;
    }
    missing.putIfAbsent(ref.key(), ref);
    referrers.putIfAbsent(ref.key(), entity);
    return placeholderName(ref);
  }

  private static String placeholderName(EntityRef ref) {
    return ref.namespace().equalsIgnoreCase("default") ? ref.name()
        : ref.namespace() + "/" + ref.name();
  }

  /** The edges of the annotation, in order; empty without one. */
  private List<Dependency> annotated(Entity entity, List<String> absent, Set<String> covered) {
    List<Dependency> own = new ArrayList<>();
    String text = entity.annotation(Annotations.DEPENDENCIES);
    if (text == null) {
      return own;
    }
    String at = "metadata.annotations." + Annotations.DEPENDENCIES;
    if (!(Annotations.parse(text) instanceof List<?> list)) {
      problems.add(entity.problem(at, "The dependencies are a JSON list of objects such as"
          + " {\"target\":\"component:default/api\",\"kind\":\"runtime\"}."));
      return own;
    }
    for (int i = 0; i < list.size(); i++) {
      String place = at + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?> edge) || !(edge.get("target") instanceof String t)) {
        problems.add(entity.problem(place, "A dependency is a JSON object with a target entity"
            + " reference."));
        continue;
      }
      String target = target(entity, t, place, absent);
      if (target == null) {
        continue;
      }
      try {
        Dependency dependency = dependency(edge, target);
        if (dependency != null) {
          own.add(dependency);
          covered.add(target);
        } else {
          problems.add(entity.problem(place, "A dependency's attributes are kind (startup,"
              + " runtime), readiness (started, healthy, completed), as (text), citation (text),"
              + " and optional, ifPresent, restartsWith (true or false); this one holds "
              + Annotations.json(edge) + "."));
        }
      } catch (InvalidTopologyException e) {
        e.problems().forEach(p -> problems.add(entity.problem(place, p.message())));
      }
    }
    return own;
  }

  /** The dependency an annotation's edge describes; null if an attribute is not valid. */
  private static Dependency dependency(Map<?, ?> edge, String target) {
    Dependency.Builder dependency = Dependency.builder();
    Object as = edge.get("as");
    if (as != null && !(as instanceof String)) {
      return null;
    }
    dependency.target(as == null ? target : (String) as);
    Object kind = edge.containsKey("kind") ? edge.get("kind") : "startup";
    if (!"startup".equals(kind) && !"runtime".equals(kind)) {
      return null;
    }
    dependency.kind(DependencyKind.valueOf(((String) kind).toUpperCase(Locale.ROOT)));
    Object readiness = edge.containsKey("readiness") ? edge.get("readiness") : "started";
    if (!(readiness instanceof String r) || !Set.of("started", "healthy", "completed")
        .contains(r)) {
      return null;
    }
    dependency.readiness(Readiness.valueOf(r.toUpperCase(Locale.ROOT)));
    Object citation = edge.get("citation");
    if (citation != null && !(citation instanceof String)) {
      return null;
    }
    if (citation != null) {
      dependency.citation((String) citation);
    }
    Boolean optional = bool(edge.get("optional"));
    Boolean ifPresent = bool(edge.get("ifPresent"));
    Boolean restartsWith = bool(edge.get("restartsWith"));
    if (optional == null || ifPresent == null || restartsWith == null) {
      return null;
    }
    return dependency.required(!optional).onlyIfPresent(ifPresent).restartsWith(restartsWith)
        .build();
  }

  private static Boolean bool(Object value) {
    return value == null ? Boolean.FALSE : value instanceof Boolean b ? b : null;
  }

  /**
   * The entity's edges: the annotation's, then {@code dependsOn} targets it does not cover, then
   * the entities whose {@code dependencyOf} names it.
   */
  List<Dependency> edges(Entity entity) {
    List<Dependency> own = new ArrayList<>(edges.getOrDefault(entity, List.of()));
    Set<String> covered = new LinkedHashSet<>(this.covered.getOrDefault(entity, Set.of()));
    for (String source : incoming.getOrDefault(entity.serviceName(), Set.of())) {
      if (covered.add(source)) {
        own.add(Dependency.startup(source));
      }
    }
    return own;
  }

  /** Adds the placeholder services; reports them if they cannot be made. */
  void placeholders(List<Service> services, List<String> names) {
    if (missing.isEmpty()) {
      return;
    }
    if (options.defaultSeverity().isEmpty()) {
      for (Map.Entry<String, EntityRef> ref : missing.entrySet()) {
        problems.add(referrers.get(ref.getKey()).problem("", "The entity refers to "
            + ref.getValue() + ", which the file does not have; its placeholder needs a default"
            + " severity."));
      }
      return;
    }
    Set<String> taken = new LinkedHashSet<>();
    services.forEach(s -> taken.add(s.name()));
    for (EntityRef ref : missing.values()) {
      String name = placeholderName(ref);
      Entity referrer = referrers.get(ref.key());
      if (!taken.add(name)) {
        problems.add(referrer.problem("", "The missing entity " + ref + " would be the"
            + " service '" + name + "', which another entity already is."));
        continue;
      }
      try {
        services.add(Service.builder().name(name).severity(options.defaultSeverity().get())
            .externalizable(true).external(true)
            .label(EntityClass.KIND_LABEL, ref.kind().toLowerCase(Locale.ROOT)).build());
        names.add(name);
      } catch (InvalidTopologyException e) {
        e.problems().forEach(p -> problems.add(referrer.problem("", "The missing entity " + ref
            + " cannot be a placeholder: " + p.message())));
      }
    }
  }

  List<String> dropped() {
    return List.copyOf(dropped);
  }
}
