package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.ContainerState;
import dev.topology.api.Observation;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageCause;
import org.junit.jupiter.api.Test;

/** The severities and causes that a triage's one-line summary names. */
class TriageSummaryTest {

  /*
   *   web ──► db (HIGH)      worker ──► cache (MEDIUM)      mail (LOW)
   */
  private static TopologyGraph graph() {
    Topology t = Fixtures.topology("web>db", "worker>cache", "mail");
    t = Fixtures.with(t, "db", Severity.HIGH);
    t = Fixtures.with(t, "mail", Severity.LOW);
    return TopologyGraph.of(t);
  }

  @Test
  void summary_threeIndependentFailures_namesEachCauseWithItsOwnSeverity() {
    Observation seen = Observation.builder().add("web", ContainerState.RUNNING)
        .add("db", ContainerState.EXITED).add("worker", ContainerState.RUNNING)
        .add("cache", ContainerState.EXITED).add("mail", ContainerState.EXITED).build();
    Triage triage = graph().triage(seen);
    assertThat(triage.causes()).extracting(TriageCause::service)
        .containsExactly("cache", "db", "mail");
    assertThat(triage.unexplained()).isEmpty();
    // HIGH is db's own, so the whole is said no worse; cache stays MEDIUM.
    assertThat(triage.summary()).startsWith(
        "3 services down, 3 root causes: cache (MEDIUM), db (HIGH), mail (LOW). 2 more at risk");
  }

  @Test
  void summary_lowCauseTakingDownAHighService_addsTheWorstSeverity() {
    Topology t = Fixtures.topology("api>db");
    t = Fixtures.with(t, "db", Severity.LOW);
    t = Fixtures.with(t, "api", Severity.HIGH);
    Observation seen = Observation.builder().add("api", ContainerState.RUNNING)
        .add("db", ContainerState.EXITED).build();
    Triage triage = TopologyGraph.of(t).triage(seen);
    assertThat(triage.severity()).contains(Severity.HIGH);
    assertThat(triage.summary())
        .startsWith("1 service down, 1 root cause: db (LOW), worst HIGH. 1 more at risk");
  }
}
