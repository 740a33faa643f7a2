package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A chain of a million services, each needing the one before it to start: the deepest graph
 * there is, which any recursive algorithm would overflow the stack on.
 */
class ScaleTest {
  private static final int CHAIN = 1_000_000;
  private static TopologyGraph chain;

  private static String name(int i) {
    return String.format("s%07d", i);
  }

  /** s0000000 <── s0000001 <── ... <── s0999999, optionally closed into a cycle. */
  private static Topology chain(int length, boolean closed) {
    List<Service> services = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      Service.Builder builder = Service.builder().name(name(i)).severity(Severity.MEDIUM);
      if (i > 0 || closed) {
        builder.addDependencies(Dependency.startup(name((i + length - 1) % length)));
      }
      services.add(builder.build());
    }
    return Topology.of(services);
  }

  @BeforeAll
  static void buildChain() {
    chain = TopologyGraph.of(chain(CHAIN, false));
  }

  @Test
  void plan_millionChain_hasOneWavePerService() {
    StartupPlan plan = chain.startupPlan();
    assertThat(plan.order()).hasSize(CHAIN);
    assertThat(plan.waves()).hasSize(CHAIN);
    assertThat(plan.waves().get(CHAIN - 1)).containsExactly(name(CHAIN - 1));
  }

  @Test
  void prerequisitesAndDependents_millionChain_reachTheOtherEnd() {
    List<String> prerequisites = chain.prerequisites(name(CHAIN - 1));
    assertThat(prerequisites).hasSize(CHAIN - 1);
    assertThat(prerequisites.get(0)).isEqualTo(name(0));
    assertThat(chain.dependents(name(0))).hasSize(CHAIN - 1);
  }

  @Test
  void impact_millionChain_reachesTheEndWithAMillionLongPath() {
    for (Phase phase : Phase.values()) {
      Impact impact = chain.impact(phase, name(0));
      assertThat(impact.affected()).hasSize(CHAIN - 1);
      assertThat(impact.affected(name(CHAIN - 1)).get().path()).hasSize(CHAIN);
      assertThat(impact.wholeSystemDown()).isTrue();
      assertThat(impact.toString()).contains("... and " + (CHAIN - 1 - 12) + " more");
    }
  }

  @Test
  void schedule_millionChain_criticalChainIsTheWholeChain() {
    StartupSchedule schedule = chain.startupSchedule(Map.of(name(5), Duration.ofSeconds(3)));
    assertThat(schedule.criticalChain()).hasSize(CHAIN);
    assertThat(schedule.totalDuration()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void of_hundredThousandCycle_namesTheWholeCycleWithoutOverflow() {
    int length = 100_000;
    StartupCycleException e = catchThrowableOfType(StartupCycleException.class,
        () -> TopologyGraph.of(chain(length, true)));
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
