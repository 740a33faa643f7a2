package dev.topology.graph;

import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.impact.ImpactNote;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.impact.AffectedService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.DependencyKind;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The facts that reports read off the answers: the end and length of impact paths, the unnamed
 * dependents a phase hits, a root cause's own severity and limited candidate lists, and
 * prerequisites and dependents as answers that name their service.
 */
class AnswerFactsTest {

  /** {@code s0 <- s1 <- ... <- s(n-1)}: each needs the one before it to start. */
  private static TopologyGraph chain(int n) {
    List<String> specs = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      specs.add(name(i) + ">" + name(i - 1));
    }
    return Fixtures.graph(specs.toArray(String[]::new));
  }

  private static String name(int i) {
    return String.format("s%02d", i);
  }

  @Test
  void pathLength_chain_countsBothEnds() {
    Impact impact = chain(15).impact(Phase.STARTUP, "s00");
    AffectedService last = impact.affected(name(14)).orElseThrow();
    assertThat(last.pathLength()).isEqualTo(15).isEqualTo(last.path().size());
    assertThat(last.cause()).isEqualTo("s00");
    for (AffectedService each : impact.affected()) {
      assertThat(each.pathLength()).isEqualTo(each.path().size());
      assertThat(each.cause()).isEqualTo(each.path().get(0));
    }
  }

  @Test
  void pathEnd_longerPath_keepsItsLastServices() {
    AffectedService last = chain(15).impact(Phase.STARTUP, "s00").affected(name(14)).get();
    assertThat(last.pathEnd(3)).containsExactly("s12", "s13", "s14");
    assertThat(last.pathEnd(100)).isEqualTo(last.path());
    assertThat(last.pathEnd(1)).containsExactly("s14");
  }

  @Test
  void pathEnd_lessThanOne_isRefusedWithTheFix() {
    AffectedService api = Fixtures.graph("api>db").impact(Phase.STARTUP, "db")
        .affected("api").get();
    assertThatThrownBy(() -> api.pathEnd(0))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("The end of a path must hold at least 1 service, not 0; pathEnd(2) gives"
            + " this service and the one before it.");
  }

  @Test
  void pathLength_twoFailedServices_startsEachPathAtItsOwnCause() {
    Impact impact = Fixtures.graph("web>api", "api>db", "jobs>queue")
        .impact(Phase.STARTUP, "db", "queue");
    assertThat(impact.affected("web").get().cause()).isEqualTo("db");
    assertThat(impact.affected("web").get().pathLength()).isEqualTo(3);
    assertThat(impact.affected("jobs").get().cause()).isEqualTo("queue");
    assertThat(impact.affected("jobs").get().pathLength()).isEqualTo(2);
  }

  @Test
  void unnamedDependents_startupPhase_keepsStartupStatementsOnly() {
    Topology t = Fixtures.broad(Fixtures.topology("api>db", "queue"), "queue",
        DependencyKind.RUNTIME, "Most of our services use it.");
    t = Fixtures.broad(t, "db", DependencyKind.STARTUP, "Everything needs it to start.");
    TopologyGraph graph = TopologyGraph.of(t);
    assertThat(graph.impact(Phase.STARTUP, "queue").unnamedDependents()).isEmpty();
    assertThat(graph.impact(Phase.STARTUP, "db").unnamedDependents())
        .extracting(ImpactNote::citation).containsExactly("Everything needs it to start.");
    assertThat(graph.impact(Phase.RUNTIME, "queue", "db").unnamedDependents())
        .extracting(ImpactNote::service).containsExactly("db", "queue");
  }

  @Test
  void severity_rootCauseOfSeveral_isTheWorstOfItsServices() {
    Topology t = Fixtures.with(Fixtures.topology("web>api", "jobs>queue"), "queue",
        Severity.HIGH);
    RootCauses causes = TopologyGraph.of(t).rootCauses(Phase.STARTUP, "web", "jobs");
    RootCause upstream = causes.candidates().stream()
        .filter(c -> c.services().equals(List.of("api", "queue"))).findFirst().orElseThrow();
    assertThat(upstream.severity()).isEqualTo(Severity.HIGH);
    assertThat(causes.best().orElseThrow().services()).containsExactly("jobs", "web");
    assertThat(causes.best().get().severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void limit_fewerThanFound_listsTheBestAndCountsAll() {
    RootCauses all = chain(6).rootCauses(Phase.STARTUP, "s05");
    assertThat(all.found()).isEqualTo(all.candidates().size()).isGreaterThan(2);
    RootCauses two = all.limit(2);
    assertThat(two.candidates()).isEqualTo(all.candidates().subList(0, 2));
    assertThat(two.found()).isEqualTo(all.found());
    assertThat(two.exhaustive()).isEqualTo(all.exhaustive());
    assertThat(all.limit(all.found())).isSameAs(all);
    assertThat(two.toString()).startsWith("RootCauses[STARTUP failure of s05: "
        + all.found() + " candidates").endsWith("... and 4 more]");
  }

  @Test
  void limit_lessThanOne_isRefusedWithTheFix() {
    RootCauses causes = chain(3).rootCauses(Phase.STARTUP, "s02");
    assertThatThrownBy(() -> causes.limit(0))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A root-cause answer lists at least 1 candidate, not 0; limit(1) keeps the"
            + " best.");
  }

  @Test
  void prerequisitesOf_alias_namesTheServiceAndListsInStartupOrder() {
    TopologyGraph graph = Fixtures.graph("web>api", "api>db", "web>cache");
    ServiceReach reach = graph.prerequisitesOf("web");
    assertThat(reach.service()).isEqualTo("web");
    assertThat(reach.direction()).isEqualTo(ServiceReach.Direction.PREREQUISITES);
    assertThat(reach.services()).isEqualTo(graph.prerequisites("web"));
    ServiceReach dependents = graph.dependentsOf("db");
    assertThat(dependents.direction()).isEqualTo(ServiceReach.Direction.DEPENDENTS);
    assertThat(dependents.services()).containsExactly("api", "web");
    assertThat(dependents).isEqualTo(graph.dependentsOf("db"))
        .hasToString("db DEPENDENTS [api, web]");
  }
}
