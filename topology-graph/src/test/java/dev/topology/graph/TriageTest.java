package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.topology.api.ContainerState;
import dev.topology.api.Coverage;
import dev.topology.api.Dependency;
import dev.topology.api.Health;
import dev.topology.api.Lifecycle;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.ForeignObservationException;
import dev.topology.graph.triage.GuessedMatch;
import dev.topology.graph.triage.RecoveryStep;
import dev.topology.graph.triage.ServiceStatus;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageCause;
import dev.topology.graph.triage.TriageOptions;
import dev.topology.graph.triage.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Triage of hand-built observations: coverage, refusals, guesses, profiles, one-shot exit codes
 * and recovery.
 *
 * <pre>
 *   web (LOW) ──► api (MEDIUM) ──► db (HIGH) ◄── migrate (one-shot, LOW)
 * </pre>
 */
class TriageTest {
  private static Topology shop(boolean declared) {
    Dependency onDb = Dependency.startup("db");
    return Topology.of(
        Service.builder().name("db").severity(Severity.HIGH).addAliases("postgres").build(),
        Service.builder().name("api").severity(Severity.MEDIUM)
            .addDependencies(declared ? onDb.restartingWith() : onDb).build(),
        Service.of("web", Severity.LOW, "api"),
        Service.builder().name("migrate").severity(Severity.LOW).lifecycle(Lifecycle.ONE_SHOT)
            .addDependencies(Dependency.startup("db")).build());
  }

  private static final TopologyGraph SHOP = TopologyGraph.of(shop(false));

  private static ObservedContainer labelled(String name, String project, String service) {
    return ObservedContainer.builder().name(name).service(service).state(ContainerState.RUNNING)
        .label(ObservedContainer.PROJECT_LABEL, project)
        .label(ObservedContainer.SERVICE_LABEL, service).build();
  }

  // Item 2: coverage.

  @Test
  void triage_partialObservationOfOneFailure_restUnobservedNotDown() {
    // Only db was looked at: it exited. api and web have no container in a partial
    // observation: unobserved, not failed, and no evidence for a cause. db is the one failure.
    Triage triage = SHOP.triage(Observation.builder().add("db", ContainerState.EXITED, 1).build());
    assertThat(triage.coverage()).isEqualTo(Coverage.PARTIAL);
    assertThat(triage.failed()).containsExactly("db");
    assertThat(triage.unobserved()).containsExactly("api", "migrate", "web");
    assertThat(triage.causes()).extracting(TriageCause::service).containsExactly("db");
    // db's failure puts them at risk, as it would if they had been seen running.
    assertThat(triage.atRisk()).containsExactly("api", "web");
    assertThat(triage.phase()).isEqualTo(Phase.RUNTIME);
    assertThat(triage.service("api").orElseThrow().reason())
        .isEqualTo("not observed: no container in a partial observation");
    assertThat(triage.summary()).startsWith("1 service down, 1 root cause: db")
        .contains(" 3 services not observed.");
  }

  @Test
  void triage_completeObservationWithoutContainer_neverCreatedAndFailed() {
    Triage triage = SHOP.triage(Observation.builder().complete()
        .add("db", ContainerState.RUNNING).add("migrate", ContainerState.EXITED, 0)
        .add("api", ContainerState.RUNNING).build());
    assertThat(triage.coverage()).isEqualTo(Coverage.COMPLETE);
    assertThat(triage.failed()).containsExactly("web");
    assertThat(triage.service("web").orElseThrow())
        .extracting(ServiceStatus::verdict, ServiceStatus::reason)
        .containsExactly(Verdict.NOT_SEEN, "never created: no container in a complete observation");
    assertThat(triage.unobserved()).isEmpty();
  }

  @Test
  void triage_partialObservationAllUp_nothingDownAndTheRestUnobserved() {
    Triage triage = SHOP.triage(Observation.builder().add("db", ContainerState.RUNNING).build());
    assertThat(triage.failed()).isEmpty();
    assertThat(triage.summary()).isEqualTo("Nothing down: 1 service up. 3 services not observed.");
  }

  // Item 4: one-shot exit codes through the builder.

  @Test
  void triage_oneShotExitedCodeUnknown_unknownNotFailedNorCause() {
    Triage triage = SHOP.triage(Observation.builder().complete()
        .add("db", ContainerState.RUNNING, Health.HEALTHY).add("api", ContainerState.RUNNING)
        .add("web", ContainerState.RUNNING).add("migrate", ContainerState.EXITED).build());
    assertThat(triage.service("migrate").orElseThrow())
        .extracting(ServiceStatus::verdict, ServiceStatus::reason)
        .containsExactly(Verdict.UNKNOWN,
            "exited, code unknown: completed or failed, the observation does not say");
    assertThat(triage.failed()).isEmpty();
    assertThat(triage.causes()).isEmpty();
    assertThat(triage.phase()).isEqualTo(Phase.RUNTIME);
    assertThat(triage.recovery()).extracting(RecoveryStep::service, RecoveryStep::action)
        .containsExactly(tuple("migrate", RecoveryStep.Action.CHECK));
    assertThat(triage.toCheck()).containsExactly("migrate");
    assertThat(triage.summary()).isEqualTo("Nothing down: 3 services up. Check: migrate.");
  }

  @Test
  void triage_oneShotExitedWithCodeFromBuilder_completedOrFailed() {
    Observation.Builder base = Observation.builder().complete()
        .add("db", ContainerState.RUNNING).add("api", ContainerState.RUNNING)
        .add("web", ContainerState.RUNNING);
    assertThat(SHOP.triage(base.add("migrate", ContainerState.EXITED, 0).build())
        .service("migrate").orElseThrow().verdict()).isEqualTo(Verdict.COMPLETED);
    Observation failing = Observation.builder().complete().add("db", ContainerState.RUNNING)
        .add("api", ContainerState.RUNNING).add("web", ContainerState.RUNNING)
        .add("migrate", ContainerState.EXITED, 3).build();
    assertThat(SHOP.triage(failing).causes()).extracting(TriageCause::service)
        .containsExactly("migrate");
  }

  // Item 5: recovery disturbs no running service unless it declares a restart.

  @Test
  void triage_dbDownNothingDeclared_restartDbAndCheckRunningDependents() {
    Triage triage = SHOP.triage(Observation.builder().complete()
        .add("db", ContainerState.EXITED, 137).add("api", ContainerState.RUNNING)
        .add("web", ContainerState.RUNNING).add("migrate", ContainerState.EXITED, 0).build());
    assertThat(triage.recovery()).extracting(RecoveryStep::service, RecoveryStep::action,
        RecoveryStep::wave).containsExactly(
            tuple("db", RecoveryStep.Action.RESTART, 0),
            tuple("api", RecoveryStep.Action.CHECK, 1),
            tuple("web", RecoveryStep.Action.CHECK, 2));
    assertThat(triage.recovery().get(1).reason())
        .isEqualTo("running; needs db, which restarts");
    assertThat(triage.recoveryWaves()).containsExactly(List.of("db"));
    assertThat(triage.summary()).endsWith("Restart: db. Then check: api and web.");
  }

  @Test
  void triage_dbDownApiDeclaresRestart_restartApiAndCheckWeb() {
    Triage triage = TopologyGraph.of(shop(true)).triage(Observation.builder().complete()
        .add("db", ContainerState.EXITED, 137).add("api", ContainerState.RUNNING)
        .add("web", ContainerState.RUNNING).add("migrate", ContainerState.EXITED, 0).build());
    assertThat(triage.recovery()).extracting(RecoveryStep::service, RecoveryStep::action,
        RecoveryStep::wave, RecoveryStep::reason).containsExactly(
            tuple("db", RecoveryStep.Action.RESTART, 0, "exited (137)"),
            tuple("api", RecoveryStep.Action.RESTART, 1,
                "declares it restarts with db, which restarts"),
            tuple("web", RecoveryStep.Action.CHECK, 2, "running; needs api, which restarts, but"
                + " declares no restart with it"));
    assertThat(triage.recoveryWaves()).containsExactly(List.of("db"), List.of("api"));
    assertThat(triage.toCheck()).containsExactly("web");
    assertThat(triage.summary()).endsWith("Restart: db, then api. Then check: web.");
  }

  // Item 1: refusals and guesses.

  @Test
  void triage_mostContainersMatchNoService_refusedWithTheirNames() {
    Observation seen = Observation.builder().add("db", ContainerState.RUNNING)
        .add("acme-web", ContainerState.RUNNING).add("acme-worker", ContainerState.EXITED, 1)
        .build();
    assertThatThrownBy(() -> SHOP.triage(seen)).isInstanceOf(ForeignObservationException.class)
        .hasMessage("2 of 3 containers match no service of this topology ('acme-web',"
            + " 'acme-worker'); the observation is not of it: triage against the topology they"
            + " belong to.")
        .satisfies(e -> assertThat(((ForeignObservationException) e).unmatched())
            .containsExactly("acme-web", "acme-worker"));
  }

  @Test
  void triage_halfTheContainersMatch_answered() {
    Triage triage = SHOP.triage(Observation.builder().add("db", ContainerState.RUNNING)
        .add("acme-web", ContainerState.RUNNING).build());
    assertThat(triage.unknownContainers()).extracting(ObservedContainer::name)
        .containsExactly("acme-web");
  }

  @Test
  void triage_containersOfAnotherProject_refusedNamingIt() {
    Observation seen = Observation.of(labelled("acme-db-1", "acme", "db"),
        labelled("acme-api-1", "acme", "api"));
    assertThatThrownBy(() -> SHOP.triage(seen, TriageOptions.inferred().withProject("shop")))
        .isInstanceOf(ForeignObservationException.class)
        .hasMessage("The containers belong to the Compose project 'acme', not to 'shop';"
            + " triage them against the Compose file of that project.")
        .satisfies(e -> assertThat(((ForeignObservationException) e).projects())
            .containsExactly("acme"));
    // Unless told which project the topology is, labels are not checked.
    assertThat(SHOP.triage(seen).failed()).isEmpty();
  }

  @Test
  void triage_composeContainersAgainstTopologyOutsideCompose_refused() {
    Observation seen = Observation.of(labelled("acme-db-1", "acme", "db"));
    assertThatThrownBy(() -> SHOP.triage(seen, TriageOptions.inferred().withoutProject()))
        .isInstanceOf(ForeignObservationException.class)
        .hasMessage("The containers belong to the Compose project 'acme', and this topology is"
            + " no Compose project; triage them against that project's Compose file.");
  }

  @Test
  void triage_someContainersOfAnotherProject_setAsideAsUnknown() {
    Observation seen = Observation.of(labelled("shop-db-1", "shop", "db"),
        labelled("shop-api-1", "shop", "api"), labelled("acme-db-1", "acme", "db"));
    Triage triage = SHOP.triage(seen, TriageOptions.inferred().withProject("shop"));
    assertThat(triage.unknownContainers()).extracting(ObservedContainer::name)
        .containsExactly("acme-db-1");
    assertThat(triage.service("db").orElseThrow().containers())
        .extracting(ObservedContainer::name).containsExactly("shop-db-1");
  }

  @Test
  void triage_containerMatchedByImageOnly_reportedAsGuess() {
    ObservedContainer byImage = ObservedContainer.builder().name("acme-pg")
        .state(ContainerState.EXITED).exitCode(1).image("postgres:16").build();
    Triage triage = SHOP.triage(Observation.of(byImage,
        ObservedContainer.of("api", ContainerState.RUNNING)));
    assertThat(triage.guessedMatches())
        .containsExactly(GuessedMatch.of("acme-pg", "postgres:16", "db"));
    assertThat(triage.failed()).containsExactly("db");
    assertThat(triage.summary()).endsWith(" Matched by image only, a guess: acme-pg as db.");
    assertThat(triage.guessedMatches().get(0).toString())
        .isEqualTo("acme-pg as db (image postgres:16)");
  }

  @Test
  void triageOptions_contradictionsAndNulls_refused() {
    assertThatThrownBy(() -> TriageOptions.inferred().withProject(" "))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A Compose project's name is blank; give the name docker compose uses (its"
            + " -p option, the file's name: key or its folder).");
    assertThatThrownBy(() -> TriageOptions.inferred().withProject(null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A Compose project's name is null; give the name docker compose uses, or"
            + " call withoutProject().");
    assertThatThrownBy(() -> TriageOptions.builder().project("shop")
        .outsideCompose(true).build()).isInstanceOf(InvalidQueryException.class)
        .hasMessage("Triage options name the Compose project 'shop' for a topology said to be"
            + " outside Compose; give one of withProject and withoutProject.");
    assertThatThrownBy(() -> TriageOptions.inferred().withPhase(null))
        .isInstanceOf(InvalidQueryException.class);
    assertThat(TriageOptions.inferred().withPhase(Phase.RUNTIME).withoutProject())
        .isEqualTo(TriageOptions.builder().phase(Phase.RUNTIME)
            .outsideCompose(true).build());
  }

  // Item 3: a container of a service whose profile is off switches the profile on.

  @Test
  void triage_containerOfProfileOffService_switchesTheProfileOnForThisTriage() {
    // debug-db runs only with the profile "debug"; its container exited (1) and is observed.
    Topology withProfile = Topology.of(List.of(Setting.onOff("debug")), List.of(
        Service.of("app", Severity.MEDIUM),
        Service.builder().name("debug-db").severity(Severity.LOW)
            .presentWhen(SettingCondition.when("debug", Setting.ON)).build()));
    TopologyGraph graph = TopologyGraph.of(withProfile);
    Triage triage = graph.triage(Observation.builder().complete()
        .add("app", ContainerState.RUNNING).add("debug-db", ContainerState.EXITED, 1).build());
    assertThat(triage.switchedOn()).containsExactly(Map.entry("debug", "on"));
    assertThat(triage.failed()).containsExactly("debug-db");
    assertThat(triage.unknownContainers()).isEmpty();
    assertThat(triage.summary())
        .endsWith(" Switched on for the containers seen: debug=on.");
    // Without its container, the profile stays off and the service is not expected.
    Triage without = graph.triage(Observation.builder().complete()
        .add("app", ContainerState.RUNNING).build());
    assertThat(without.switchedOn()).isEmpty();
    assertThat(without.services()).extracting(ServiceStatus::service).containsExactly("app");
    assertThat(without.failed()).isEmpty();
  }

  @Test
  void triage_declarationOnAnotherDependency_restartsWithTheOneThatRestarts() {
    // api needs db and queue, and declares it restarts with queue only. db restarts: api is at
    // risk but does not restart with db; queue restarts: api restarts with it, and says so.
    Topology topology = Topology.of(Service.of("db", Severity.HIGH),
        Service.of("queue", Severity.MEDIUM),
        Service.builder().name("api").severity(Severity.MEDIUM).addDependencies(
            Dependency.startup("db"), Dependency.startup("queue").restartingWith()).build());
    TopologyGraph graph = TopologyGraph.of(topology);
    Triage dbDown = graph.triage(Observation.builder().add("db", ContainerState.EXITED, 1)
        .add("queue", ContainerState.RUNNING).add("api", ContainerState.RUNNING).build());
    assertThat(dbDown.toCheck()).containsExactly("api");
    Triage queueDown = graph.triage(Observation.builder().add("db", ContainerState.RUNNING)
        .add("queue", ContainerState.EXITED, 1).add("api", ContainerState.RUNNING).build());
    assertThat(queueDown.recovery()).extracting(RecoveryStep::service, RecoveryStep::action,
        RecoveryStep::reason).containsExactly(
            tuple("queue", RecoveryStep.Action.RESTART, "exited (1)"),
            tuple("api", RecoveryStep.Action.RESTART,
                "declares it restarts with queue, which restarts"));
  }
}
