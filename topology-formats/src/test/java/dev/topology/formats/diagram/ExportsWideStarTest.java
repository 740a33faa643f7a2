package dev.topology.formats.diagram;

import static dev.topology.formats.diagram.BigGraphs.onSmallStack;
import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Severity;
import dev.topology.graph.TopologyGraph;
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
class ExportsWideStarTest {
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
  void exports_star_everyEdge() {
    String dot = onSmallStack(() -> Exports.dot(star));
    assertContains(dot, "\n  \"top\" -> \"leaf0999999\";\n", "\n  \"leaf0000000\" -> \"hub\";\n");
    // Nodes are numbered in name order: hub s0, the leaves s1 to s1000000, top s1000001.
    assertContains(onSmallStack(() -> Exports.mermaid(star)),
        "\n  s" + (WIDTH + 1) + " --> s" + WIDTH + "\n", "\n  s" + WIDTH + " --> s0\n");
    // An impact draws the path of each affected service: the top's goes through the first leaf.
    String impact = onSmallStack(() -> Exports.mermaid(star.impact(Phase.RUNTIME, "hub")));
    assertContains(impact, "\n  s" + (WIDTH + 1) + " --> s1\n", "\n  s" + WIDTH + " --> s0\n");
    assertThat(impact.contains("\n  s" + (WIDTH + 1) + " --> s" + WIDTH + "\n")).isFalse();
  }

  /** Checks without quoting the whole export, which runs to tens of megabytes, on failure. */
  private static void assertContains(String export, String... parts) {
    for (String part : parts) {
      assertThat(export.contains(part)).as("the export contains %s", part).isTrue();
    }
  }
}
