package dev.topology.formats.backstage;

import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Problem;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.formats.compose.ComposeFileException;
import dev.topology.formats.internal.HardenedYaml;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a Backstage catalog (one or more YAML documents separated by {@code ---}, such as a
 * {@code catalog-info.yaml} or what {@link BackstageWriter} writes) into a topology.
 *
 * <p>Each {@code Component} and {@code Resource} becomes a service; entities of other kinds
 * (System, API, Group, User, Domain, Location, Template...) carry no dependencies and are only
 * counted ({@link BackstageImport#ignored()}). {@code spec.dependsOn} gives the entity's
 * dependencies, and {@code spec.dependencyOf} the inverse ({@code dependencyOf: [component:web]}
 * on a database makes web depend on it). References are {@code kind:namespace/name}; the
 * namespace defaults to the entity's own, and the kind must be given, as Backstage requires for
 * these relations. Backstage compares references without case; so does the reader.
 *
 * <p>A service is named by its {@code dev.topology/name} annotation, else by its {@code
 * metadata.name}, prefixed with its namespace and {@code /} outside the {@code default}
 * namespace ({@code payments/api}), so entities of two namespaces never collide. The {@code
 * dev.topology/} annotations that {@link BackstageWriter} writes restore every field they
 * keep (the role is always {@code metadata.description}); without them a dependency is a required
 * startup dependency, the severity is the caller's default ({@link
 * BackstageReadOptions#defaultSeverity()}, reported in {@link BackstageImport#assumedSeverity()}),
 * and the labels {@value EntityClass#KIND_LABEL} and {@value EntityClass#TYPE_LABEL} record the
 * entity's kind and type, so the service is written back as the same kind.
 *
 * <p>The text is read with the Compose reader's limits (8 MiB, 1 MiB per line, nesting, aliases
 * and their expansion, no tags, no duplicate keys). Every problem is reported at once, each
 * placed by its document and entity.
 *
 * <p>Stateless and thread-safe. Cost: O(size of the text) plus building the topology.
 */
public final class BackstageReader {
  private BackstageReader() {}

  /**
   * Reads a catalog whose every entity states its severity, as {@link BackstageWriter} writes.
   *
   * @param text the YAML text
   * @return the topology and what the reader did besides
   * @throws BackstageException listing every problem
   */
  public static BackstageImport read(String text) {
    return read(text, BackstageReadOptions.strict());
  }

  /**
   * Reads a catalog into a topology.
   *
   * @param text the YAML text
   * @param options the default severity and what to do with missing references
   * @return the topology and what the reader did besides
   * @throws BackstageException listing every problem: text that is not YAML or exceeds a limit,
   *     an entity without a name or with values of the wrong type, two entities of one name,
   *     references without a kind or to entities the file does not have, entities without a
   *     severity when no default is given, and values the model refuses
   */
  public static BackstageImport read(String text, BackstageReadOptions options) {
    if (text == null || options == null) {
      throw new BackstageException("A Backstage catalog is read from text with options, not"
          + " null.");
    }
    List<Object> documents;
    try {
      documents = HardenedYaml.documents(text, "a Backstage catalog");
    } catch (ComposeFileException e) {
      throw new BackstageException(e.problems());
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> ignored = new TreeMap<>();
    List<Entity> entities = new ArrayList<>();
    Map<String, Entity> byKey = new HashMap<>();
    Map<String, Entity> byService = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      Entity entity = Entity.of(i + 1, documents.get(i), ignored, problems);
      if (entity == null) {
        continue;
      }
      Entity before = byKey.putIfAbsent(entity.ref().key(), entity);
      if (before != null) {
        problems.add(entity.problem("", "The entity " + entity.ref() + " is also defined in"
            + " document " + before.index() + "; each entity may be defined once."));
        continue;
      }
      Entity sameName = byService.putIfAbsent(entity.serviceName(), entity);
      if (sameName != null) {
        problems.add(entity.problem("", "The entity " + entity.ref() + " would be the service '"
            + entity.serviceName() + "', as " + sameName.ref() + " of document "
            + sameName.index() + " is; give one of them another name or namespace."));
        continue;
      }
      entities.add(entity);
    }
    Linking linking = new Linking(byKey, options, problems);
    entities.forEach(linking::link);
    List<Service> services = new ArrayList<>();
    Map<String, String> refs = new TreeMap<>();
    List<String> assumed = new ArrayList<>();
    for (Entity entity : entities) {
      try {
        Service service = entity.service(linking.edges(entity), options, assumed);
        if (service != null) {
          services.add(service);
          refs.put(entity.serviceName(), entity.ref().toString());
        }
      } catch (InvalidTopologyException e) {
        e.problems().forEach(p -> problems.add(entity.problem("", p.message())));
      }
    }
    List<String> placeholders = new ArrayList<>();
    linking.placeholders(services, placeholders);
    if (!problems.isEmpty()) {
      throw new BackstageException(problems);
    }
    Topology topology;
    try {
      topology = Topology.of(services);
    } catch (InvalidTopologyException e) {
      Map<String, Entity> byName = new HashMap<>();
      entities.forEach(entity -> byName.put(entity.serviceName(), entity));
      throw new BackstageException(e.problems().stream().map(p -> p.services().stream()
          .map(byName::get).filter(java.util.Objects::nonNull).findFirst()
          .map(entity -> entity.problem("", p.message())).orElse(p)).toList());
    }
    assumed.sort(null);
    placeholders.sort(null);
    return BackstageImport.builder().topology(topology).entities(refs).ignored(ignored)
        .assumedSeverity(assumed).placeholders(placeholders)
        .droppedReferences(linking.dropped()).build();
  }

  /** A placed problem. */
  static Problem problem(String path, String message) {
    return Problem.builder().kind(Problem.Kind.INVALID_DOCUMENT).path(path).message(message)
        .build();
  }
}
