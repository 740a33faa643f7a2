package dev.topology.graph;

import static dev.topology.graph.Fixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.TopologyException;
import dev.topology.graph.startup.StartupCycle;
import dev.topology.graph.startup.StartupCycleException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupCycleTest {

  @Test
  void of_threeServiceCycle_namesItInOrderWithTheEdgeToRemove() {
    //   a ──► b ──► c ──► a      d ──► a
    assertThatThrownBy(() -> graph("a>b", "b>c", "c>a", "d>a"))
        .isInstanceOf(StartupCycleException.class)
        .isInstanceOf(TopologyException.class)
        .hasMessage("The startup dependencies form a cycle, so no startup order exists:"
            + " a -> b -> c -> a (removing the dependency c -> a breaks it).");
  }

  @Test
  void of_twoSeparateCycles_namesBothByFirstName() {
    //   x ──► y ──► x        b ──► c ──► b ──► ok
    StartupCycleException e = catchThrowableOfType(StartupCycleException.class,
        () -> graph("x>y", "y>x", "b>c", "c>b", "b>ok"));
    assertThat(e).hasMessage("""
        The startup dependencies form 2 cycles, so no startup order exists:
        - b -> c -> b (removing the dependency c -> b breaks it).
        - x -> y -> x (removing the dependency y -> x breaks it).""");
    assertThat(e.cycles()).extracting(StartupCycle::witness)
        .containsExactly(List.of("b", "c"), List.of("x", "y"));
    assertThat(e.cycles()).extracting(StartupCycle::edgeToRemove)
        .containsExactly(Edge.of("c", "b", DependencyKind.STARTUP, true),
            Edge.of("y", "x", DependencyKind.STARTUP, true));
  }

  @Test
  void of_knotOfTwoCycles_givesShortestWitnessThroughFirstService() {
    //   a ──► b ──► c ──► a
    //   a ──► d ──► a,  b ──► d: one group {a, b, c, d} with several cycles
    StartupCycleException e = catchThrowableOfType(StartupCycleException.class,
        () -> graph("a>b", "b>c", "c>a", "b>d", "d>a", "a>d"));
    StartupCycle cycle = e.cycles().get(0);
    assertThat(e.cycles()).hasSize(1);
    assertThat(cycle.services()).containsExactly("a", "b", "c", "d");
    assertThat(cycle.witness()).containsExactly("a", "d");
    assertThat(cycle.edgeToRemove()).hasToString("d -> a");
    assertThat(cycle.isSimpleCycle()).isFalse();
    assertThat(e).hasMessage("The startup dependencies form a cycle, so no startup order exists:"
        + " a -> d -> a, one cycle among the 4 services a, b, c, d that need each other"
        + " (removing the dependency d -> a breaks this one).");
  }

  @Test
  void of_sameShortestLength_breaksTieByName() {
    //   a ──► c ──► a   and   a ──► b ──► a: both of length 2; b is first by name
    StartupCycleException e = catchThrowableOfType(StartupCycleException.class,
        () -> graph("a>c", "c>a", "a>b", "b>a"));
    assertThat(e.cycles().get(0).witness()).containsExactly("a", "b");
  }

  @Test
  void of_runtimeCycle_isNoError() {
    assertThat(graph("a~>b", "b~>c", "c~>a").startupPlan().order())
        .containsExactly("a", "b", "c");
  }

  @Test
  void of_cycleThroughExternalService_isNoError() {
    // An external db starts elsewhere; its own startup dependency on api is not ours to order.
    var topology = Fixtures.externalizable(Fixtures.topology("api>db", "db>api"), "db");
    var graph = TopologyGraph.of(topology, Deployment.builder().addExternalized("db").build());
    assertThat(graph.startupPlan().order()).containsExactly("api");
    assertThatThrownBy(() -> TopologyGraph.of(topology))
        .isInstanceOf(StartupCycleException.class);
  }

  @Test
  void cycles_manyCycles_messageIsCutButDataIsComplete() {
    String[] specs = new String[40];
    for (int i = 0; i < 20; i++) {
      specs[2 * i] = "s" + (char) ('a' + i) + ">t" + (char) ('a' + i);
      specs[2 * i + 1] = "t" + (char) ('a' + i) + ">s" + (char) ('a' + i);
    }
    StartupCycleException e = catchThrowableOfType(StartupCycleException.class,
        () -> graph(specs));
    assertThat(e.cycles()).hasSize(20);
    assertThat(e.getMessage()).startsWith("The startup dependencies form 20 cycles")
        .endsWith("\n- and 8 more (see cycles()).");
  }
}
