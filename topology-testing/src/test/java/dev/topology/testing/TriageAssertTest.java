package dev.topology.testing;

import static dev.topology.api.Severity.HIGH;
import static dev.topology.api.Severity.LOW;
import static dev.topology.testing.Failures.fails;
import static dev.topology.testing.Failures.refuses;
import static dev.topology.testing.TopologyAssertions.assertThat;

import dev.topology.api.ContainerState;
import dev.topology.api.Dependency;
import dev.topology.api.Observation;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.Verdict;
import org.junit.jupiter.api.Test;

/** Triage of {@link Shop#postgresDown()}; its javadoc works out the answer by hand. */
class TriageAssertTest {
  private final TopologyGraph shop = Shop.graph();
  private final Triage down = shop.triage(Shop.postgresDown());

  /** Everything running, migrate completed: nothing failed. */
  private Triage allUp() {
    return shop.triage(Observation.builder().complete()
        .add("postgres", ContainerState.RUNNING).add("api", ContainerState.RUNNING)
        .add("worker", ContainerState.RUNNING).add("migrate", ContainerState.EXITED, 0)
        .add("redis", ContainerState.RUNNING).add("web", ContainerState.RUNNING)
        .add("poller", ContainerState.RUNNING).build());
  }

  @Test
  void issueExample_passes() {
    assertThat(down).hasRootCause("postgres").isNotWholeSystemDown();
  }

  @Test
  void hasRootCause_explainedFailure_failsNamingTheCause() {
    fails(() -> assertThat(down).hasRootCause("api")).hasMessage(
        "Expected api to be a root cause, but the root cause is postgres (HIGH) explains api, "
            + "worker; api is down (exited (1)).");
    fails(() -> assertThat(allUp()).hasRootCause("db")).hasMessage(
        "Expected postgres to be a root cause, but nothing failed; postgres is up (running).");
  }

  @Test
  void hasRootCauses_exactly() {
    assertThat(down).hasRootCauses("db");
    fails(() -> assertThat(down).hasRootCauses("postgres", "api")).hasMessage(
        "Expected the root causes api and postgres, but the root cause is postgres (HIGH) "
            + "explains api, worker.");
  }

  @Test
  void hasNoRootCause_allUp_passes_down_fails() {
    assertThat(allUp()).hasNoRootCause().isNotWholeSystemDown();
    fails(() -> assertThat(down).hasNoRootCause()).hasMessage(
        "Expected no root cause, but the root cause is postgres (HIGH) explains api, worker.");
  }

  @Test
  void hasFailed_rightAndWrong() {
    assertThat(down).hasFailed("api", "worker", "db");
    fails(() -> assertThat(down).hasFailed("migrate")).hasMessage(
        "Expected migrate to have failed, but migrate is completed (exited (0)). The failed "
            + "services are api, postgres and worker.");
  }

  @Test
  void hasVerdict_rightAndWrong() {
    assertThat(down).hasVerdict("migrate", Verdict.COMPLETED).hasVerdict("db", Verdict.DOWN);
    fails(() -> assertThat(down).hasVerdict("web", Verdict.DOWN))
        .hasMessage("Expected web to be down, but web is up (running).");
    refuses(() -> assertThat(down).hasVerdict("web", null)).hasMessageContaining("not null");
  }

  @Test
  void putsAtRisk_rightAndWrong() {
    assertThat(down).putsAtRisk("web", "poller").doesNotPutAtRisk("redis");
    fails(() -> assertThat(down).putsAtRisk("redis")).hasMessage(
        "Expected redis to be at risk, but it is not; redis is up (running). At risk: poller "
            + "and web.");
    // api failed too, so the shortest path to web starts there.
    fails(() -> assertThat(down).doesNotPutAtRisk("web")).hasMessage(
        "Expected web not to be at risk, but it is: web needs api.");
  }

  @Test
  void hasSeverity_rightAndWrong() {
    assertThat(down).hasSeverity(HIGH);
    fails(() -> assertThat(down).hasSeverity(LOW)).hasMessage(
        "Expected the failure to be LOW at worst, but it is HIGH: the root cause is postgres "
            + "(HIGH) explains api, worker.");
    fails(() -> assertThat(allUp()).hasSeverity(LOW))
        .hasMessage("Expected the failure to be LOW at worst, but nothing failed.");
  }

  @Test
  void wholeSystemDown_rightAndWrong() {
    fails(() -> assertThat(down).isWholeSystemDown())
        .hasMessageStartingWith("Expected the whole system down, but part of it runs: ");
    Triage everything = TopologyGraph.of(Topology.of(Service.of("db", Severity.HIGH),
        Service.of("api", Severity.HIGH, "db"))).triage(Observation.builder().complete()
        .add("db", ContainerState.EXITED, 1).add("api", ContainerState.EXITED, 1).build());
    assertThat(everything).isWholeSystemDown().hasRootCause("db");
    fails(() -> assertThat(everything).isNotWholeSystemDown())
        .hasMessageStartingWith("Expected part of the system to run, but the whole system is "
            + "down: ");
  }

  @Test
  void hasUnexplained_failuresThatTakeEachOtherDown() {
    // a and b talk to each other, c stands alone; all three need x, which runs. Only x explains
    // all three at once, and x has not failed, so the causes are the failures no other failure
    // takes down: c. a and b take each other down: unexplained.
    Topology t = Topology.of(Service.of("x", Severity.LOW),
        Service.builder().name("a").severity(Severity.LOW).addDependencies(
            Dependency.startup("x"), Dependency.runtime("b", "a talks to b.")).build(),
        Service.builder().name("b").severity(Severity.LOW).addDependencies(
            Dependency.startup("x"), Dependency.runtime("a", "b talks to a.")).build(),
        Service.of("c", Severity.LOW, "x"));
    Triage triage = TopologyGraph.of(t).triage(Observation.builder().complete()
        .add("x", ContainerState.RUNNING).add("a", ContainerState.EXITED, 1)
        .add("b", ContainerState.EXITED, 1).add("c", ContainerState.EXITED, 1).build());
    assertThat(triage).hasUnexplained("a", "b").hasRootCauses("c");
    fails(() -> assertThat(triage).hasUnexplained("c")).hasMessage(
        "Expected c to be an unexplained failure, but it is a root cause. The unexplained "
            + "failures are a and b.");
    fails(() -> assertThat(down).hasUnexplained("api")).hasMessage(
        "Expected api to be an unexplained failure, but it is explained: the root cause is "
            + "postgres (HIGH) explains api, worker. The unexplained failures are none.");
  }

  @Test
  void typo_failsWithTheClosestName() {
    fails(() -> assertThat(down).hasRootCause("postgress")).hasMessage(
        "Expected a service named 'postgress', but the topology has none; did you mean "
            + "postgres?");
    refuses(() -> assertThat(down).hasRootCause(null))
        .hasMessage("The assertion needs the name of the root cause, not null.");
  }
}
