package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.restart.RestartRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Restart plans of topologies that declare restarts ({@code "a!>b"}: a restarts with b). */
class RestartPlanDeclaredTest {

  /*
   *   web ──► api ═══► db ◄─── worker
   *   jobs ═══► api          (═══► declares a restart)
   */
  private final TopologyGraph graph =
      Fixtures.graph("web>api", "api!>db", "worker>db", "jobs!>api");

  @Test
  void restartPlan_declaredChain_restartsTheChainTransitivelyAndListsTheRestToCheck() {
    // api declares it restarts with db, jobs with api: both restart, api first (jobs needs it).
    // web and worker need api or db, so are at risk, but declare nothing: to check.
    RestartPlan plan = graph.restartPlan("db");
    assertThat(plan.rule()).isEqualTo(RestartRule.DECLARED);
    assertThat(plan.order()).containsExactly("api", "jobs");
    assertThat(plan.waves()).containsExactly(List.of("api"), List.of("jobs"));
    assertThat(plan.toCheck()).containsExactly("web", "worker");
    assertThat(plan.waveOf("web")).isEmpty();
    assertThat(plan.toString()).isEqualTo("RestartPlan[after db: 2 services in 2 waves, as"
        + " declared\n  wave 0: api\n  wave 1: jobs\n  to check: web, worker]");
  }

  @Test
  void restartPlan_declaredTopologyServiceWithoutDeclarations_restartsNothingChecksAll() {
    // worker restarting touches nothing; restarting api: jobs declares, web does not.
    assertThat(graph.restartPlan("worker").order()).isEmpty();
    RestartPlan plan = graph.restartPlan("api");
    assertThat(plan.order()).containsExactly("jobs");
    assertThat(plan.toCheck()).containsExactly("web");
  }

  @Test
  void restartPlan_nothingDeclared_allAtRiskRestartAndNothingToCheck() {
    RestartPlan plan = Fixtures.graph("web>api", "api>db", "worker>db").restartPlan("db");
    assertThat(plan.rule()).isEqualTo(RestartRule.ALL_AT_RISK);
    assertThat(plan.order()).containsExactly("api", "worker", "web");
    assertThat(plan.toCheck()).isEmpty();
  }

  @Test
  void restartPlan_declarationOnRestartedService_notRestartedAgain() {
    // a and b restart together; b declares it restarts with a: already restarting.
    RestartPlan plan = Fixtures.graph("b!>a", "c>b").restartPlan("a", "b");
    assertThat(plan.order()).isEmpty();
    assertThat(plan.toCheck()).containsExactly("c");
  }

  @Test
  void restartRule_words_forPeople() {
    assertThat(RestartRule.DECLARED.words()).isEqualTo("declared");
    assertThat(RestartRule.ALL_AT_RISK.words()).isEqualTo("all at risk");
  }
}
