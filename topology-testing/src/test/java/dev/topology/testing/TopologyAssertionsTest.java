package dev.topology.testing;

import static dev.topology.testing.TopologyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupPlan;
import dev.topology.graph.triage.Triage;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both {@code assertThat}s imported at once: ours for the topology types, AssertJ's for others. */
class TopologyAssertionsTest {
  private final TopologyGraph graph = Shop.graph();

  @Test
  void assertThat_bothImported_picksTheKitsAssertForEachType() {
    Topology topology = graph.topology();
    StartupPlan plan = graph.startupPlan();
    Impact impact = graph.impact(Phase.STARTUP, "postgres");
    RootCauses causes = graph.rootCauses(Phase.STARTUP, "api");
    Triage triage = graph.triage(Shop.postgresDown());
    RestartPlan restart = graph.restartPlan("postgres");

    // Assigning each result to the kit's type is what checks the choice at compile time.
    TopologyAssert a = assertThat(topology);
    StartupPlanAssert b = assertThat(plan);
    ImpactAssert c = assertThat(impact);
    RootCausesAssert d = assertThat(causes);
    TriageAssert e = assertThat(triage);
    RestartPlanAssert f = assertThat(restart);

    assertThat(List.of(a, b, c, d, e, f)).extracting(Object::getClass).containsExactly(
        TopologyAssert.class, StartupPlanAssert.class, ImpactAssert.class,
        RootCausesAssert.class, TriageAssert.class, RestartPlanAssert.class);
    assertThat("api").startsWith("a");
  }

  @Test
  void topologyAssertions_isFinalWithAPrivateConstructor() throws Exception {
    assertThat(Modifier.isFinal(TopologyAssertions.class.getModifiers())).isTrue();
    assertThat(Modifier.isPrivate(
        TopologyAssertions.class.getDeclaredConstructor().getModifiers())).isTrue();
  }

  @Test
  void assertThat_null_failsAsAssertJDoes() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> assertThat((Impact) null).takesDown("api"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expecting actual not to be null");
  }
}
