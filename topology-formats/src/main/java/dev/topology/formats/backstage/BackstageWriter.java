package dev.topology.formats.backstage;

import dev.topology.api.BroadDependents;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.Problem;
import dev.topology.api.Readiness;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a topology as a Backstage catalog: one YAML document per service, separated by {@code
 * ---}, each a {@code backstage.io/v1alpha1} {@code Component} (or {@code Resource}, as {@link
 * BackstageOptions#classing()} says) whose {@code spec.dependsOn} holds the full entity
 * references ({@code component:default/api}, {@code resource:default/postgres}) of what it needs.
 *
 * <p>The topology is first resolved against {@link BackstageOptions#deployment()}: Backstage
 * has no conditions, so the file describes one installation (services absent in it left out,
 * conditions settled, externalized services marked external).
 *
 * <p>Every required field of the descriptor format is filled: {@code metadata.name} (the service's
 * name, made valid where it is not; {@link BackstageExport#renames()} reports each change),
 * {@code spec.type}, {@code spec.lifecycle} (Components), {@code spec.owner}; {@code spec.system}
 * when the options give one; {@code metadata.description} is the role. What Backstage has no
 * field for is kept in annotations, each written only where it says something:
 *
 * <ul>
 *   <li>{@code dev.topology/name}: the service's name, where the entity's differs (outside the
 *       {@code default} namespace, always: a reader names such an entity {@code ns/name});
 *   <li>{@code dev.topology/aliases}, {@code dev.topology/labels}: compact JSON (a list, an
 *       object; Backstage's own {@code metadata.labels} allow fewer characters than ours);
 *   <li>{@code dev.topology/image}, {@code dev.topology/failure-effect}: text (the role is
 *       {@code metadata.description});
 *   <li>{@code dev.topology/severity}: {@code LOW}, {@code MEDIUM} or {@code HIGH}, always;
 *   <li>{@code dev.topology/lifecycle}: {@code one-shot} or {@code startup-only} (absent for
 *       long-running);
 *   <li>{@code dev.topology/externalizable}, {@code dev.topology/external}, {@code
 *       dev.topology/startup-gate}: {@code "true"};
 *   <li>{@code dev.topology/reliability}: the figure as {@link Reliability#parse(String)} reads
 *       it, durations in ISO-8601 ({@code 0.9995 mttr=PT5M});
 *   <li>{@code dev.topology/broad-dependents}: compact JSON {@code {"kind":..,"citation":..}};
 *   <li>{@code dev.topology/dependencies}: every dependency in order, as compact JSON objects
 *       holding the target's entity reference and the attributes that differ from a required
 *       startup dependency: {@code kind} ({@code runtime}), {@code optional}, {@code readiness}
 *       ({@code healthy}, {@code completed}), {@code ifPresent}, {@code restartsWith}, {@code
 *       citation}, and {@code as} where the dependency names its target by an alias.
 * </ul>
 *
 * <p>Stateless and thread-safe. Cost: O(V + E) after resolving.
 */
public final class BackstageWriter {
  static final String API_VERSION = "backstage.io/v1alpha1";

  private BackstageWriter() {}

  /**
   * Writes a topology with the {@linkplain BackstageOptions#defaults() default options}.
   *
   * @param topology the topology
   * @return the text and the renames
   * @throws BackstageException if the topology is null
   * @throws dev.topology.api.InvalidTopologyException if the topology does not resolve against
   *     the default deployment
   */
  public static BackstageExport write(Topology topology) {
    return write(topology, BackstageOptions.defaults());
  }

  /**
   * Writes a topology as a Backstage catalog.
   *
   * @param topology the topology
   * @param options owner, system, lifecycle, namespace, classing and deployment
   * @return the text and the renames
   * @throws BackstageException if a value is null or the classing fails for a service (every
   *     such service is listed)
   * @throws dev.topology.api.InvalidTopologyException if the topology does not resolve against
   *     the options' deployment
   */
  public static BackstageExport write(Topology topology, BackstageOptions options) {
    if (topology == null || options == null) {
      throw new BackstageException("A Backstage catalog is written from a topology and options,"
          + " not null.");
    }
    Topology resolved = topology.resolve(options.deployment());
    List<Service> services = resolved.services();
    Map<String, EntityClass> classes = classes(services, options);
    Map<String, String> names = EntityNames.assign(services.stream().map(Service::name).toList());
    Map<String, String> refs = new LinkedHashMap<>();
    for (Service service : services) {
      refs.put(service.name(), classes.get(service.name()).kind().refKind() + ":"
          + options.namespace() + "/" + names.get(service.name()));
    }
    List<Object> documents = new ArrayList<>(services.size());
    for (Service service : services) {
      documents.add(entity(service, resolved, options, classes.get(service.name()),
          names.get(service.name()), refs));
    }
    Map<String, String> renames = new TreeMap<>();
    names.forEach((name, entity) -> {
      if (!name.equals(entity)) {
        renames.put(name, entity);
      }
    });
    return BackstageExport.of(yaml().dumpAll(documents.iterator()), renames, services.size());
  }

  private static Map<String, EntityClass> classes(List<Service> services,
      BackstageOptions options) {
    Map<String, EntityClass> classes = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Service service : services) {
      EntityClass entityClass;
      try {
        entityClass = options.classing().apply(service);
      } catch (RuntimeException e) {
        problems.add(problem(service.name(), "The classing failed for service '"
            + service.name() + "': " + e.getMessage()));
        continue;
      }
      if (entityClass == null) {
        problems.add(problem(service.name(), "The classing gave no entity class for service '"
            + service.name() + "'; return EntityClass.component() or another class."));
      } else {
        classes.put(service.name(), entityClass);
      }
    }
    if (!problems.isEmpty()) {
      throw new BackstageException(problems);
    }
    return classes;
  }

  private static Problem problem(String service, String message) {
    return Problem.builder().kind(Problem.Kind.INVALID_VALUE).message(message)
        .addServices(service).build();
  }

  private static Map<String, Object> entity(Service service, Topology resolved,
      BackstageOptions options, EntityClass entityClass, String name, Map<String, String> refs) {
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("name", name);
    if (!options.namespace().equals("default")) {
      metadata.put("namespace", options.namespace());
    }
    if (!service.role().isEmpty()) {
      metadata.put("description", service.role());
    }
    // The reader names a service by its entity, prefixed by the namespace outside default.
    String readAs = options.namespace().equals("default") ? name
        : options.namespace() + "/" + name;
    metadata.put("annotations", annotations(service, resolved, readAs, refs));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("type", entityClass.type());
    if (entityClass.kind() == EntityClass.Kind.COMPONENT) {
      spec.put("lifecycle", options.lifecycle());
    }
    spec.put("owner", options.owner());
    options.system().ifPresent(system -> spec.put("system", system));
    Set<String> dependsOn = new LinkedHashSet<>();
    for (Dependency dependency : service.dependencies()) {
      dependsOn.add(refs.get(resolved.service(dependency.target()).name()));
    }
    if (!dependsOn.isEmpty()) {
      spec.put("dependsOn", new ArrayList<>(dependsOn));
    }
    Map<String, Object> entity = new LinkedHashMap<>();
    entity.put("apiVersion", API_VERSION);
    entity.put("kind", entityClass.kind().spelling());
    entity.put("metadata", metadata);
    entity.put("spec", spec);
    return entity;
  }

  private static Map<String, String> annotations(Service service, Topology resolved,
      String readAs, Map<String, String> refs) {
    Map<String, String> notes = new LinkedHashMap<>();
    if (!service.name().equals(readAs)) {
      notes.put(Annotations.NAME, service.name());
    }
    if (!service.aliases().isEmpty()) {
      notes.put(Annotations.ALIASES, Annotations.json(service.aliases()));
    }
    service.image().ifPresent(image -> notes.put(Annotations.IMAGE, image));
    if (!service.failureEffect().isEmpty()) {
      notes.put(Annotations.FAILURE_EFFECT, service.failureEffect());
    }
    notes.put(Annotations.SEVERITY, service.severity().name());
    if (service.lifecycle() != Lifecycle.LONG_RUNNING) {
      notes.put(Annotations.LIFECYCLE, lifecycle(service.lifecycle()));
    }
    flag(notes, Annotations.EXTERNALIZABLE, service.externalizable());
    flag(notes, Annotations.EXTERNAL, service.external());
    flag(notes, Annotations.STARTUP_GATE, service.startupGate());
    service.reliability().ifPresent(r -> notes.put(Annotations.RELIABILITY, reliability(r)));
    if (!service.labels().isEmpty()) {
      notes.put(Annotations.LABELS, Annotations.json(new TreeMap<>(service.labels())));
    }
    service.broadDependents().ifPresent(b -> notes.put(Annotations.BROAD_DEPENDENTS,
        Annotations.json(broad(b))));
    if (!service.dependencies().isEmpty()) {
      List<Map<String, Object>> edges = new ArrayList<>();
      for (Dependency dependency : service.dependencies()) {
        edges.add(edge(dependency, resolved.service(dependency.target()).name(), refs));
      }
      notes.put(Annotations.DEPENDENCIES, Annotations.json(edges));
    }
    return notes;
  }

  private static void flag(Map<String, String> notes, String key, boolean value) {
    if (value) {
      notes.put(key, "true");
    }
  }

  static String lifecycle(Lifecycle lifecycle) {
    return lifecycle.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The figure as text that {@link Reliability#parse(String)} reads back to the same values: the
   * availability as a decimal in full, the durations in ISO-8601 ({@code mttr=PT5M}), exact to
   * the nanosecond.
   */
  static String reliability(Reliability figure) {
    StringBuilder text = new StringBuilder();
    figure.availability().ifPresent(a -> text.append(
        new BigDecimal(Double.toString(a)).toPlainString()));
    figure.mttf().ifPresent(d -> text.append(text.length() == 0 ? "" : " ").append("mttf=")
        .append(d));
    figure.mttr().ifPresent(d -> text.append(text.length() == 0 ? "" : " ").append("mttr=")
        .append(d));
    return text.toString();
  }

  private static Map<String, Object> broad(BroadDependents broad) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("kind", broad.kind().name().toLowerCase(Locale.ROOT));
    value.put("citation", broad.citation());
    return value;
  }

  private static Map<String, Object> edge(Dependency dependency, String target,
      Map<String, String> refs) {
    Map<String, Object> edge = new LinkedHashMap<>();
    edge.put("target", refs.get(target));
    if (!dependency.target().equals(target)) {
      edge.put("as", dependency.target());
    }
    if (dependency.kind() != DependencyKind.STARTUP) {
      edge.put("kind", dependency.kind().name().toLowerCase(Locale.ROOT));
    }
    if (!dependency.required()) {
      edge.put("optional", true);
    }
    if (dependency.readiness() != Readiness.STARTED) {
      edge.put("readiness", dependency.readiness().name().toLowerCase(Locale.ROOT));
    }
    if (dependency.onlyIfPresent()) {
      edge.put("ifPresent", true);
    }
    if (dependency.restartsWith()) {
      edge.put("restartsWith", true);
    }
    dependency.citation().ifPresent(c -> edge.put("citation", c));
    return edge;
  }

  private static Yaml yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setExplicitStart(true);
    options.setSplitLines(false);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setAllowUnicode(true);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    return new Yaml(options);
  }
}
