package dev.topology.api.json;

import dev.topology.api.BroadDependents;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Lifecycle;
import dev.topology.api.Problem;
import dev.topology.api.Readiness;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import tools.jackson.core.JsonToken;

/**
 * Reads a topology document of either format in one pass: the shape is checked as the tokens
 * come, the model once the whole document is read and its version known. Model problems are
 * reported with the path of the entry they are about.
 */
final class TopologyReader {
  private static final List<String> ROOT_FIELDS = List.of("formatVersion", "choices", "services");
  private static final List<String> CHOICE_FIELDS =
      List.of("name", "values", "default", "description");
  private static final List<String> SERVICE_FIELDS = List.of("name", "image", "aliases", "labels",
      "role", "failureEffect", "severity", "severityCondition", "severityOtherwise", "lifecycle",
      "externalizable", "external", "startupGate", "presentWhen", "dependencies",
      "broadDependents", "reliability");
  private static final List<String> DEPENDENCY_FIELDS =
      List.of("target", "kind", "required", "readiness", "onlyIfPresent", "restartsWith",
          "condition", "citation");
  private static final List<String> BROAD_FIELDS = List.of("kind", "citation");
  private static final List<String> RELIABILITY_FIELDS = List.of("availability", "mttf", "mttr");

  private final JsonInput in;
  private final FormatVersion version = new FormatVersion();
  private final List<Problem> problems = new ArrayList<>();
  /** The choices that format-1 conditions use. */
  private final Set<String> usedChoices = new HashSet<>();
  private final List<Setting> choices = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();

  /** One service entry of the document, read but not yet built. */
  private static final class Entry {
    final String path;
    final int index;
    final Service.Builder service = Service.builder();
    final List<Problem> problems = new ArrayList<>();
    String name;
    String image;
    List<String> aliases = List.of();
    boolean hasSeverity;

    Entry(String path, int index) {
      this.path = path;
      this.index = index;
    }
  }

  private TopologyReader(JsonInput in) {
    this.in = in;
  }

  /** Reads the topology whose root object {@code in} stands on. */
  static Topology read(JsonInput in) {
    return new TopologyReader(in).root();
  }

  private Topology root() {
    in.startObject();
    boolean hasServices = false;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "formatVersion" -> version.read(in);
        case "choices" -> {
          version.sawFormatTwo(in, "The field 'choices'");
          choices();
        }
        case "services" -> {
          hasServices = true;
          services();
        }
        default -> throw in.unknownField(field, ROOT_FIELDS);
      }
      in.pop();
    }
    if (!hasServices) {
      throw new TopologyJsonException(in.pathTo("services"), "the list of services is required.");
    }
    return build(version.settle());
  }

  private void choices() {
    if (in.token() != JsonToken.START_ARRAY) {
      throw in.expected("an array");
    }
    Set<String> declared = new HashSet<>();
    for (int i = 0; in.next() != JsonToken.END_ARRAY; i++) {
      in.push(i);
      Setting choice = choice();
      if (choice != null && !declared.add(choice.name())) {
        problems.add(Problem.of(Problem.Kind.DUPLICATE_NAME, in.path() + ": The setting '"
            + choice.name() + "' is declared more than once; declare it once."));
      } else if (choice != null) {
        choices.add(choice);
      }
      in.pop();
    }
  }

  private Setting choice() {
    in.startObject();
    String path = in.path();
    Setting.Builder choice = Setting.builder();
    Set<String> seen = new HashSet<>();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "name" -> choice.name(in.string());
        case "values" -> choice.values(in.strings());
        case "default" -> choice.defaultValue(in.string());
        case "description" -> choice.description(in.string());
        default -> throw in.unknownField(field, CHOICE_FIELDS);
      }
      seen.add(field);
      in.pop();
    }
    for (String required : List.of("name", "values", "default")) {
      if (!seen.contains(required)) {
        throw new TopologyJsonException(path + "." + required, "a value is required.");
      }
    }
    try {
      return choice.build();
    } catch (InvalidTopologyException e) {
      e.problems().forEach(p -> problems.add(at(path, p)));
      return null;
    }
  }

  private void services() {
    if (in.token() != JsonToken.START_ARRAY) {
      throw in.expected("an array");
    }
    for (int i = 0; in.next() != JsonToken.END_ARRAY; i++) {
      in.push(i);
      entries.add(service());
      in.pop();
    }
  }

  private Entry service() {
    in.startObject();
    Entry entry = new Entry(in.path(), entries.size());
    Service.Builder service = entry.service;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "name" -> entry.name = in.string();
        case "image" -> entry.image = in.string();
        case "aliases" -> entry.aliases = in.strings();
        case "labels" -> {
          version.sawFormatTwo(in, "The field 'labels'");
          service.labels(in.stringMap());
        }
        case "role" -> service.role(in.string());
        case "failureEffect" -> service.failureEffect(in.string());
        case "severity" -> {
          service.severity(in.constant(Severity.class));
          entry.hasSeverity = true;
        }
        case "severityCondition" -> service.severityCondition(condition(entry));
        case "severityOtherwise" -> service.severityOtherwise(in.constant(Severity.class));
        case "lifecycle" -> service.lifecycle(in.constant(Lifecycle.class));
        case "externalizable" -> service.externalizable(in.flag());
        case "external" -> service.external(in.flag());
        case "startupGate" -> service.startupGate(in.flag());
        case "presentWhen" -> service.presentWhen(condition(entry));
        case "dependencies" -> dependencies(entry);
        case "broadDependents" -> broadDependents(entry);
        case "reliability" -> {
          version.sawFormatTwo(in, "The field 'reliability'");
          reliability(entry);
        }
        default -> throw in.unknownField(field, SERVICE_FIELDS);
      }
      in.pop();
    }
    if (entry.name == null) {
      throw new TopologyJsonException(entry.path + ".name", "a value is required.");
    }
    if (!entry.hasSeverity) {
      throw new TopologyJsonException(entry.path + ".severity", "a value is required.");
    }
    service.name(entry.name);
    return entry;
  }

  /** Reads a condition, by name (format 1) or as an object (format 2); empty if it is invalid. */
  private Optional<SettingCondition> condition(Entry entry) {
    if (in.token() == JsonToken.VALUE_STRING && version.declared() != 2) {
      version.sawFormatOne(in, "A condition given by name");
      return Optional.of(FormatOne.condition(in, usedChoices));
    }
    if (in.token() != JsonToken.START_OBJECT) {
      throw in.expected("an object");
    }
    version.sawFormatTwo(in, "A condition given as an object");
    Map<String, Set<String>> anyOf = new TreeMap<>();
    in.stringListMap().forEach((choice, values) -> anyOf.put(choice, new TreeSet<>(values)));
    try {
      return Optional.of(SettingCondition.builder().anyOf(anyOf).build());
    } catch (InvalidTopologyException e) {
      e.problems().forEach(p -> entry.problems.add(at(entry.path, p)));
      return Optional.empty();
    }
  }

  private void dependencies(Entry entry) {
    if (in.token() != JsonToken.START_ARRAY) {
      throw in.expected("an array");
    }
    for (int i = 0; in.next() != JsonToken.END_ARRAY; i++) {
      in.push(i);
      dependency(entry);
      in.pop();
    }
  }

  private void dependency(Entry entry) {
    in.startObject();
    String path = in.path();
    Dependency.Builder dependency = Dependency.builder();
    boolean hasTarget = false;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "target" -> {
          dependency.target(in.string());
          hasTarget = true;
        }
        case "kind" -> dependency.kind(in.constant(DependencyKind.class));
        case "required" -> {
          version.sawFormatTwo(in, "The field 'required'");
          dependency.required(in.flag());
        }
        case "readiness" -> {
          version.sawFormatTwo(in, "The field 'readiness'");
          dependency.readiness(in.constant(Readiness.class));
        }
        case "onlyIfPresent" -> {
          version.sawFormatTwo(in, "The field 'onlyIfPresent'");
          dependency.onlyIfPresent(in.flag());
        }
        case "restartsWith" -> {
          version.sawFormatTwo(in, "The field 'restartsWith'");
          dependency.restartsWith(in.flag());
        }
        case "condition" -> dependency.condition(condition(entry));
        case "citation" -> dependency.citation(in.string());
        default -> throw in.unknownField(field, DEPENDENCY_FIELDS);
      }
      in.pop();
    }
    if (!hasTarget) {
      throw new TopologyJsonException(path + ".target", "a value is required.");
    }
    try {
      entry.service.addDependencies(dependency.build());
    } catch (InvalidTopologyException e) {
      e.problems().forEach(p -> entry.problems.add(at(entry.path, p)));
    }
  }

  private void broadDependents(Entry entry) {
    in.startObject();
    String path = in.path();
    DependencyKind kind = null;
    String citation = null;
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "kind" -> kind = in.constant(DependencyKind.class);
        case "citation" -> citation = in.string();
        default -> throw in.unknownField(field, BROAD_FIELDS);
      }
      in.pop();
    }
    if (kind == null) {
      throw new TopologyJsonException(path + ".kind", "a value is required.");
    }
    if (citation == null) {
      throw new TopologyJsonException(path + ".citation", "a value is required.");
    }
    try {
      entry.service.broadDependents(BroadDependents.of(kind, citation));
    } catch (InvalidTopologyException e) {
      e.problems().forEach(p -> entry.problems.add(at(entry.path, p)));
    }
  }

  /**
   * Reads a reliability figure: an availability (a number, or a percentage in a string) and
   * durations in the text {@link Reliability#parseDuration(String)} reads. Every value that does
   * not read is reported at its own path; a value that did not read is replaced by a valid
   * stand-in, so that a combination the figure refuses (an MTTF alone) is reported too.
   */
  private void reliability(Entry entry) {
    in.startObject();
    String path = in.path();
    Reliability.Builder figure = Reliability.builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      switch (field) {
        case "availability" -> {
          String text = in.token() == JsonToken.VALUE_NUMBER_INT
              || in.token() == JsonToken.VALUE_NUMBER_FLOAT ? in.numberText() : availabilityText();
          figure.availability(read(entry, () -> Reliability.parseAvailability(text), 0.5));
        }
        case "mttf" -> {
          String text = in.string();
          figure.mttf(read(entry, () -> Reliability.parseDuration(text), Duration.ofHours(1)));
        }
        case "mttr" -> {
          String text = in.string();
          figure.mttr(read(entry, () -> Reliability.parseDuration(text), Duration.ofHours(1)));
        }
        default -> throw in.unknownField(field, RELIABILITY_FIELDS);
      }
      in.pop();
    }
    try {
      entry.service.reliability(figure.build());
    } catch (InvalidTopologyException e) {
      e.problems().forEach(p -> entry.problems.add(at(path, p)));
    }
  }

  private String availabilityText() {
    if (in.token() != JsonToken.VALUE_STRING) {
      throw in.expected("a number such as 0.9995 or a percentage such as \"99.95%\"");
    }
    return in.string();
  }

  /** Reads one value of a figure; a problem is reported at the current path. */
  private <T> T read(Entry entry, Supplier<T> reader, T standIn) {
    try {
      return reader.get();
    } catch (InvalidTopologyException e) {
      String path = in.path();
      e.problems().forEach(p -> entry.problems.add(at(path, p)));
      return standIn;
    }
  }

  private Topology build(int format) {
    List<Service> services = new ArrayList<>(entries.size());
    Map<String, List<Entry>> byName = new HashMap<>();
    for (Entry entry : entries) {
      entry.service.image(Optional.ofNullable(entry.image));
      entry.service.aliases(format == 1
          ? FormatOne.aliasesWithImage(entry.name, entry.aliases, entry.image) : entry.aliases);
      problems.addAll(entry.problems);
      try {
        services.add(entry.service.build());
        byName.computeIfAbsent(entry.name, n -> new ArrayList<>(1)).add(entry);
      } catch (InvalidTopologyException e) {
        e.problems().forEach(p -> problems.add(at(entry.path, p)));
      }
    }
    List<Setting> declared = format == 1 ? FormatOne.choices(usedChoices) : choices;
    try {
      Topology topology = Topology.of(declared, services);
      if (problems.isEmpty()) {
        return topology;
      }
    } catch (InvalidTopologyException e) {
      Map<String, Integer> repeats = new HashMap<>();
      for (Problem problem : e.problems()) {
        Entry entry = entryOf(problem, byName, repeats);
        problems.add(entry == null ? problem : at(entry.path, problem));
      }
    }
    throw new InvalidTopologyException(problems);
  }

  /**
   * The entry a problem of the topology is about: for a name used twice, the entry that repeats
   * it, later in the document; otherwise the entry of the first service the problem names.
   */
  private Entry entryOf(Problem problem, Map<String, List<Entry>> byName,
      Map<String, Integer> repeats) {
    if (problem.services().isEmpty()) {
      return null;
    }
    List<Entry> first = byName.get(problem.services().get(0));
    if (first == null) {
      return null;
    }
    if (problem.kind() != Problem.Kind.DUPLICATE_NAME || problem.services().size() < 2) {
      return first.get(0);
    }
    String other = problem.services().get(1);
    if (other.equals(problem.services().get(0))) {
      // Services of one name keep the document's order; the n-th such problem is the (n+1)-th.
      int repeat = repeats.merge(other, 1, Integer::sum);
      return first.get(Math.min(repeat, first.size() - 1));
    }
    List<Entry> second = byName.get(other);
    if (second == null) {
      return first.get(0);
    }
    return second.get(0).index > first.get(0).index ? second.get(0) : first.get(0);
  }

  static Problem at(String path, Problem problem) {
    return problem.toBuilder().message(path + ": " + problem.message()).build();
  }
}
