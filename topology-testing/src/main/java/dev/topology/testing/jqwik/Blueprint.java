package dev.topology.testing.jqwik;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.Readiness;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds a topology from plain choices, the one construction every generated and every shrunk
 * topology goes through: service {@code i} depends only on services numbered below {@code i},
 * so no edge closes a cycle, and each pair of services has at most one edge, so no dependency
 * is listed twice.
 */
final class Blueprint {
  /** Each share is decided by a number below this: the feature is on for the top share of it. */
  static final int SCALE = 10_000;

  private static final List<String> WORDS = List.of("db", "cache", "queue", "auth", "api",
      "worker", "web", "search", "mail", "proxy", "billing", "metrics");

  /** The availabilities a figure takes, the last one a service that never fails. */
  private static final List<Double> AVAILABILITIES =
      List.of(0.9, 0.99, 0.995, 0.999, 0.9995, 0.9999, 0.99999, 1.0);

  /** The durations an MTTF or an MTTR takes. */
  private static final List<Duration> DURATIONS = List.of(Duration.ofSeconds(1),
      Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(5),
      Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1),
      Duration.ofDays(7), Duration.ofDays(30));

  /** How many figures a service's choice picks from: form, availability, two durations. */
  static final int FIGURES = 4 * 8 * 10 * 10;

  private static final List<String> SETTINGS = List.of("storage", "region", "tier", "sso",
      "cache-mode", "mail-relay", "search-engine", "metrics-sink");

  private final int optional;
  private final int runtime;
  private final int oneShot;
  private final int gates;
  private final int external;
  private final int conditional;
  private final int present;
  private final List<Severity> severities;
  private final int reliability;

  /**
   * What decides one service: its lifecycle, whether it runs outside, its severity, whether it
   * is present only under a condition, and on which setting's value; whether it has a
   * reliability figure, and which.
   */
  record ServiceChoice(int lifecycle, int outside, int severity, int conditional, int setting,
      int value, int figured, int figure) {}

  /** What decides one dependency: optional, runtime, conditional, and on which setting's value. */
  record EdgeChoice(int optional, int runtime, int conditional, int setting, int value) {}

  /** Service {@code from} needs service {@code to}, {@code to < from}. */
  record Edge(int from, int to, EdgeChoice choice) {}

  Blueprint(double optional, double runtime, double oneShot, double gates,
      double external, double conditional, double present, List<Severity> severities,
      double reliability) {
    this.optional = cut(optional);
    this.runtime = cut(runtime);
    this.oneShot = cut(oneShot);
    this.gates = cut(gates);
    this.external = cut(external);
    this.conditional = cut(conditional);
    this.present = cut(present);
    this.severities = severities;
    this.reliability = cut(reliability);
  }

  /** How many of the {@link #SCALE} draws switch a feature of this share on. */
  private static int cut(double share) {
    return (int) Math.round(share * SCALE);
  }

  /** Whether a draw falls in the top {@code cut} of the scale: never for 0, always for all. */
  private static boolean on(int draw, int cut) {
    return draw >= SCALE - cut;
  }

  /** The name of service {@code index}. */
  static String name(int index) {
    String word = WORDS.get(index % WORDS.size());
    return index < WORDS.size() ? word : word + "-" + (index / WORDS.size() + 1);
  }

  /**
   * The edges of the numbered pairs, each pair decoded as {@code from > to}, sorted by number; a
   * number taken already stands for the next free one, so that every pair is used once.
   */
  static List<Edge> edges(long pairs, List<Long> numbers, List<EdgeChoice> choices) {
    TreeMap<Long, EdgeChoice> taken = new TreeMap<>();
    for (int i = 0; i < numbers.size(); i++) {
      long number = numbers.get(i);
      while (taken.containsKey(number)) {
        number = (number + 1) % pairs;
      }
      taken.put(number, choices.get(i));
    }
    List<Edge> edges = new ArrayList<>(taken.size());
    taken.forEach((pair, choice) -> {
      // Pairs are numbered 0 -> (1,0), 1 -> (2,0), 2 -> (2,1), 3 -> (3,0), ...
      int from = (int) ((1 + Math.sqrt(1 + 8.0 * pair)) / 2);
      while ((long) from * (from - 1) / 2 > pair) {
        from--;
      }
      while ((long) (from + 1) * from / 2 <= pair) {
        from++;
      }
      int to = (int) (pair - (long) from * (from - 1) / 2);
      edges.add(new Edge(from, to, choice));
    });
    return edges;
  }

  Topology build(List<ServiceChoice> choices, List<Edge> edges, List<Integer> valueCounts) {
    int n = choices.size();
    List<Setting> settings = new ArrayList<>();
    for (int s = 0; s < valueCounts.size(); s++) {
      List<String> values = new ArrayList<>();
      for (int v = 0; v < valueCounts.get(s); v++) {
        values.add("v" + v);
      }
      settings.add(Setting.builder().name(SETTINGS.get(s)).values(values).defaultValue("v0")
          .build());
    }
    Lifecycle[] lifecycles = new Lifecycle[n];
    boolean[] outside = new boolean[n];
    List<Optional<SettingCondition>> presence = new ArrayList<>(n);
    boolean noneInside = true;
    for (int i = 0; i < n; i++) {
      ServiceChoice choice = choices.get(i);
      int draw = choice.lifecycle();
      lifecycles[i] = on(draw, oneShot) ? Lifecycle.ONE_SHOT
          : on(draw, oneShot + gates) ? Lifecycle.STARTUP_ONLY : Lifecycle.LONG_RUNNING;
      outside[i] = on(choice.outside(), external);
      // The first service is always present, so that every installation has one.
      boolean conditional = i > 0 && !settings.isEmpty() && on(choice.conditional(), present);
      presence.add(conditional
          ? Optional.of(condition(settings, choice.setting(), choice.value()))
          : Optional.empty());
      noneInside &= outside[i] || conditional;
    }
    outside[0] &= !noneInside;
    List<List<Dependency>> dependencies = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      dependencies.add(new ArrayList<>());
    }
    for (Edge edge : edges) {
      dependencies.get(edge.from()).add(dependency(edge, lifecycles[edge.to()],
          presence.get(edge.to()).isPresent(), settings));
    }
    List<Service> services = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      services.add(Service.builder().name(name(i))
          .severity(severities.get(choices.get(i).severity()))
          .lifecycle(lifecycles[i])
          .startupGate(lifecycles[i] == Lifecycle.STARTUP_ONLY)
          .externalizable(outside[i]).external(outside[i])
          .presentWhen(presence.get(i))
          .dependencies(dependencies.get(i))
          .reliability(on(choices.get(i).figured(), reliability)
              ? Optional.of(figure(choices.get(i).figure())) : Optional.empty())
          .build());
    }
    return Topology.of(settings, services);
  }

  /**
   * The figure a number below {@link #FIGURES} stands for: its form (an availability alone, MTTF
   * and MTTR, an availability below 1 with an MTTR, or with an MTTF), then the availability and
   * the two durations; 0 is the smallest, 90% alone.
   */
  static Reliability figure(int number) {
    int form = number % 4;
    double availability = AVAILABILITIES.get(number / 4 % 8);
    Duration first = DURATIONS.get(number / 32 % 10);
    Duration second = DURATIONS.get(number / 320 % 10);
    double below = Math.min(availability, AVAILABILITIES.get(AVAILABILITIES.size() - 2));
    return switch (form) {
      case 0 -> Reliability.of(availability);
      case 1 -> Reliability.of(second, first);
      case 2 -> Reliability.builder().availability(below).mttr(first).build();
      default -> Reliability.builder().availability(below).mttf(second).build();
    };
  }

  private static SettingCondition condition(List<Setting> settings, int pick, int value) {
    Setting setting = settings.get(pick % settings.size());
    return SettingCondition.when(setting.name(),
        setting.values().get(value % setting.values().size()));
  }

  private Dependency dependency(
      Edge edge, Lifecycle target, boolean targetConditional, List<Setting> settings) {
    EdgeChoice choice = edge.choice();
    boolean task = target == Lifecycle.ONE_SHOT;
    boolean interaction = !task && on(choice.runtime(), runtime);
    Dependency.Builder dependency = Dependency.builder().target(name(edge.to()))
        .kind(interaction ? DependencyKind.RUNTIME : DependencyKind.STARTUP)
        .required(!on(choice.optional(), optional))
        .readiness(task ? Readiness.COMPLETED : Readiness.STARTED)
        .onlyIfPresent(targetConditional);
    if (interaction) {
      dependency.citation(name(edge.from()) + " talks to " + name(edge.to())
          + " while it runs.");
    }
    if (!settings.isEmpty() && on(choice.conditional(), conditional)) {
      dependency.condition(Optional.of(condition(settings, choice.setting(), choice.value())));
    }
    return dependency.build();
  }
}
