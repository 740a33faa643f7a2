package dev.topology.formats.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.ContainerState;
import dev.topology.api.Health;
import dev.topology.api.Lifecycle;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.Phase;
import dev.topology.graph.ServiceStatus;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.Verdict;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The mapping table of docs/readme-triage.md, one state at a time, on a one-service topology. */
class TriageVerdictTest {
  private static Verdict verdict(Lifecycle lifecycle, Phase phase, ContainerState state,
      Health health, OptionalInt code) {
    TopologyGraph graph = TopologyGraph.of(Topology.of(
        Service.builder().name("s").severity(Severity.LOW).lifecycle(lifecycle).build()));
    Observation seen = state == null ? Observation.of()
        : Observation.of(new ObservedContainer("s", "s", state, health, code));
    return graph.triage(seen, phase).service("s").map(ServiceStatus::verdict).orElseThrow();
  }

  private static Verdict longRunning(ContainerState state, Health health) {
    return verdict(Lifecycle.LONG_RUNNING, Phase.RUNTIME, state, health, OptionalInt.empty());
  }

  @Test
  void triage_longRunningPerState_asTheTableSays() {
    assertThat(longRunning(ContainerState.CREATED, Health.NONE)).isEqualTo(Verdict.NOT_STARTED);
    assertThat(longRunning(ContainerState.RESTARTING, Health.NONE)).isEqualTo(Verdict.DOWN);
    assertThat(longRunning(ContainerState.RUNNING, Health.STARTING)).isEqualTo(Verdict.UP);
    assertThat(longRunning(ContainerState.RUNNING, Health.UNHEALTHY)).isEqualTo(Verdict.UNHEALTHY);
    assertThat(longRunning(ContainerState.REMOVING, Health.NONE)).isEqualTo(Verdict.DOWN);
    assertThat(longRunning(ContainerState.PAUSED, Health.NONE)).isEqualTo(Verdict.DOWN);
    assertThat(longRunning(ContainerState.DEAD, Health.NONE)).isEqualTo(Verdict.DOWN);
    assertThat(longRunning(null, Health.NONE)).isEqualTo(Verdict.NOT_SEEN);
  }

  @Test
  void triage_oneShotPerExit_completedOnlyOnZero() {
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, ContainerState.EXITED, Health.NONE,
        OptionalInt.of(0))).isEqualTo(Verdict.COMPLETED);
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, ContainerState.EXITED, Health.NONE,
        OptionalInt.of(2))).isEqualTo(Verdict.FAILED);
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, ContainerState.EXITED, Health.NONE,
        OptionalInt.empty())).isEqualTo(Verdict.FAILED);
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, ContainerState.RUNNING, Health.NONE,
        OptionalInt.empty())).isEqualTo(Verdict.PENDING);
    assertThat(verdict(Lifecycle.ONE_SHOT, Phase.STARTUP, null, Health.NONE,
        OptionalInt.empty())).isEqualTo(Verdict.PENDING);
  }

  @Test
  void triage_startupOnlyExited_failedAtStartupNotNeededAtRuntime() {
    assertThat(verdict(Lifecycle.STARTUP_ONLY, Phase.STARTUP, ContainerState.EXITED, Health.NONE,
        OptionalInt.of(0))).isEqualTo(Verdict.DOWN);
    assertThat(verdict(Lifecycle.STARTUP_ONLY, Phase.RUNTIME, ContainerState.EXITED, Health.NONE,
        OptionalInt.of(0))).isEqualTo(Verdict.NOT_NEEDED);
  }

  @Test
  void triage_nullObservation_refusedWithWhatToGive() {
    TopologyGraph graph = TopologyGraph.of(Topology.of(Service.of("s", Severity.LOW)));
    assertThatThrownBy(() -> graph.triage(null)).isInstanceOf(InvalidQueryException.class)
        .hasMessage("A triage needs an observation, not null; give Observation.of() when no"
            + " container was seen.");
  }
}
