package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.topology.api.ContainerState;
import dev.topology.api.Dependency;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.internal.Matching;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.GuessedMatch;
import dev.topology.graph.triage.RecoveryStep;
import dev.topology.graph.triage.ServiceStatus;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Triage's smaller rules, one at a time: matching by label and image, pending tasks, external
 * services and the phase.
 *
 * <pre>
 *   api (MEDIUM) ──► db (HIGH) ◄── migrate (one-shot)      cache (externalizable) ◄── api
 * </pre>
 */
class TriageRulesTest {
  private static final Topology SHOP = Topology.of(
      Service.of("db", Severity.HIGH),
      Service.builder().name("cache").severity(Severity.LOW).externalizable(true).build(),
      Service.builder().name("migrate").severity(Severity.LOW).lifecycle(Lifecycle.ONE_SHOT)
          .addDependencies(Dependency.startup("db")).build(),
      Service.of("api", Severity.MEDIUM, "db", "cache"));
  private static final TopologyGraph GRAPH = TopologyGraph.of(SHOP);

  @Test
  void triage_containerNamedByItsComposeServiceLabel_matched() {
    ObservedContainer labelled = ObservedContainer.builder().name("shop-db-1")
        .state(ContainerState.RUNNING).label(ObservedContainer.SERVICE_LABEL, "db").build();
    Triage triage = GRAPH.triage(Observation.of(labelled));
    assertThat(triage.service("db").orElseThrow().containers()).containsExactly(labelled);
    assertThat(triage.guessedMatches()).isEmpty();
    assertThat(triage.unknownContainers()).isEmpty();
  }

  @Test
  void triage_imagesWithRegistryPortDigestOrTag_guessedByRepositorySortedByContainer() {
    Observation seen = Observation.of(
        ObservedContainer.builder().name("z-db").state(ContainerState.RUNNING)
            .image("db:16").build(),
        ObservedContainer.builder().name("a-api").state(ContainerState.RUNNING)
            .image("api@sha256:0123").build(),
        ObservedContainer.builder().name("m-cache").state(ContainerState.RUNNING)
            .image("localhost:5000/cache").build(),
        ObservedContainer.builder().name("migrate").state(ContainerState.EXITED).exitCode(0)
            .image(":").build());
    Triage triage = GRAPH.triage(seen);
    assertThat(triage.guessedMatches()).extracting(GuessedMatch::container,
        GuessedMatch::service).containsExactly(tuple("a-api", "api"), tuple("z-db", "db"));
    // "localhost:5000/cache" keeps its registry: it names no service.
    assertThat(triage.unknownContainers()).extracting(ObservedContainer::name)
        .containsExactly("m-cache");
    assertThat(Matching.repository("localhost:5000/cache:2")).isEqualTo("localhost:5000/cache");
    assertThat(Matching.repository("db")).isEqualTo("db");
  }

  @Test
  void triage_oneShotStillRunning_pendingNothingToRunPhaseStartup() {
    Triage triage = GRAPH.triage(Observation.builder().add("db", ContainerState.RUNNING)
        .add("api", ContainerState.RUNNING).add("cache", ContainerState.RUNNING)
        .add("migrate", ContainerState.RUNNING).build());
    assertThat(triage.service("migrate").orElseThrow().verdict()).isEqualTo(Verdict.PENDING);
    assertThat(triage.phase()).isEqualTo(Phase.STARTUP);
    assertThat(triage.recovery()).isEmpty();
    assertThat(triage.summary()).isEqualTo("Nothing down: 3 services up, 1 one-shot task"
        + " pending.");
  }

  @Test
  void triage_oneShotCreatedNotRun_runItStartupPhase() {
    Triage triage = GRAPH.triage(Observation.builder().add("db", ContainerState.RUNNING)
        .add("api", ContainerState.RUNNING).add("cache", ContainerState.RUNNING)
        .add("migrate", ContainerState.CREATED).build());
    assertThat(triage.phase()).isEqualTo(Phase.STARTUP);
    assertThat(triage.recovery()).extracting(RecoveryStep::service, RecoveryStep::action)
        .containsExactly(tuple("migrate", RecoveryStep.Action.RUN));
    assertThat(triage.summary()).endsWith(" Run: migrate.");
  }

  @Test
  void summary_taskFailedAndServiceNeverStarted_namesEachWaveByItsAction() {
    Triage triage = GRAPH.triage(Observation.builder().add("db", ContainerState.EXITED, 137)
        .add("api", ContainerState.CREATED).add("cache", ContainerState.RUNNING)
        .add("migrate", ContainerState.EXITED, 1).build());
    assertThat(triage.recovery()).extracting(RecoveryStep::service, RecoveryStep::action)
        .containsExactly(tuple("db", RecoveryStep.Action.RESTART),
            tuple("api", RecoveryStep.Action.START), tuple("migrate", RecoveryStep.Action.RUN));
    assertThat(triage.summary()).endsWith(" Restart db, then start api and run migrate.");
  }

  @Test
  void summary_allUpAndTaskCompleted_countsTheCompletedTask() {
    Triage triage = GRAPH.triage(Observation.builder().add("db", ContainerState.RUNNING)
        .add("api", ContainerState.RUNNING).add("cache", ContainerState.RUNNING)
        .add("migrate", ContainerState.EXITED, 0).build());
    assertThat(triage.summary()).isEqualTo("Nothing down: 3 services up, 1 one-shot task"
        + " completed.");
  }

  @Test
  void triage_externalServiceContainer_listedApartAndNoPartOfThePhase() {
    TopologyGraph outside = TopologyGraph.of(SHOP, Deployment.builder().externalized(
        java.util.List.of("cache")).build());
    Triage triage = outside.triage(Observation.builder().add("db", ContainerState.RUNNING)
        .add("api", ContainerState.RUNNING).add("migrate", ContainerState.EXITED, 0)
        .add("cache", ContainerState.EXITED, 1).build());
    assertThat(triage.externalContainers()).extracting(ObservedContainer::name)
        .containsExactly("cache");
    assertThat(triage.services()).extracting(ServiceStatus::service)
        .containsExactly("api", "db", "migrate");
    assertThat(triage.phase()).isEqualTo(Phase.RUNTIME);
    assertThat(triage.failed()).isEmpty();
  }

  @Test
  void triage_runningDependentOfFailedOneShot_notChecked() {
    // migrate failed: it is run again; nothing long-running restarts, so nothing is checked.
    Triage triage = GRAPH.triage(Observation.builder().add("db", ContainerState.RUNNING)
        .add("api", ContainerState.RUNNING).add("cache", ContainerState.RUNNING)
        .add("migrate", ContainerState.EXITED, 1).build());
    assertThat(triage.recovery()).extracting(RecoveryStep::service, RecoveryStep::action)
        .containsExactly(tuple("migrate", RecoveryStep.Action.RUN));
    assertThat(triage.toCheck()).isEmpty();
  }
}
