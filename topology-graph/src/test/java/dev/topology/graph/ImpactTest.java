package dev.topology.graph;

import static dev.topology.graph.Fixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImpactTest {

  private final TopologyGraph graph = TopologyGraph.of(Fixtures.withMigrationAndGate());

  @Test
  void impact_startupDb_takesDownEverythingThatNeedsItToStart() {
    Impact impact = graph.impact(Phase.STARTUP, "db");
    assertThat(impact.affectedNames()).containsExactly("api", "jobs", "migrate", "web");
    assertThat(impact.affected("web").map(AffectedService::path))
        .contains(List.of("db", "api", "web"));
    assertThat(impact.affected("jobs").map(AffectedService::path))
        .contains(List.of("db", "migrate", "jobs"));
    assertThat(impact.wholeSystemDown()).isFalse();
  }

  @Test
  void impact_runtimeDb_skipsOneShotTaskAndFollowsInteractions() {
    // migrate has run and exited; jobs needed it only to start. poller talks to api.
    Impact impact = graph.impact(Phase.RUNTIME, "db");
    assertThat(impact.affectedNames()).containsExactly("api", "poller", "web");
    assertThat(impact.affected("poller").get().path()).containsExactly("db", "api", "poller");
    assertThat(impact.affected("poller").get().via()).isEqualTo("api");
    assertThat(impact.affected("api").get().via()).isEqualTo("db");
  }

  @Test
  void impact_runtimeOneShotTask_affectsNothing() {
    Impact impact = graph.impact(Phase.RUNTIME, "migrate");
    assertThat(impact.affected()).isEmpty();
    assertThat(impact.propagatedSeverity()).isEmpty();
    assertThat(impact.failedSeverity()).isEqualTo(Severity.LOW);
    assertThat(impact.worstSeverity()).isEqualTo(Severity.LOW);
  }

  @Test
  void impact_startupOneShotTask_keepsItsLowSeverityApartFromWhatItReaches() {
    Impact impact = graph.impact(Phase.STARTUP, "migrate");
    assertThat(impact.affectedNames()).containsExactly("jobs");
    assertThat(impact.failedSeverity()).isEqualTo(Severity.LOW);
    assertThat(impact.propagatedSeverity()).contains(Severity.HIGH);
    assertThat(impact.worstSeverity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void worstSeverity_highFailureTakingDownMedium_isTheFailedServicesOwn() {
    // db is HIGH; what it takes down at runtime (api, poller, web) is MEDIUM.
    Impact impact = graph.impact(Phase.RUNTIME, "db");
    assertThat(impact.failedSeverity()).isEqualTo(Severity.HIGH);
    assertThat(impact.propagatedSeverity()).contains(Severity.MEDIUM);
    assertThat(impact.worstSeverity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void impact_startupGate_takesTheWholeSystemDown() {
    Impact impact = graph.impact(Phase.STARTUP, "gate");
    assertThat(impact.wholeSystemDown()).isTrue();
    assertThat(impact.affectedNames())
        .containsExactly("api", "db", "jobs", "migrate", "poller", "web");
    assertThat(impact.affected("web").get().path()).containsExactly("gate", "web");
    assertThat(impact.affected("web").get().via()).isEqualTo("gate");
    assertThat(graph.impact(Phase.RUNTIME, "gate").affected()).isEmpty();
  }

  @Test
  void impact_gateThatCannotStart_alsoTakesTheSystemDown() {
    Topology t = Fixtures.gate(Fixtures.topology("gate>base", "app"), "gate");
    Impact impact = TopologyGraph.of(t).impact(Phase.STARTUP, "base");
    assertThat(impact.affectedNames()).containsExactly("app", "gate");
    assertThat(impact.affected("app").get().path()).containsExactly("base", "gate", "app");
  }

  @Test
  void affected_order_isWorstSeverityFirstThenByName() {
    assertThat(graph.impact(Phase.STARTUP, "db").affected())
        .extracting(AffectedService::name).containsExactly("jobs", "api", "web", "migrate");
  }

  @Test
  void impact_severalFailed_pathsStartAtTheFirstByName() {
    //   both a and b are needed by c; c's path starts at a
    TopologyGraph g = graph("c>a", "c>b");
    Impact impact = g.impact(Phase.STARTUP, "b", "a", "b");
    assertThat(impact.failed()).containsExactly("a", "b");
    assertThat(impact.affected("c").get().path()).containsExactly("a", "c");
    assertThat(impact.affected("c").get().cause()).isEqualTo("a");
    assertThat(impact.affected("a")).isEqualTo(Optional.empty());
  }

  @Test
  void impact_broadDependents_areNotesNotEdges() {
    Topology t = Fixtures.broad(Fixtures.topology("app>db", "queue"), "queue",
        DependencyKind.RUNTIME, "Most of our services use the queue.");
    Impact impact = TopologyGraph.of(t).impact(Phase.RUNTIME, "queue");
    assertThat(impact.affected()).isEmpty();
    assertThat(impact.notes()).singleElement()
        .hasToString("queue: unnamed runtime dependents: \"Most of our services use the queue.\"");
  }

  @Test
  void wholeSystemDown_runtime_countsOnlyLongRunningServices() {
    //   app ──► db        task (one-shot, has exited by runtime)
    Topology t = Fixtures.with(Fixtures.topology("app>db", "task"), "task", Lifecycle.ONE_SHOT);
    assertThat(TopologyGraph.of(t).impact(Phase.RUNTIME, "db").wholeSystemDown()).isTrue();
    assertThat(TopologyGraph.of(t).impact(Phase.STARTUP, "db").wholeSystemDown()).isFalse();
  }

  @Test
  void impact_externalService_isNotTakenDownByTheGate() {
    Topology t = Fixtures.externalizable(Fixtures.withMigrationAndGate(), "db");
    TopologyGraph external =
        TopologyGraph.of(t, Deployment.builder().addExternalized("db").build());
    Impact impact = external.impact(Phase.STARTUP, "gate");
    assertThat(impact.affectedNames()).doesNotContain("db");
    assertThat(impact.wholeSystemDown()).isTrue();
  }

  @Test
  void toString_startupDb_isReadable() {
    assertThat(graph.impact(Phase.STARTUP, "db")).hasToString("""
        Impact[STARTUP failure of db (HIGH): 4 services affected (worst HIGH)
          jobs (HIGH) via db -> migrate -> jobs
          api (MEDIUM) via db -> api
          web (MEDIUM) via db -> api -> web
          migrate (LOW) via db -> migrate]""");
  }

  @Test
  void impact_equalInputs_giveEqualReports() {
    assertThat(graph.impact(Phase.STARTUP, "db"))
        .isEqualTo(TopologyGraph.of(Fixtures.withMigrationAndGate()).impact(Phase.STARTUP, List.of("db")))
        .isNotEqualTo(graph.impact(Phase.RUNTIME, "db"));
  }

  @Test
  void impact_badArguments_throwWithASentence() {
    assertThatThrownBy(() -> graph.impact(null, "db"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("An impact needs a phase, not null: Phase.STARTUP or Phase.RUNTIME.");
    assertThatThrownBy(() -> graph.impact(Phase.STARTUP))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("An impact needs at least one failed service, such as"
            + " impact(Phase.STARTUP, \"db\").");
    assertThatThrownBy(() -> graph.impact(Phase.STARTUP, (String[]) null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("An impact needs the failed services, not null.");
    assertThatThrownBy(() -> graph.impact(Phase.STARTUP, (List<String>) null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("An impact needs the failed services, not null.");
    assertThatThrownBy(() -> graph.impact(Phase.STARTUP, "db", null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A service name passed to impact is null.");
    assertThatThrownBy(() -> graph.impact(Phase.STARTUP, "dbb"))
        .isInstanceOf(NoSuchServiceException.class)
        .hasMessage("No service is named 'dbb'. Did you mean 'db'?");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void impact_rawCollectionOfNonNames_throwsNoClassCastException() {
    List raw = new ArrayList();
    raw.add(42);
    assertThatThrownBy(() -> graph.impact(Phase.STARTUP, raw))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("An impact was given 42 (a java.lang.Integer), which is not a service name.");
  }

  @Test
  void affected_list_isUnmodifiable() {
    Impact impact = graph.impact(Phase.STARTUP, "db");
    assertThatThrownBy(() -> impact.affected().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> impact.affected().get(0).path().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void impact_nothingStartedHere_isNotTheWholeSystemDown() {
    Topology t = Fixtures.externalizable(Fixtures.topology("db"), "db");
    TopologyGraph outside = TopologyGraph.of(t,
        Deployment.builder().addExternalized("db").build());
    assertThat(outside.impact(Phase.STARTUP, "db").wholeSystemDown()).isFalse();
  }

  @Test
  void impact_oneShotTaskWithBroadDependents_notedOnlyAtStartup() {
    Topology t = Fixtures.broad(Fixtures.with(Fixtures.topology("migrate"), "migrate",
        Lifecycle.ONE_SHOT), "migrate", DependencyKind.STARTUP, "Every service waits for it.");
    TopologyGraph g = TopologyGraph.of(t);
    assertThat(g.impact(Phase.STARTUP, "migrate").notes()).hasSize(1);
    assertThat(g.impact(Phase.RUNTIME, "migrate").notes()).isEmpty();
  }

  @Test
  void impact_fewAffectedInALargeGraph_byNameWithinASeverity() {
    // The search finds z-first before a-second; the report lists them by name. Two affected
    // among two hundred services: the report sorts them rather than reading a bitset.
    List<String> specs = new ArrayList<>(List.of("z-first>hub", "a-second>z-first"));
    for (int i = 0; i < 200; i++) {
      specs.add("other-" + i);
    }
    TopologyGraph g = TopologyGraph.of(Fixtures.topology(specs.toArray(String[]::new)));

    assertThat(g.impact(Phase.STARTUP, "hub").affected()).extracting(AffectedService::name)
        .containsExactly("a-second", "z-first");
  }

  @Test
  void impact_runtimeAsManyFailedAsRunning_notAllRunning_systemNotDown() {
    Topology t = Fixtures.with(Fixtures.topology("a", "b", "m"), "m", Lifecycle.ONE_SHOT);
    TopologyGraph g = TopologyGraph.of(t);

    assertThat(g.impact(Phase.RUNTIME, "a", "m").wholeSystemDown()).isFalse();
    assertThat(g.impact(Phase.RUNTIME, "a", "b").wholeSystemDown()).isTrue();
  }
}
