package dev.topology.testing;

import dev.topology.api.Topology;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.StartupPlan;
import dev.topology.graph.triage.Triage;

/**
 * The one entry point of the kit's AssertJ assertions: {@code assertThat(..)} for a topology and
 * for each of the engine's answers, each returning an assertion whose checks chain.
 *
 * <pre>{@code
 * import static dev.topology.testing.TopologyAssertions.assertThat;
 *
 * assertThat(topology).hasNoCycles().hasService("db");
 * assertThat(graph.startupPlan()).startsBefore("postgres", "api").inSameWave("api", "worker");
 * assertThat(graph.impact(Phase.RUNTIME, "postgres")).takesDown("api").spares("redis")
 *     .hasWorstSeverity(Severity.HIGH);
 * assertThat(graph.triage(observation)).hasRootCause("postgres").isNotWholeSystemDown();
 * }</pre>
 *
 * <p>A test may import both {@code org.assertj.core.api.Assertions.assertThat} and this class's
 * {@code assertThat} statically: for these types Java picks the overloads here, which are more
 * specific than AssertJ's {@code assertThat(Object)}.
 *
 * <p>Every assertion means what the engine's answer means, and asks the answer rather than
 * computing anything itself. A service name that the topology does not have never passes or
 * fails quietly: the assertion fails with the closest names the topology has.
 */
public final class TopologyAssertions {
  private TopologyAssertions() {}

  /**
   * Starts assertions on a topology.
   *
   * @param actual the topology to check; null fails every assertion
   * @return the assertion
   */
  public static TopologyAssert assertThat(Topology actual) {
    return new TopologyAssert(actual);
  }

  /**
   * Starts assertions on a startup plan.
   *
   * @param actual the plan to check; null fails every assertion
   * @return the assertion
   */
  public static StartupPlanAssert assertThat(StartupPlan actual) {
    return new StartupPlanAssert(actual);
  }

  /**
   * Starts assertions on the impact of a failure.
   *
   * @param actual the impact to check; null fails every assertion
   * @return the assertion
   */
  public static ImpactAssert assertThat(Impact actual) {
    return new ImpactAssert(actual);
  }

  /**
   * Starts assertions on root-cause candidates.
   *
   * @param actual the candidates to check; null fails every assertion
   * @return the assertion
   */
  public static RootCausesAssert assertThat(RootCauses actual) {
    return new RootCausesAssert(actual);
  }

  /**
   * Starts assertions on a triage.
   *
   * @param actual the triage to check; null fails every assertion
   * @return the assertion
   */
  public static TriageAssert assertThat(Triage actual) {
    return new TriageAssert(actual);
  }

  /**
   * Starts assertions on a restart plan.
   *
   * @param actual the plan to check; null fails every assertion
   * @return the assertion
   */
  public static RestartPlanAssert assertThat(RestartPlan actual) {
    return new RestartPlanAssert(actual);
  }
}
