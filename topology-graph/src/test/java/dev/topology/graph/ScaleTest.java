package dev.topology.graph;

import static dev.topology.graph.BigGraphs.onSmallStack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.lint.LintRule;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupCycle;
import dev.topology.graph.startup.StartupCycleException;
import dev.topology.graph.startup.StartupPlan;
import dev.topology.graph.startup.StartupSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A chain of a million services, each needing the one before it to start: the deepest graph
 * there is, which any recursive algorithm would overflow the stack on. Every query runs on a
 * thread with half the default stack; the timeout catches a quadratic step, which on a million
 * services would take hours instead of a fraction of a second.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ScaleTest {
  private static final int CHAIN = 1_000_000;
  private static TopologyGraph chain;

  private static String name(int i) {
    return BigGraphs.name("s", i);
  }

  @BeforeAll
  static void buildChain() {
    chain = onSmallStack(() -> TopologyGraph.of(BigGraphs.chain(CHAIN, false)));
  }

  @Test
  void plan_millionChain_hasOneWavePerService() {
    StartupPlan plan = chain.startupPlan();
    assertThat(plan.order()).hasSize(CHAIN);
    assertThat(plan.waves()).hasSize(CHAIN);
    assertThat(plan.waves().get(CHAIN - 1)).containsExactly(name(CHAIN - 1));
    assertThat(plan.waveOf(name(CHAIN - 1))).hasValue(CHAIN - 1);
    assertThat(plan.toString()).contains("... and " + (CHAIN - 12) + " more waves");
  }

  @Test
  void prerequisitesAndDependents_millionChain_reachTheOtherEnd() {
    List<String> prerequisites = onSmallStack(() -> chain.prerequisites(name(CHAIN - 1)));
    assertThat(prerequisites).hasSize(CHAIN - 1);
    assertThat(prerequisites.get(0)).isEqualTo(name(0));
    List<String> dependents = onSmallStack(() -> chain.dependents(name(0)));
    assertThat(dependents).hasSize(CHAIN - 1);
    assertThat(dependents.get(CHAIN - 2)).isEqualTo(name(CHAIN - 1));
  }

  @Test
  void impact_millionChain_reachesTheEndWithAMillionLongPath() {
    for (Phase phase : Phase.values()) {
      Impact impact = onSmallStack(() -> chain.impact(phase, name(0)));
      assertThat(impact.affected()).hasSize(CHAIN - 1);
      AffectedService last = impact.affected(name(CHAIN - 1)).orElseThrow();
      assertThat(last.path()).hasSize(CHAIN);
      assertThat(last.cause()).isEqualTo(name(0));
      assertThat(last.via()).isEqualTo(name(CHAIN - 2));
      assertThat(last.toString()).contains(" -> ... ");
      assertThat(impact.wholeSystemDown()).isTrue();
      assertThat(impact.toString()).contains("... and " + (CHAIN - 1 - 12) + " more");
      assertThat(impact).isEqualTo(onSmallStack(() -> chain.impact(phase, name(0))));
    }
  }

  @Test
  void impact_everyOtherServiceFailed_eachTakesDownItsNeighbour() {
    List<String> failed = new ArrayList<>(CHAIN / 2);
    for (int i = CHAIN - 2; i >= 0; i -= 2) {
      failed.add(name(i));
    }
    Impact impact = onSmallStack(() -> chain.impact(Phase.STARTUP, failed));
    assertThat(impact.failed()).hasSize(CHAIN / 2).startsWith(name(0), name(2));
    assertThat(impact.affected()).hasSize(CHAIN / 2);
    assertThat(impact.affected(name(CHAIN - 1)).orElseThrow().path())
        .containsExactly(name(CHAIN - 2), name(CHAIN - 1));
  }

  @Test
  void schedule_millionChain_criticalChainIsTheWholeChain() {
    StartupSchedule schedule = onSmallStack(
        () -> chain.startupSchedule(Map.of(name(5), Duration.ofSeconds(3))));
    assertThat(schedule.criticalChain()).hasSize(CHAIN);
    assertThat(schedule.totalDuration()).isEqualTo(Duration.ofSeconds(3));
    assertThat(schedule.readyTimes()).hasSize(CHAIN);
  }

  @Test
  void blastRadius_millionChain_countsEveryServiceInLinearTime() {
    // Each service takes down every later one; no V-by-V matrix, no quadratic step.
    for (Phase phase : Phase.values()) {
      BlastRadius blast = onSmallStack(() -> chain.blastRadius(phase));
      assertThat(blast.ranking().get(0))
          .hasToString(name(0) + " (MEDIUM) takes down 999999 (worst MEDIUM)");
      assertThat(blast.ranking().get(CHAIN - 1).takesDown()).isZero();
    }
  }

  @Test
  void restartAndRootCauses_millionChain_followTheWholeChain() {
    assertThat(onSmallStack(() -> chain.restartPlan(name(0))).waves()).hasSize(CHAIN - 1);
    // Every service of the chain takes the last one down: the last itself first, then each
    // one before it with one more service down.
    RootCauses causes = onSmallStack(() -> chain.rootCauses(Phase.RUNTIME, name(CHAIN - 1)));
    assertThat(causes.candidates()).hasSize(CHAIN);
    assertThat(causes.candidates().get(2)).hasToString(name(CHAIN - 3) + " (2 also down: "
        + name(CHAIN - 3) + " itself, " + name(CHAIN - 2) + ")");
  }

  @Test
  void lintAndDiff_millionChain_finishWithoutQuadraticWork() {
    // Services 0 to 499998 take down more than half of the million, at either phase; a chain
    // has no redundant dependency.
    List<LintFinding> findings = onSmallStack(chain::lint);
    assertThat(findings).hasSize(499_999)
        .allSatisfy(f -> assertThat(f.rule()).isEqualTo(LintRule.SINGLE_POINT_OF_FAILURE));
    assertThat(onSmallStack(() -> TopologyDiff.of(chain, chain)).isEmpty()).isTrue();
  }

  @Test
  void of_hundredThousandCycle_namesTheWholeCycleWithoutOverflow() {
    int length = 100_000;
    StartupCycleException e = onSmallStack(() -> catchThrowableOfType(
        StartupCycleException.class, () -> TopologyGraph.of(BigGraphs.chain(length, true))));
    StartupCycle cycle = e.cycles().get(0);
    assertThat(cycle.witness()).hasSize(length);
    // The witness starts at the first name and follows dependencies: s0000000 needs s0099999.
    assertThat(cycle.witness().get(1)).isEqualTo(name(length - 1));
    assertThat(cycle.edgeToRemove()).hasToString(name(1) + " -> " + name(0));
    assertThat(cycle.isSimpleCycle()).isTrue();
    assertThat(e.getMessage()).startsWith("The startup dependencies form a cycle,"
        + " so no startup order exists: s0000000 -> s0099999 -> s0099998 -> ")
        .contains("-> ... (99988 more) -> s0000000 (removing the dependency s0000001 -> s0000000");
  }
}
