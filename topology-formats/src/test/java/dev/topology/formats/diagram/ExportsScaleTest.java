package dev.topology.formats.diagram;

import static dev.topology.formats.diagram.BigGraphs.onSmallStack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
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
class ExportsScaleTest {
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
  void exports_millionChain_writeEveryServiceWithoutOverflow() {
    String dot = onSmallStack(() -> Exports.dot(chain));
    assertThat(dot).endsWith("  \"" + name(CHAIN - 1) + "\" -> \"" + name(CHAIN - 2) + "\";\n}\n");
    String mermaid = onSmallStack(() -> Exports.mermaid(chain.impact(Phase.STARTUP, name(0))));
    assertThat(mermaid).endsWith("  s" + (CHAIN - 1) + " --> s" + (CHAIN - 2) + "\n");
  }

}
