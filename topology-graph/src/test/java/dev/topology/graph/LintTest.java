package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.lint.LintRule;
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
    assertThat(TopologyGraph.of(t).lint()).containsExactly(LintFinding.of(
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
        .containsExactly(LintFinding.of(LintRule.REDUNDANT_DEPENDENCY, List.of("web", "db"),
            "'web' needs 'db' to start, and already needs it through web -> api -> db, required"
                + " at every step and long-running throughout: a failure of 'db' reaches 'web'"
                + " that way at startup and at runtime, so removing it changes no order, impact,"
                + " restart plan or root cause."));
  }

  @Test
  void lint_dependencyAlsoReachedThroughOneShotTask_isNotRedundant() {
    /*
     *   app ──► migrate ──► db     app > db is implied at startup, but migrate is a one-shot
     *    └──────────────────► db   task: at runtime only the direct edge carries db's failure.
     */
    Topology topology = Fixtures.topology("app>migrate", "app>db", "migrate>db")
        .withService("migrate", s -> s.toBuilder().lifecycle(Lifecycle.ONE_SHOT).build());
    assertThat(TopologyGraph.of(topology).lint()).noneMatch(
        f -> f.rule() == LintRule.REDUNDANT_DEPENDENCY);
  }

  @Test
  void lint_oneShotTaskImpliedByAnotherPath_isRedundantAndSaysWhyRuntimeIsUnaffected() {
    // migrate > db is implied by migrate > api > db; migrate never runs on, so only startup
    // counts, and there the other chain is required at every step.
    Topology topology = Fixtures.topology("migrate>api", "migrate>db", "api>db")
        .withService("migrate", s -> s.toBuilder().lifecycle(Lifecycle.ONE_SHOT).build());
    assertThat(TopologyGraph.of(topology).lint())
        .filteredOn(f -> f.rule() == LintRule.REDUNDANT_DEPENDENCY)
        .extracting(LintFinding::message).containsExactly(
        "'migrate' needs 'db' to start, and already needs it through migrate -> api -> db,"
            + " required at every step: removing it changes no startup order and no impact at"
            + " startup; at runtime it carries nothing, since 'migrate' does not run on once"
            + " started.");
  }

  @Test
  void lint_requiredDependencyImpliedOnlyThroughOptionalOne_isNotRedundant() {
    // web wants cache, which needs db: the chain orders web after db, but carries no failure.
    Topology topology = Topology.of(
        Service.builder().name("web").severity(Severity.MEDIUM)
            .addDependencies(Dependency.startup("cache").asOptional(), Dependency.startup("db"))
            .build(),
        Service.of("cache", Severity.LOW, "db"),
        Service.of("db", Severity.HIGH));
    assertThat(TopologyGraph.of(topology).lint()).noneMatch(
        f -> f.rule() == LintRule.REDUNDANT_DEPENDENCY);
  }

  @Test
  void lint_optionalDependencyImpliedByAnyChain_isRedundant() {
    Topology topology = Topology.of(
        Service.builder().name("web").severity(Severity.MEDIUM)
            .addDependencies(Dependency.startup("api"), Dependency.startup("db").asOptional())
            .build(),
        Service.of("api", Severity.LOW, "db"),
        Service.of("db", Severity.HIGH));
    assertThat(TopologyGraph.of(topology).lint())
        .filteredOn(f -> f.rule() == LintRule.REDUNDANT_DEPENDENCY)
        .extracting(LintFinding::message).containsExactly(
        "'web' wants 'db' to start first, and already waits for it through web -> api -> db; the"
            + " optional dependency adds no ordering and carries no failure.");
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
