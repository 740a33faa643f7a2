package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.ContainerState;
import dev.topology.api.Coverage;
import dev.topology.api.Health;
import dev.topology.api.Lifecycle;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.ServiceStatus;
import dev.topology.graph.triage.TriageOptions;
import dev.topology.graph.triage.Verdict;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The mapping table of docs/triage.md, one state at a time, on a topology of the service judged
 * and one bystander that runs (so that the observation is never empty).
 */
class TriageVerdictTest {
  private static Verdict verdict(Lifecycle lifecycle, Phase phase, ContainerState state,
      Health health, OptionalInt code, Coverage coverage) {
    TopologyGraph graph = TopologyGraph.of(Topology.of(
        Service.builder().name("s").severity(Severity.LOW).lifecycle(lifecycle).build(),
        Service.of("bystander", Severity.LOW)));
    Observation.Builder seen = Observation.builder().coverage(coverage)
        .add("bystander", ContainerState.RUNNING);
    if (state != null) {
      seen.add(ObservedContainer.builder().name("s").state(state).health(health).exitCode(code)
          .build());
    }
    return graph.triage(seen.build(), phase).service("s").map(ServiceStatus::verdict)
        .orElseThrow();
  }

  private static Verdict verdict(Lifecycle lifecycle, Phase phase, ContainerState state,
      Health health, OptionalInt code) {
    return verdict(lifecycle, phase, state, health, code, Coverage.COMPLETE);
  }

  private static Verdict longRunning(ContainerState state, Health health) {
    return verdict(Lifecycle.LONG_RUNNING, Phase.RUNTIME, state, health, OptionalInt.empty());
  }

  @Test
  void triage_longRunningPerState_asTheTableSays() {
    assertThat(longRunning(ContainerState.CREATED, Health.NONE)).isEqualTo(Verdict.NOT_STARTED);
    assertThat(longRunning(ContainerState.RESTARTING, Health.NONE)).isEqualTo(Verdict.DOWN);
    assertThat(longRunning(ContainerState.RUNNING, Health.STARTING)).isEqualTo(Verdict.UP);
    assertThat(longRunning(ContainerState.RUNNING, Health.HEALTHY)).isEqualTo(Verdict.UP);
    assertThat(longRunning(ContainerState.RUNNING, Health.UNHEALTHY)).isEqualTo(Verdict.UNHEALTHY);
    assertThat(longRunning(ContainerState.REMOVING, Health.NONE)).isEqualTo(Verdict.DOWN);
    assertThat(longRunning(ContainerState.PAUSED, Health.NONE)).isEqualTo(Verdict.DOWN);
    assertThat(longRunning(ContainerState.DEAD, Health.NONE)).isEqualTo(Verdict.DOWN);
    assertThat(longRunning(ContainerState.EXITED, Health.NONE)).isEqualTo(Verdict.DOWN);
    assertThat(longRunning(null, Health.NONE)).isEqualTo(Verdict.NOT_SEEN);
  }

  @Test
  void triage_noContainerInPartialObservation_unobservedNeverFailed() {
    for (Lifecycle lifecycle : Lifecycle.values()) {
      for (Phase phase : Phase.values()) {
        Verdict verdict = verdict(lifecycle, phase, null, Health.NONE, OptionalInt.empty(),
            Coverage.PARTIAL);
        assertThat(verdict).isEqualTo(Verdict.UNOBSERVED);
        assertThat(verdict.failed()).isFalse();
      }
    }
  }

  @Test
  void triage_oneShotPerExit_completedOnlyOnZeroUnknownWithoutCode() {
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, ContainerState.EXITED, Health.NONE,
        OptionalInt.of(0))).isEqualTo(Verdict.COMPLETED);
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, ContainerState.EXITED, Health.NONE,
        OptionalInt.of(2))).isEqualTo(Verdict.FAILED);
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, ContainerState.EXITED, Health.NONE,
        OptionalInt.empty())).isEqualTo(Verdict.UNKNOWN);
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, ContainerState.DEAD, Health.NONE,
        OptionalInt.empty())).isEqualTo(Verdict.FAILED);
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, ContainerState.RESTARTING,
        Health.NONE, OptionalInt.of(1))).isEqualTo(Verdict.FAILED);
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, ContainerState.RUNNING, Health.NONE,
        OptionalInt.empty())).isEqualTo(Verdict.PENDING);
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, ContainerState.CREATED, Health.NONE,
        OptionalInt.empty())).isEqualTo(Verdict.PENDING);
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, null, Health.NONE,
        OptionalInt.empty())).isEqualTo(Verdict.PENDING);
    assertThat(Verdict.UNKNOWN.failed()).isFalse();
  }

  @Test
  void triage_startupOnlyExited_failedAtStartupNotNeededAtRuntime() {
    assertThat(verdict(Lifecycle.STARTUP_ONLY, Phase.STARTUP, ContainerState.EXITED, Health.NONE,
        OptionalInt.of(0))).isEqualTo(Verdict.DOWN);
    assertThat(verdict(Lifecycle.STARTUP_ONLY, Phase.RUNTIME, ContainerState.EXITED, Health.NONE,
        OptionalInt.of(0))).isEqualTo(Verdict.NOT_NEEDED);
    assertThat(verdict(Lifecycle.STARTUP_ONLY, Phase.RUNTIME, ContainerState.RUNNING,
        Health.NONE, OptionalInt.empty())).isEqualTo(Verdict.UP);
  }

  @Test
  void triage_nullObservation_refusedWithWhatToGive() {
    TopologyGraph graph = TopologyGraph.of(Topology.of(Service.of("s", Severity.LOW)));
    assertThatThrownBy(() -> graph.triage(null)).isInstanceOf(InvalidQueryException.class)
        .hasMessage("A triage needs an observation, not null; give Observation.of(containers)"
            + " with the containers seen.");
    assertThatThrownBy(() -> graph.triage(Observation.of(), (Phase) null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A triage needs a phase, not null; give Phase.STARTUP or Phase.RUNTIME, or"
            + " call triage(observation) to infer it.");
    assertThatThrownBy(() -> graph.triage(Observation.of(), (TriageOptions) null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A triage needs options, not null; give TriageOptions.inferred().");
  }

  @Test
  void triage_emptyObservation_refusedNoContainersInTheInput() {
    TopologyGraph graph = TopologyGraph.of(Topology.of(Service.of("s", Severity.LOW)));
    assertThatThrownBy(() -> graph.triage(Observation.of().withCoverage(Coverage.COMPLETE)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("No containers in the input: a triage needs at least one observed"
            + " container; an empty observation says nothing about any service.");
  }
}
