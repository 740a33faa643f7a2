package dev.topology.graph;

import static dev.topology.graph.BigGraphs.onSmallStack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Severity;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupPlan;
import dev.topology.graph.startup.StartupSchedule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A million leaves between a hub they all need and a top that needs them all (see {@link
 * BigGraphs#star(int)}): two million dependencies, one service with a million dependents and
 * one with a million dependencies. The widest graph a query meets; the timeout catches a
 * quadratic step.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WideStarTest {
  private static final int WIDTH = 1_000_000;
  private static final int ALL = WIDTH + 2;
  private static TopologyGraph star;
  private static List<String> leaves;

  @BeforeAll
  static void buildStar() {
    star = onSmallStack(() -> TopologyGraph.of(BigGraphs.star(WIDTH)));
    leaves = star.startupPlan().waves().get(1);
  }

  @Test
  void plan_star_hasThreeWaves() {
    StartupPlan plan = star.startupPlan();
    assertThat(plan.order()).hasSize(ALL).startsWith("hub").endsWith("top");
    assertThat(plan.waves()).hasSize(3);
    assertThat(plan.waves().get(0)).containsExactly("hub");
    assertThat(leaves).hasSize(WIDTH).startsWith("leaf0000000", "leaf0000001");
    assertThat(plan.waves().get(2)).containsExactly("top");
    assertThat(star.toString()).startsWith("TopologyGraph[" + ALL + " services (0 external), "
        + 2 * WIDTH + " startup dependencies");
  }

  @Test
  void prerequisites_top_isEveryOtherService() {
    List<String> prerequisites = onSmallStack(() -> star.prerequisites("top"));
    assertThat(prerequisites).hasSize(WIDTH + 1).startsWith("hub", "leaf0000000")
        .endsWith("leaf0999999");
    assertThat(star.prerequisites("leaf0000007")).containsExactly("hub");
  }

  @Test
  void dependents_hub_isEveryOtherService() {
    List<String> dependents = onSmallStack(() -> star.dependents("hub"));
    assertThat(dependents).hasSize(WIDTH + 1).startsWith("leaf0000000").endsWith("top");
    assertThat(star.dependents("leaf0000007")).containsExactly("top");
  }

  @Test
  void impact_hub_takesDownEverythingWorstFirst() {
    for (Phase phase : Phase.values()) {
      Impact impact = onSmallStack(() -> star.impact(phase, "hub"));
      assertThat(impact.affected()).hasSize(WIDTH + 1);
      assertThat(impact.affected().get(0).name()).isEqualTo("leaf0000000");
      assertThat(impact.affected().get(WIDTH).name()).isEqualTo("top");
      assertThat(impact.affected("top").orElseThrow().path())
          .containsExactly("hub", "leaf0000000", "top");
      assertThat(impact.propagatedSeverity()).hasValue(Severity.MEDIUM);
      assertThat(impact.wholeSystemDown()).isTrue();
    }
  }

  @Test
  void impact_everyLeafFailed_takesDownOnlyTheTop() {
    Impact impact = onSmallStack(() -> star.impact(Phase.RUNTIME, leaves));
    assertThat(impact.failed()).hasSize(WIDTH);
    assertThat(impact.affectedNames()).containsExactly("top");
    assertThat(impact.affected("top").orElseThrow().path()).containsExactly("leaf0000000", "top");
    assertThat(impact.wholeSystemDown()).isFalse();
  }

  @Test
  void schedule_star_criticalChainThroughTheSlowestLeaf() {
    StartupSchedule schedule = onSmallStack(() -> star.startupSchedule(Map.of(
        "hub", Duration.ofSeconds(1), "leaf0999999", Duration.ofSeconds(5),
        "top", Duration.ofSeconds(2))));
    assertThat(schedule.totalDuration()).isEqualTo(Duration.ofSeconds(8));
    assertThat(schedule.criticalChain()).containsExactly("hub", "leaf0999999", "top");
  }

  @Test
  void blastRadius_star_hubTakesDownEverythingLeavesOnlyTheTop() {
    for (Phase phase : Phase.values()) {
      BlastRadius blast = onSmallStack(() -> star.blastRadius(phase));
      assertThat(blast.ranking().get(0))
          .hasToString("hub (HIGH) takes down " + (WIDTH + 1) + " (worst MEDIUM)");
      assertThat(blast.of("leaf0000007").takesDown()).isEqualTo(1);
      assertThat(blast.ranking().get(ALL - 1).service()).isEqualTo("top");
    }
  }

  @Test
  void rootCauses_everyLeafObserved_onlyTheHubExplainsThem() {
    RootCauses causes = onSmallStack(() -> star.rootCauses(Phase.STARTUP, leaves));
    assertThat(causes.candidates()).extracting(RootCause::toString)
        .containsExactly("hub (2 also down: hub itself, top)");
    // The top is explained by itself, the hub and every leaf.
    assertThat(onSmallStack(() -> star.rootCauses(Phase.RUNTIME, "top")).candidates())
        .hasSize(ALL);
  }

  @Test
  void restartAndLint_star() {
    RestartPlan restart = onSmallStack(() -> star.restartPlan("hub"));
    assertThat(restart.waves()).hasSize(2);
    assertThat(restart.waves().get(0)).hasSize(WIDTH);
    assertThat(onSmallStack(star::lint)).extracting(LintFinding::services)
        .containsExactly(List.of("hub"));
    assertThat(onSmallStack(() -> TopologyDiff.of(star, star)).isEmpty()).isTrue();
  }

  /** Checks without quoting the whole export, which runs to tens of megabytes, on failure. */
  private static void assertContains(String export, String... parts) {
    for (String part : parts) {
      assertThat(export.contains(part)).as("the export contains %s", part).isTrue();
    }
  }
}
