package dev.topology.graph.internal;

import dev.topology.api.SettingCondition;
import dev.topology.api.internal.Quoting;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupCycle;
import java.time.Duration;
import java.util.List;

/**
 * Every message of the engine in one place: full sentences that name the services involved and
 * say what would be valid.
 */
public final class Messages {
  /** Long lists are cut in messages and {@code toString()}s; the data itself is complete. */
  public static final int NAMES_SHOWN = 12;

  private Messages() {}

  /** Quotes a name as every message of the project does. */
  public static String quote(String name) {
    return Quoting.quote(name);
  }

  /** Names joined by {@code ", "}, cut after {@link #NAMES_SHOWN} with a count of the rest. */
  public static String list(List<String> names) {
    if (names.size() <= NAMES_SHOWN) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, NAMES_SHOWN)) + " and "
        + (names.size() - NAMES_SHOWN) + " more";
  }

  /** A cycle {@code a -> b -> c -> a}, its middle cut when it is long. */
  public static String cycle(List<String> witness) {
    StringBuilder text = new StringBuilder();
    int shown = Math.min(witness.size(), NAMES_SHOWN);
    for (int i = 0; i < shown; i++) {
      text.append(witness.get(i)).append(" -> ");
    }
    if (shown < witness.size()) {
      text.append("... (").append(witness.size() - shown).append(" more) -> ");
    }
    return text.append(witness.get(0)).toString();
  }

  /** A path {@code a -> b -> c}, its middle cut when it is long. */
  public static String path(List<String> path) {
    if (path.size() <= NAMES_SHOWN) {
      return String.join(" -> ", path);
    }
    int half = NAMES_SHOWN / 2;
    return String.join(" -> ", path.subList(0, half)) + " -> ... (" + (path.size() - 2 * half)
        + " more) -> " + String.join(" -> ", path.subList(path.size() - half, path.size()));
  }

  public static String nullTopology() {
    return "TopologyGraph.of needs a topology, not null.";
  }

  public static String nullDeployment() {
    return "TopologyGraph.of needs a deployment, not null;"
        + " Deployment.defaults() is the default one.";
  }

  public static String nullName(String what) {
    return "A service name passed to " + what + " is null.";
  }

  public static String notAName(String what, Object value) {
    return what + " was given " + value + " (a " + value.getClass().getName()
        + "), which is not a service name.";
  }

  public static String absent(String name, SettingCondition presentWhen) {
    return "Service " + quote(name) + " is absent in this deployment; it is present "
        + presentWhen.description() + ".";
  }

  public static String nullPhase(String what) {
    return what + " needs a phase, not null: Phase.STARTUP or Phase.RUNTIME.";
  }

  public static String nullServices(String what, String which) {
    return what + " needs the " + which + " services, not null.";
  }

  public static String noService(String what, String which, String example) {
    return what + " needs at least one " + which + " service, such as " + example + ".";
  }

  public static String nullGraph(String what) {
    return what + " needs an engine, not null; build one with TopologyGraph.of(topology).";
  }

  public static String unusedOneShot(String task) {
    return "One-shot task " + quote(task) + " is needed to start by no long-running service,"
        + " directly or through other tasks, so nothing waits for it.";
  }

  public static String runtimeOnOneShot(String from, String to) {
    return quote(from) + " talks to " + quote(to) + " while running, but " + quote(to)
        + " is a one-shot task that exits once it has run at startup.";
  }

  public static String runtimeOnStartupOnly(String from, String to) {
    return quote(from) + " talks to " + quote(to) + " while running, but " + quote(to)
        + " is needed only while the system starts.";
  }

  /** A count is -1 for a phase in which the service does not take down more than half. */
  public static String singlePointOfFailure(String service, int total, int atStartup,
      int atRuntime) {
    StringBuilder text = new StringBuilder(quote(service))
        .append(" takes down more than half of the ").append(total).append(" services: ");
    if (atStartup >= 0) {
      text.append(atStartup).append(" if it fails at startup");
    }
    if (atRuntime >= 0) {
      text.append(atStartup >= 0 ? " and " : "").append(atRuntime)
          .append(" if it fails while running");
    }
    return text.append('.').toString();
  }

  public static String redundant(GraphIndex g, RedundantDependencies.Finding found) {
    String a = quote(g.name(found.from()));
    String b = quote(g.name(found.to()));
    List<String> steps = new java.util.ArrayList<>();
    for (int v : found.path()) {
      steps.add(g.name(v));
    }
    String path = String.join(" -> ", steps) + (found.longer() ? " -> ... -> " + g.name(found.to())
        : "");
    return switch (found.kind()) {
      case OPTIONAL -> a + " wants " + b + " to start first, and already waits for it through "
          + path + "; the optional dependency adds no ordering and carries no failure.";
      case REQUIRED_AT_STARTUP -> a + " needs " + b + " to start, and already needs it through "
          + path + ", required at every step: removing it changes no startup order and no"
          + " impact at startup; at runtime it carries nothing, since "
          + (g.runsOn(found.from()) ? b : a) + " does not run on once started.";
      case REQUIRED_IN_BOTH_PHASES -> a + " needs " + b + " to start, and already needs it"
          + " through " + path + ", required at every step and long-running throughout: a"
          + " failure of " + b + " reaches " + a + " that way at startup and at runtime, so"
          + " removing it changes no order, impact, restart plan or root cause.";
    };
  }

  public static String nullDurations() {
    return "A startup schedule needs a map of start durations, not null; pass Map.of() for none.";
  }

  public static String nullDuration(String name) {
    return "The start duration of " + quote(name)
        + " is null; give a Duration such as Duration.ofSeconds(5).";
  }

  public static String notADuration(String name, Object value) {
    return "The start duration of " + quote(name) + " is " + value + " (a "
        + value.getClass().getName() + "), not a Duration.";
  }

  public static String negativeDuration(String name, Duration duration) {
    return "The start duration of " + quote(name) + " is negative (" + duration
        + "); a start duration is zero or positive.";
  }

  public static String durationTwice(String canonical, String first, String second) {
    return "The start durations name " + quote(canonical) + " twice, as " + quote(first) + " and "
        + quote(second) + "; give one duration per service.";
  }

  public static String durationsOverflow() {
    return "The start durations add up to more than a Duration can hold.";
  }

  public static String cycles(List<StartupCycle> cycles) {
    if (cycles.size() == 1) {
      return "The startup dependencies form a cycle, so no startup order exists: "
          + describe(cycles.get(0)) + ".";
    }
    StringBuilder text = new StringBuilder("The startup dependencies form ")
        .append(cycles.size()).append(" cycles, so no startup order exists:");
    int shown = Math.min(cycles.size(), NAMES_SHOWN);
    for (int i = 0; i < shown; i++) {
      text.append("\n- ").append(describe(cycles.get(i))).append('.');
    }
    if (shown < cycles.size()) {
      text.append("\n- and ").append(cycles.size() - shown).append(" more (see cycles()).");
    }
    return text.toString();
  }

  /**
   * Describes a cycle: its witness, and the dependency whose removal breaks it.
   *
   * @param cycle the cycle
   * @return {@code a -> b -> a (removing the dependency b -> a breaks it)}
   */
  public static String describe(StartupCycle cycle) {
    String text = cycle(cycle.witness());
    if (cycle.isSimpleCycle()) {
      return text + " (removing the dependency " + cycle.edgeToRemove() + " breaks it)";
    }
    return text + ", one cycle among the " + cycle.services().size() + " services "
        + list(cycle.services()) + " that need each other (removing the dependency "
        + cycle.edgeToRemove() + " breaks this one)";
  }
}
