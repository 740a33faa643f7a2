package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.impact.ImpactNote;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.lint.LintRule;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupCycle;
import dev.topology.graph.startup.StartupCycleException;
import dev.topology.graph.startup.StartupSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every value the engine returns is equal to the same value from another engine of the same
 * topology, with the same hash code and text, and differs from values that differ.
 *
 * <pre>
 *   web ──► api ──► db ──► migrate (one-shot)     "a ──► b": a needs b to start
 *   poller ~~┘                                    "a ~~► b": a talks to b while running
 *   queue (broad runtime dependents)   logs
 * </pre>
 */
class ValueSemanticsTest {
  private static Topology topology() {
    Topology t = Fixtures.topology("web>api", "api>db", "db>migrate", "poller~>api", "queue",
        "logs");
    t = Fixtures.with(t, "migrate", Lifecycle.ONE_SHOT);
    t = Fixtures.with(t, "db", Severity.HIGH);
    return Fixtures.broad(t, "queue", DependencyKind.RUNTIME, "Most use the queue.");
  }

  private static final TopologyGraph ONE = TopologyGraph.of(topology());
  private static final TopologyGraph TWO = TopologyGraph.of(topology());
  private static final TopologyGraph OTHER = TopologyGraph.of(
      topology().withService("logs", s -> s.toBuilder().severity(Severity.HIGH).build()));

  /**
   * The value from {@link #ONE} equals the one from {@link #TWO}, with the same hash code and
   * text; it differs from each of {@code different}, the first of which also hashes apart.
   */
  private static <T> void assertValue(Function<TopologyGraph, T> value, Object... different) {
    T one = value.apply(ONE);
    T two = value.apply(TWO);
    assertThat(one).isEqualTo(one).isEqualTo(two).hasSameHashCodeAs(two)
        .hasToString(two.toString()).isNotEqualTo(null).isNotEqualTo("a string");
    for (Object other : different) {
      assertThat(one).isNotEqualTo(other);
      assertThat(other).isNotEqualTo(one);
    }
    assertThat(one.hashCode()).isNotEqualTo(different[0].hashCode());
  }

  @Test
  void plan_equalityAndHash() {
    assertValue(TopologyGraph::startupPlan,
        TopologyGraph.of(Fixtures.topology("web>api", "api>db")).startupPlan(),
        Fixtures.graph("web>api", "api>db", "db>migrate", "poller~>api", "queue", "logs",
            "logs>queue").startupPlan());
  }

  @Test
  void schedule_equalityAndHash() {
    Map<String, Duration> durations = Map.of("db", Duration.ofSeconds(3));
    assertValue(g -> g.startupSchedule(durations),
        Fixtures.graph("web>api").startupSchedule(Map.of()),
        ONE.startupSchedule(Map.of("db", Duration.ofSeconds(4))));
  }

  @Test
  void impact_equalityAndHash() {
    assertValue(g -> g.impact(Phase.STARTUP, "db"), ONE.impact(Phase.RUNTIME, "db"),
        ONE.impact(Phase.STARTUP, "api"),
        TopologyGraph.of(Fixtures.broad(topology(), "db", DependencyKind.STARTUP, "All."))
            .impact(Phase.STARTUP, "db"),
        TopologyGraph.of(Fixtures.with(topology(), "web", Severity.HIGH))
            .impact(Phase.STARTUP, "db"),
        Fixtures.graph("web>api", "api>db", "db>migrate", "poller~>api", "queue", "logs",
            "logs>db").impact(Phase.STARTUP, "db"));
  }

  @Test
  void affectedService_equalityAndHash() {
    assertValue(g -> g.impact(Phase.STARTUP, "db").affected("web").orElseThrow(),
        ONE.impact(Phase.STARTUP, "db").affected("api").orElseThrow(),
        ONE.impact(Phase.STARTUP, "api").affected("web").orElseThrow(),
        TopologyGraph.of(Fixtures.with(topology(), "web", Severity.HIGH))
            .impact(Phase.STARTUP, "db").affected("web").orElseThrow(),
        TopologyGraph.of(topology().withService("web",
                s -> s.toBuilder().failureEffect("The site is down.").build()))
            .impact(Phase.STARTUP, "db").affected("web").orElseThrow());
    assertThat(ONE.impact(Phase.STARTUP, "db").affected("web").orElseThrow().failureEffect())
        .isEmpty();
  }

  @Test
  void impact_isAffected_onlyTheAffected() {
    Impact impact = ONE.impact(Phase.RUNTIME, "db");
    assertThat(impact.isAffected("poller")).isTrue();
    assertThat(impact.isAffected("db")).isFalse();
    assertThat(impact.isAffected("logs")).isFalse();
    assertThat(impact.isAffected("migrate")).isFalse();
  }

  @Test
  void notes_equalityHashAndParts() {
    assertValue(g -> g.impact(Phase.RUNTIME, "queue").notes().get(0),
        TopologyGraph.of(Fixtures.broad(topology(), "queue", DependencyKind.RUNTIME, "All."))
            .impact(Phase.RUNTIME, "queue").notes().get(0),
        TopologyGraph.of(Fixtures.broad(topology(), "queue", DependencyKind.STARTUP,
            "Most use the queue.")).impact(Phase.RUNTIME, "queue").notes().get(0));
    ImpactNote note = ONE.impact(Phase.RUNTIME, "queue").notes().get(0);
    assertThat(note.service()).isEqualTo("queue");
    assertThat(note.kind()).isEqualTo(DependencyKind.RUNTIME);
    assertThat(note).hasToString("queue: unnamed runtime dependents: \"Most use the queue.\"");
  }

  @Test
  void blastRadius_equalityAndHash() {
    assertValue(g -> g.blastRadius(Phase.RUNTIME), ONE.blastRadius(Phase.STARTUP),
        OTHER.blastRadius(Phase.RUNTIME));
    assertThat(ONE.blastRadius(Phase.STARTUP).phase()).isEqualTo(Phase.STARTUP);
    assertValue(g -> g.blastRadius(Phase.RUNTIME).of("db"),
        ONE.blastRadius(Phase.RUNTIME).of("api"), ONE.blastRadius(Phase.STARTUP).of("db"),
        OTHER.blastRadius(Phase.RUNTIME).of("logs"));
  }

  @Test
  void restartPlan_equalityAndHash() {
    assertValue(g -> g.restartPlan("db"), ONE.restartPlan("api"),
        Fixtures.graph("web>api", "api>db", "x>db").restartPlan("db"));
  }

  @Test
  void rootCauses_equalityAndHash() {
    assertValue(g -> g.rootCauses(Phase.RUNTIME, "web"), ONE.rootCauses(Phase.RUNTIME, "api"),
        ONE.rootCauses(Phase.STARTUP, "web"),
        Fixtures.graph("web>api", "api>db").rootCauses(Phase.RUNTIME, "web"));
    assertThat(ONE.rootCauses(Phase.STARTUP, "web").phase()).isEqualTo(Phase.STARTUP);
    assertValue(g -> g.rootCauses(Phase.RUNTIME, "web").candidates().get(1),
        ONE.rootCauses(Phase.RUNTIME, "web").candidates().get(2),
        ONE.rootCauses(Phase.STARTUP, "web").candidates().get(1),
        ONE.rootCauses(Phase.RUNTIME, "web", "poller").candidates().get(0));
  }

  @Test
  void lintAndDiff_equalityAndHash() {
    TopologyGraph gated = TopologyGraph.of(Fixtures.gate(topology(), "logs"));
    assertValue(g -> TopologyGraph.of(Fixtures.gate(topology(), "logs")).lint().get(0),
        TopologyGraph.of(Fixtures.gate(topology(), "web")).lint().get(0),
        LintFinding.of(LintRule.SINGLE_POINT_OF_FAILURE, List.of("logs"), "Another text."));
    assertThat(gated.lint().get(0).rule().description())
        .isEqualTo("a service whose failure takes down more than half of the topology");
    assertValue(g -> TopologyDiff.of(g, OTHER), TopologyDiff.of(ONE, Fixtures.graph("web")),
        TopologyDiff.of(ONE, TopologyGraph.of(Fixtures.with(topology(), "web", Severity.HIGH))),
        TopologyDiff.of(ONE, ONE));
    assertValue(g -> TopologyDiff.of(g, OTHER).severityChanges().get(0),
        TopologyDiff.of(OTHER, ONE).severityChanges().get(0));
    assertValue(g -> TopologyDiff.of(g, Fixtures.graph("web>api")).removedEdges().get(0),
        Edge.of("api", "db", DependencyKind.RUNTIME, true), Edge.of("api", "dc", DependencyKind.STARTUP, true),
        Edge.of("apj", "db", DependencyKind.STARTUP, true));
  }

  @Test
  void cycle_equalityAndHash() {
    Function<String[], StartupCycle> cycle = specs -> {
      try {
        Fixtures.graph(specs);
        throw new AssertionError("no cycle");
      } catch (StartupCycleException e) {
        return e.cycles().get(0);
      }
    };
    StartupCycle one = cycle.apply(new String[] {"a>b", "b>c", "c>a"});
    StartupCycle two = cycle.apply(new String[] {"c>a", "b>c", "a>b"});
    StartupCycle other = cycle.apply(new String[] {"a>b", "b>a"});
    StartupCycle notSimple = cycle.apply(new String[] {"a>b", "b>a", "b>c", "c>a"});
    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo(other)
        .isNotEqualTo(notSimple).isNotEqualTo(null);
    assertThat(one.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(one.isSimpleCycle()).isTrue();
    assertThat(notSimple.isSimpleCycle()).isFalse();
    assertThat(one).hasToString("a -> b -> c -> a (removing the dependency c -> a breaks it)");
  }

  /** s00 &lt;── s01 &lt;── ... &lt;── s19: twenty services, more than any text lists. */
  private static TopologyGraph chainOfTwenty() {
    List<String> specs = new ArrayList<>();
    for (int i = 1; i < 20; i++) {
      specs.add(String.format("s%02d>s%02d", i, i - 1));
    }
    return Fixtures.graph(specs.toArray(String[]::new));
  }

  @Test
  void toStrings_longLists_firstDozenAndACount() {
    TopologyGraph chain = chainOfTwenty();
    assertThat(chain.blastRadius(Phase.RUNTIME).toString()).startsWith(
        "BlastRadius[RUNTIME, 20 services\n  1. s00 (MEDIUM) takes down 19 (worst MEDIUM)\n")
        .endsWith("\n  12. s11 (MEDIUM) takes down 8 (worst MEDIUM)\n  ... and 8 more]");
    assertThat(chain.impact(Phase.STARTUP, "s00").toString())
        .endsWith(" -> s12\n  ... and 7 more]");
    assertThat(chain.startupPlan().toString())
        .endsWith("\n  wave 11: s11\n  ... and 8 more waves\n  external: none]");
    assertThat(chain.restartPlan("s00").toString()).startsWith(
        "RestartPlan[after s00: 19 services in 19 waves\n  wave 0: s01\n")
        .endsWith("\n  wave 11: s12\n  ... and 7 more waves]");
    assertThat(chain.rootCauses(Phase.RUNTIME, "s19").toString()).startsWith(
        "RootCauses[RUNTIME failure of s19: 20 candidates\n  1. s19 (nothing else down)\n"
            + "  2. s18 (1 also down: s18 itself)\n")
        .endsWith("\n  ... and 8 more]");
    Map<String, Duration> durations = new LinkedHashMap<>();
    for (int i = 0; i < 20; i++) {
      durations.put(String.format("s%02d", i), Duration.ofSeconds(i));
    }
    assertThat(chain.startupSchedule(durations).toString()).startsWith(
        "StartupSchedule[total PT3M10S, critical chain of 20 services\n  s00: ready at PT0S\n")
        .endsWith("\n  s11: ready at PT1M6S\n  ... and 8 more]");
    assertThat(chain.impact(Phase.STARTUP, "s00").affected("s12").orElseThrow()).hasToString(
        "s12 (MEDIUM) via s00 -> s01 -> s02 -> s03 -> s04 -> s05 -> ... (1 more) -> s07 -> s08"
            + " -> s09 -> s10 -> s11 -> s12");
    assertThat(chain.impact(Phase.STARTUP, "s00").affected("s11").orElseThrow()).hasToString(
        "s11 (MEDIUM) via s00 -> s01 -> s02 -> s03 -> s04 -> s05 -> s06 -> s07 -> s08 -> s09"
            + " -> s10 -> s11");
  }

  @Test
  void toStrings_diffSections_eachWithItsCount() {
    String diff = TopologyDiff.of(chainOfTwenty(), Fixtures.graph("s01>s00", "x")).toString();
    assertThat(diff).startsWith("TopologyDiff[services added (1):\n  x\n"
        + "services removed (18):\n  s02\n")
        .contains("\n  s13\n  ... and 6 more\ndependencies removed (18):\n  s02 -> s01\n",
            "\n  s13 -> s12\n  ... and 6 more\nblast radius changes at startup (2):\n",
            "\nblast radius changes at runtime (2):\n  s00: takes down 19 (worst MEDIUM) ->"
                + " takes down 1 (worst MEDIUM)\n");
    assertThat(TopologyDiff.of(ONE, OTHER).toString()).isEqualTo("TopologyDiff[severity changes"
        + " (1):\n  logs: MEDIUM -> HIGH]");
    assertThat(TopologyDiff.of(ONE, ONE)).hasToString("TopologyDiff[no differences]");
  }

  @Test
  void messages_listsAndPaths_cutAfterADozen() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      names.add("n" + i);
    }
    assertThat(Messages.list(names.subList(0, 12)))
        .isEqualTo("n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11");
    assertThat(Messages.list(names.subList(0, 13)))
        .isEqualTo("n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11 and 1 more");
    assertThat(Messages.list(names)).endsWith("n11 and 2 more");
    assertThat(Messages.path(names.subList(0, 12)))
        .isEqualTo("n0 -> n1 -> n2 -> n3 -> n4 -> n5 -> n6 -> n7 -> n8 -> n9 -> n10 -> n11");
    assertThat(Messages.path(names)).isEqualTo(
        "n0 -> n1 -> n2 -> n3 -> n4 -> n5 -> ... (2 more) -> n8 -> n9 -> n10 -> n11 -> n12 -> n13");
  }

  @Test
  void views_indexOutOfRange_sayHowLongTheListIs() {
    List<String> firstWave = ONE.startupPlan().waves().get(0);
    assertThatThrownBy(() -> firstWave.get(firstWave.size()))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("Index 4 is out of a list of 4 names.");
    List<AffectedService> affected = ONE.impact(Phase.STARTUP, "db").affected();
    assertThatThrownBy(() -> affected.get(2)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("Index 2 is out of a list of 2 affected services.");
    List<RootCause> candidates = ONE.rootCauses(Phase.RUNTIME, "web").candidates();
    assertThatThrownBy(() -> candidates.get(3)).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("Index 3 is out of a list of 3 candidates.");
  }

  @Test
  void cycle_longerThanADozen_cutInItsText() {
    List<String> specs = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      specs.add(String.format("c%02d>c%02d", i, (i + 1) % 15));
    }
    StartupCycleException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        StartupCycleException.class, () -> Fixtures.graph(specs.toArray(String[]::new)));
    assertThat(e.cycles().get(0)).hasToString("c00 -> c01 -> c02 -> c03 -> c04 -> c05 -> c06"
        + " -> c07 -> c08 -> c09 -> c10 -> c11 -> ... (3 more) -> c00 (removing the dependency"
        + " c14 -> c00 breaks it)");
  }

  @Test
  void diff_addedDependency_listedInItsSection() {
    assertThat(TopologyDiff.of(Fixtures.graph("a", "b"), Fixtures.graph("a>b")).toString())
        .contains("dependencies added (1):\n  a -> b\n");
  }
}
