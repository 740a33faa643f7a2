package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Severity;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlastRadiusTest {

  private final TopologyGraph graph = TopologyGraph.of(Fixtures.withMigrationAndGate());

  @Test
  void blastRadius_startup_ranksTheGateFirstThenDbByWhatTheyTakeDown() {
    // gate: the other 6. db: api, web, migrate, jobs (4, worst HIGH from jobs). migrate: jobs
    // (1, HIGH). api: web (1, MEDIUM). The rest: nothing, by name.
    assertThat(graph.blastRadius(Phase.STARTUP).ranking()).extracting(ServiceBlast::toString)
        .containsExactly("gate (MEDIUM) takes down 6 (worst HIGH)",
            "db (HIGH) takes down 4 (worst HIGH)",
            "migrate (LOW) takes down 1 (worst HIGH)",
            "api (MEDIUM) takes down 1 (worst MEDIUM)",
            "jobs (HIGH) takes down 0", "poller (MEDIUM) takes down 0",
            "web (MEDIUM) takes down 0");
  }

  @Test
  void blastRadius_runtime_oneShotAndGateTakeNothingDown() {
    // db: api, then web and poller through api. api: web and poller. migrate has exited, the
    // gate is needed only at startup, and jobs needs migrate only to start.
    BlastRadius blast = graph.blastRadius(Phase.RUNTIME);
    assertThat(blast.ranking()).extracting(ServiceBlast::service)
        .containsExactly("db", "api", "gate", "jobs", "migrate", "poller", "web");
    assertThat(blast.of("db").takesDown()).isEqualTo(3);
    assertThat(blast.of("api").propagatedSeverity()).contains(Severity.MEDIUM);
    assertThat(blast.of("migrate").takesDown()).isZero();
    assertThat(blast.of("migrate").propagatedSeverity()).isEmpty();
    // Its own severity when it takes nothing down; the worse of the two otherwise.
    assertThat(blast.of("migrate").worstSeverity()).isEqualTo(Severity.LOW);
    assertThat(blast.of("api").worstSeverity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void blastRadius_runtimeCycle_everyMemberTakesDownTheOthers() {
    // a ~> b ~> c ~> a while running, and d needs a to start.
    TopologyGraph cyclic = Fixtures.graph("a~>b", "b~>c", "c~>a", "d>a");
    BlastRadius blast = cyclic.blastRadius(Phase.RUNTIME);
    assertThat(blast.of("a").takesDown()).isEqualTo(3);
    assertThat(blast.of("b").takesDown()).isEqualTo(3);
    assertThat(blast.of("d").takesDown()).isZero();
    assertThat(cyclic.blastRadius(Phase.STARTUP).of("a").takesDown()).isEqualTo(1);
  }

  @Test
  void blastRadius_ladderOf200_countsEveryServiceExactly() {
    // s(i) needs s(i-1) and s(i-2): every service has two dependents that share what they
    // take down, so none is counted by adding up, and four batches of 64 run. The failure of
    // s(i) takes down every later one: 199 - i.
    List<String> specs = new ArrayList<>();
    for (int i = 1; i < 200; i++) {
      specs.add(String.format("s%03d>s%03d", i, i - 1));
      if (i > 1) {
        specs.add(String.format("s%03d>s%03d", i, i - 2));
      }
    }
    BlastRadius blast = Fixtures.graph(specs.toArray(String[]::new)).blastRadius(Phase.STARTUP);
    for (int i = 0; i < 200; i++) {
      assertThat(blast.ranking().get(i).service()).isEqualTo(String.format("s%03d", i));
      assertThat(blast.ranking().get(i).takesDown()).isEqualTo(199 - i);
    }
  }

  @Test
  void blastRadius_sameEngine_isKeptAndEqual() {
    assertThat(graph.blastRadius(Phase.STARTUP)).isSameAs(graph.blastRadius(Phase.STARTUP))
        .isEqualTo(TopologyGraph.of(Fixtures.withMigrationAndGate()).blastRadius(Phase.STARTUP))
        .isNotEqualTo(graph.blastRadius(Phase.RUNTIME));
  }

  @Test
  void of_unknownName_suggestsTheClosest() {
    assertThatThrownBy(() -> graph.blastRadius(Phase.STARTUP).of("dbb"))
        .hasMessageContaining("'db'");
  }

  @Test
  void blastRadius_nullPhase_isRejected() {
    assertThatThrownBy(() -> graph.blastRadius(null)).isInstanceOf(InvalidQueryException.class)
        .hasMessage("A blast radius needs a phase, not null: Phase.STARTUP or Phase.RUNTIME.");
  }

  @Test
  void toString_startup_listsTheRanking() {
    assertThat(graph.blastRadius(Phase.STARTUP).toString())
        .startsWith("BlastRadius[STARTUP, 7 services\n  1. gate (MEDIUM) takes down 6 (worst HIGH)"
            + "\n  2. db (HIGH) takes down 4 (worst HIGH)")
        .endsWith("7. web (MEDIUM) takes down 0]");
  }

  @Test
  void ranking_outOfRange_saysWhy() {
    assertThatThrownBy(() -> graph.blastRadius(Phase.STARTUP).ranking().get(7))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("Index 7 is out of a ranking of 7 services.");
    assertThat(Optional.of(graph.blastRadius(Phase.STARTUP).ranking().get(0).severity()))
        .contains(Severity.MEDIUM);
  }
}
