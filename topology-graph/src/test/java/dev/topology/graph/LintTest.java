package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Lifecycle;
import dev.topology.api.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintTest {

  @Test
  void lint_oneShotTaskNobodyWaitsFor_isUnused() {
    // seed (one-shot) needs db; nothing needs seed. migrate (one-shot) is needed by warm
    // (one-shot), which api needs: waited for through another task, so not unused. x, y and z
    // keep db's failure (4 down) from reaching more than half.
    Topology t = Fixtures.topology("seed>db", "api>warm", "warm>migrate", "migrate>db", "x", "y",
        "z");
    t = Fixtures.with(t, "seed", Lifecycle.ONE_SHOT);
    t = Fixtures.with(t, "warm", Lifecycle.ONE_SHOT);
    t = Fixtures.with(t, "migrate", Lifecycle.ONE_SHOT);
    assertThat(TopologyGraph.of(t).lint()).containsExactly(new LintFinding(
        LintRule.UNUSED_ONE_SHOT, List.of("seed"), "One-shot task 'seed' is needed to start by"
            + " no long-running service, directly or through other tasks, so nothing waits for"
            + " it."));
  }

  @Test
  void lint_runtimeInteractionsWithTaskAndGate_areReported() {
    // poller talks to migrate (one-shot) and to gate (startup-only) while running.
    Topology t = Fixtures.topology("poller~>migrate", "poller~>gate", "api>migrate");
    t = Fixtures.gate(Fixtures.with(t, "migrate", Lifecycle.ONE_SHOT), "gate");
    List<LintFinding> findings = TopologyGraph.of(t).lint();
    assertThat(findings).extracting(LintFinding::rule).containsExactly(
        LintRule.RUNTIME_DEPENDENCY_ON_ONE_SHOT, LintRule.SINGLE_POINT_OF_FAILURE,
        LintRule.RUNTIME_DEPENDENCY_ON_STARTUP_ONLY);
    assertThat(findings.get(0).services()).containsExactly("poller", "migrate");
    assertThat(findings.get(0).message()).isEqualTo("'poller' talks to 'migrate' while running,"
        + " but 'migrate' is a one-shot task that exits once it has run at startup.");
    // The gate takes down the other three at startup, more than half of four.
    assertThat(findings.get(1)).hasToString("SINGLE_POINT_OF_FAILURE: 'gate' takes down more"
        + " than half of the 4 services: 3 if it fails at startup.");
    assertThat(findings.get(2).message()).isEqualTo("'poller' talks to 'gate' while running,"
        + " but 'gate' is needed only while the system starts.");
  }

  @Test
  void lint_hubOfAChain_isASinglePointOfFailureInBothPhases() {
    // c > b > a: a's failure takes down 2 of 3 at either phase; b's takes down 1, not over half.
    assertThat(Fixtures.graph("c>b", "b>a").lint()).extracting(LintFinding::message)
        .containsExactly("'a' takes down more than half of the 3 services: 2 if it fails at"
            + " startup and 2 if it fails while running.");
  }

  @Test
  void lint_dependencyImpliedByAnotherPath_isRedundantWithTheFirstWitnessByName() {
    /*
     *   web ──► api ──► db      web > db is implied by web > api > db and web > cache > db;
     *    │  └─► cache ──┘       the witness is the first by name, api.
     *    └────────────────► db
     */
    List<LintFinding> findings =
        Fixtures.graph("web>api", "web>cache", "web>db", "api>db", "cache>db", "x").lint();
    assertThat(findings).filteredOn(f -> f.rule() == LintRule.REDUNDANT_DEPENDENCY)
        .containsExactly(new LintFinding(LintRule.REDUNDANT_DEPENDENCY, List.of("web", "db"),
            "'web' needs 'db' to start, which it already needs through 'api'; the dependency"
                + " adds no ordering."));
  }

  @Test
  void lint_cleanTopology_findsNothing() {
    assertThat(Fixtures.graph("a>b", "c>d", "e").lint()).isEmpty();
  }

  @Test
  void lint_takingDownExactlyHalf_isNoSinglePointOfFailure() {
    //   a ──► c ◄── b    d: c takes down two of four services, half and no more
    assertThat(Fixtures.graph("a>c", "b>c", "d").lint()).isEmpty();
    //   adding e ──► c makes it three of five, more than half
    assertThat(Fixtures.graph("a>c", "b>c", "e>c", "d", "f").lint()).isEmpty();
    assertThat(Fixtures.graph("a>c", "b>c", "e>c", "d").lint())
        .extracting(LintFinding::services).containsExactly(List.of("c"));
  }
}
