package dev.topology.formats.compose;

import dev.topology.api.Lifecycle;
import dev.topology.api.Problem;
import dev.topology.api.Readiness;
import dev.topology.api.Severity;
import dev.topology.api.internal.Quoting;
import dev.topology.formats.compose.ComposeMapping.Edge;
import dev.topology.formats.compose.ComposeMapping.ServiceDraft;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the settings of one service that matter to the topology: its image and container name,
 * its labels and profiles, and its startup dependencies, stated ({@code depends_on}) and implied
 * ({@code links}, {@code volumes_from}, {@code service:} in {@code network_mode}, {@code ipc},
 * {@code pid}, {@code uts}, {@code cgroup}). Other settings are not read, so not checked.
 */
final class ServiceReading {
  /** The Compose specification's rule for a profile's name. */
  private static final java.util.regex.Pattern PROFILE_NAME =
      java.util.regex.Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.-]*");

  static final String LABEL_PREFIX = "dev.topology.";
  static final String SEVERITY = LABEL_PREFIX + "severity";
  static final String ROLE = LABEL_PREFIX + "role";
  static final String FAILURE_EFFECT = LABEL_PREFIX + "failure-effect";
  static final String LIFECYCLE = LABEL_PREFIX + "lifecycle";
  static final String OPTIONAL = LABEL_PREFIX + "optional";
  private static final List<String> TOPOLOGY_LABELS =
      List.of(SEVERITY, ROLE, FAILURE_EFFECT, LIFECYCLE, OPTIONAL, ReliabilityLabels.AVAILABILITY,
          ReliabilityLabels.MTTF, ReliabilityLabels.MTTR);
  private static final List<String> MODES = List.of("network_mode", "ipc", "pid", "uts",
      "cgroup");

  private final String name;
  private final String base;
  private final Interpolation interpolation;
  private final List<Problem> problems;
  private final ServiceDraft draft;
  private final ReliabilityLabels reliability;

  ServiceReading(String name, Interpolation interpolation, List<Problem> problems) {
    this.name = name;
    this.base = "services." + name;
    this.interpolation = interpolation;
    this.problems = problems;
    this.draft = new ServiceDraft(name);
    this.reliability = new ReliabilityLabels(name, problems);
  }

  /** The draft of the service, or null if its settings are not a mapping. */
  ServiceDraft read(Object settings) {
    if (!(settings instanceof Map<?, ?> map)) {
      problems.add(Problems.at(base, "A service is a mapping of its settings, not "
          + Values.kind(settings) + "."));
      return null;
    }
    Object dependsOn = null;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = Values.key(entry.getKey());
      Object value = entry.getValue();
      String path = base + "." + key;
      switch (key) {
        case "image" -> {
          String image = value(value, path, false);
          draft.image = image == null || image.isEmpty() ? null : image;
        }
        case "container_name" -> draft.containerName = value(value, path, true);
        case "labels" -> labels(value, path);
        case "profiles" -> profiles(value, path);
        case "depends_on" -> dependsOn = value;
        case "healthcheck", "restart", "deploy", "scale" ->
            new RuntimeSettings(draft, interpolation, problems).read(key, value, path);
        default -> {
          // Links and the like come after depends_on, which wins where both name a service.
        }
      }
    }
    if (dependsOn != null) {
      dependsOn(dependsOn, base + ".depends_on");
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = Values.key(entry.getKey());
      String path = base + "." + key;
      if (key.equals("links")) {
        implied(entry.getValue(), path, false);
      } else if (key.equals("volumes_from")) {
        implied(entry.getValue(), path, true);
      } else if (MODES.contains(key)) {
        mode(entry.getValue(), path);
      }
    }
    optionalLabel();
    draft.reliability = reliability.build();
    return draft;
  }

  /** The interpolated text of a scalar, or null after a problem. */
  private String value(Object value, String path, boolean mustBeSet) {
    String text = Values.text(value, path, problems);
    return text == null ? null : interpolation.apply(text, path, mustBeSet, problems);
  }

  private void dependsOn(Object value, String path) {
    if (value instanceof List<?> list) {
      for (Object item : list) {
        String target = value(item, path, true);
        if (target != null) {
          draft.edges.putIfAbsent(target,
              new Edge(target, Readiness.STARTED, true, path + "." + target));
        }
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String target = Values.key(entry.getKey());
        if (target.startsWith("x-")) {
          continue;
        }
        String at = path + "." + target;
        draft.edges.put(target, longForm(target, entry.getValue(), at));
      }
    } else {
      problems.add(Problems.at(path, "'depends_on' is a list of service names or a"
          + " mapping of them to their conditions, not " + Values.kind(value) + "."));
    }
  }

  private Edge longForm(String target, Object settings, String path) {
    Readiness readiness = Readiness.STARTED;
    boolean required = true;
    if (settings == null) {
      return new Edge(target, readiness, required, path);
    }
    if (!(settings instanceof Map<?, ?> map)) {
      problems.add(Problems.at(path, "A dependency in the long form is a mapping with"
          + " 'condition' and 'required', not " + Values.kind(settings) + "."));
      return new Edge(target, readiness, required, path);
    }
    Object condition = map.get("condition");
    if (condition != null) {
      String text = value(condition, path + ".condition", false);
      if (text != null) {
        switch (text) {
          case "service_started" -> readiness = Readiness.STARTED;
          case "service_healthy" -> readiness = Readiness.HEALTHY;
          case "service_completed_successfully" -> readiness = Readiness.COMPLETED;
          default -> problems.add(Problems.at(path + ".condition",
              Quoting.quote(text) + " is not a condition; use service_started,"
                  + " service_healthy or service_completed_successfully."));
        }
      }
    }
    if (map.containsKey("required")) {
      required = flag(map.get("required"), path + ".required", "required", true);
    }
    if (map.containsKey("restart")
        && flag(map.get("restart"), path + ".restart", "restart", false)) {
      draft.restartsWith.add(target);
    }
    return new Edge(target, readiness, required, path);
  }

  /**
   * A boolean of the long form: YAML's {@code true}/{@code false}, or text that is one of them
   * once interpolated, as Compose reads {@code required} and {@code restart} ({@code
   * ServiceDependency} in compose-go's {@code types} package).
   */
  private boolean flag(Object value, String path, String key, boolean otherwise) {
    if (value instanceof Boolean b) {
      return b;
    }
    String text = value instanceof String s ? interpolation.apply(s, path, false, problems)
        : null;
    if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
      return Boolean.parseBoolean(text);
    }
    if (text != null || !(value instanceof String)) {
      problems.add(Problems.at(path, "'" + key + "' is true or false, not "
          + Values.kind(value) + "."));
    }
    return otherwise;
  }

  /**
   * The dependencies the {@code dev.topology.optional} label names become optional: they order
   * startup and carry no failure. A name that is not a dependency is a problem.
   */
  private void optionalLabel() {
    if (draft.optionalLabel == null) {
      return;
    }
    String path = draft.optionalLabel.getKey();
    List<String> known = List.copyOf(draft.edges.keySet());
    Suggestions suggestions = new Suggestions(known);
    String listed = known.isEmpty() ? " The service has no dependencies."
        : " Its dependencies are " + String.join(", ", known.subList(0, Math.min(20,
            known.size()))) + (known.size() > 20 ? " and " + (known.size() - 20) + " more."
                : ".");
    for (String item : draft.optionalLabel.getValue().split(",", -1)) {
      String target = item.strip();
      if (target.isEmpty()) {
        continue;
      }
      if (draft.edges.containsKey(target)) {
        draft.optional.add(target);
      } else {
        problems.add(Problems.at(path, "'" + target + "' is not a dependency of service '"
            + name + "'; the label names dependencies that carry no failure."
            + suggestions.didYouMean(target) + listed));
      }
    }
  }

  /** links ({@code name} or {@code name:alias}) and volumes_from ({@code name[:ro|rw]}). */
  private void implied(Object value, String path, boolean volumes) {
    if (!(value instanceof List<?> list)) {
      problems.add(Problems.at(path, "'" + path.substring(path.lastIndexOf('.') + 1)
          + "' is a list, not " + Values.kind(value) + "."));
      return;
    }
    for (Object item : list) {
      String text = value(item, path, true);
      if (text == null || (volumes && text.startsWith("container:"))) {
        continue;
      }
      int colon = text.indexOf(':');
      String target = colon < 0 ? text : text.substring(0, colon);
      draft.edges.putIfAbsent(target,
          new Edge(target, Readiness.STARTED, true, path + "." + target));
    }
  }

  /** {@code service:NAME} in network_mode, ipc, pid, uts or cgroup. */
  private void mode(Object value, String path) {
    String raw = Values.text(value, path, problems);
    String text = raw == null ? null : interpolation.apply(raw, path, false, problems);
    if (text == null || !text.startsWith("service:")) {
      return;
    }
    List<Problem> unset = new java.util.ArrayList<>();
    if (interpolation.apply(raw, path, true, unset) == null) {
      problems.addAll(unset);
      return;
    }
    String target = text.substring("service:".length());
    draft.edges.putIfAbsent(target, new Edge(target, Readiness.STARTED, true, path));
  }

  private void profiles(Object value, String path) {
    if (!(value instanceof List<?> list)) {
      problems.add(Problems.at(path, "'profiles' is a list of profile names, not "
          + Values.kind(value) + "."));
      return;
    }
    for (Object item : list) {
      String profile = value(item, path, true);
      if (profile != null && !PROFILE_NAME.matcher(profile).matches()) {
        problems.add(Problems.at(path, "'" + profile + "' is not a profile name; Compose"
            + " names profiles with letters, digits, '_', '.' and '-', starting with a letter or"
            + " a digit."));
      } else if (profile != null && !draft.profiles.contains(profile)) {
        draft.profiles.add(profile);
      }
    }
  }

  private void labels(Object value, String path) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String key = Values.key(entry.getKey());
        String text = entry.getValue() == null ? ""
            : value(entry.getValue(), path + "." + key, false);
        if (text != null) {
          label(key, text, path + "." + key);
        }
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        String entry = value(item, path, false);
        if (entry != null) {
          int equals = entry.indexOf('=');
          String key = equals < 0 ? entry : entry.substring(0, equals);
          label(key, equals < 0 ? "" : entry.substring(equals + 1), path + "." + key);
        }
      }
    } else {
      problems.add(Problems.at(path, "'labels' is a mapping or a list of key=value,"
          + " not " + Values.kind(value) + "."));
    }
  }

  private void label(String key, String value, String path) {
    if (!key.startsWith(LABEL_PREFIX)) {
      draft.labels.put(key, value);
      return;
    }
    switch (key) {
      case SEVERITY -> {
        try {
          draft.severity = Severity.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problems.add(Problems.at(path, Quoting.quote(value) + " is not a"
              + " severity; use LOW, MEDIUM or HIGH."));
        }
      }
      case ROLE -> draft.role = value;
      case OPTIONAL -> draft.optionalLabel = Map.entry(path, value);
      case ReliabilityLabels.AVAILABILITY, ReliabilityLabels.MTTF, ReliabilityLabels.MTTR ->
          reliability.read(key, value, path);
      case FAILURE_EFFECT -> draft.failureEffect = value;
      case LIFECYCLE -> {
        try {
          draft.lifecycle = Lifecycle.valueOf(
              value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
          problems.add(Problems.at(path, Quoting.quote(value) + " is not a"
              + " lifecycle; use LONG_RUNNING, ONE_SHOT or STARTUP_ONLY (or long-running,"
              + " one-shot, startup-only)."));
        }
      }
      default -> problems.add(Problems.at(path, "'" + key + "' is not a label this"
          + " reader knows; the dev.topology. labels are " + String.join(", ", TOPOLOGY_LABELS)
          + "." + new Suggestions(TOPOLOGY_LABELS).didYouMean(key)));
    }
  }

  @Override
  public String toString() {
    return "ServiceReading[" + name + "]";
  }
}
