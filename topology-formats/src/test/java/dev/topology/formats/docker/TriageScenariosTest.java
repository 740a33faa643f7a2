package dev.topology.formats.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Coverage;
import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.ImpactNote;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.GuessedMatch;
import dev.topology.graph.triage.RecoveryStep;
import dev.topology.graph.triage.ServiceStatus;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageCause;
import dev.topology.graph.triage.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Captured output (written from Docker's documented formats) triaged against a topology; every
 * expected answer is worked out by hand from the catalog's data, as the comments say.
 */
class TriageScenariosTest {
  private static final Topology CATALOG = CircleCiServer2.topology();
  private static final TopologyGraph ENGINE = TopologyGraph.of(CATALOG);

  private static Triage catalog(String file) {
    return ENGINE.triage(DockerPs.read(Captured.text(file), CATALOG));
  }

  private static final List<String> NEED_POSTGRES = List.of("api-service", "audit-log-service",
      "contexts-service", "cron-service", "domain-service", "federation-service", "frontend",
      "permissions-service", "workflows-conductor");

  @Test
  void triage_postgresExitedAndItsDependentsAfterIt_postgresIsTheOneCause() {
    // Every one-shot task exited 0 and every long-running service has a started container, so
    // the phase is RUNTIME. postgres exited (137); the 9 long-running services that list
    // postgres as a startup dependency exited (1): 10 failed. At runtime postgres's failure
    // reaches exactly those 9 (the migrators are one-shot) plus shutdown-hook-poller, which
    // talks to frontend: postgres alone explains the other 9, and shutdown-hook-poller, still
    // up, is the one service at risk. Worst severity: postgres is HIGH. Recovery: postgres
    // first; then frontend (needs postgres) with shutdown-hook-poller (restart plan of the
    // restarted services; runtime interactions do not order restarts); then the 7 services
    // that need frontend and no other planned service; api-service last, as it needs
    // contexts-service. ready-agent exited 0 after startup: not needed. replicated-ui names no
    // service: unknown. Changed in 0.3.0: shutdown-hook-poller still runs and declares no
    // restart with frontend, so it is checked, not restarted; the container "logrotate" is
    // matched to tutum/logrotate by its image alone, a guess the summary reports.
    Triage triage = catalog("catalog-postgres-exited.jsonl");

    assertThat(triage.phase()).isEqualTo(Phase.RUNTIME);
    assertThat(triage.phaseInferred()).isTrue();
    java.util.List<String> failed = new java.util.ArrayList<>(NEED_POSTGRES);
    failed.add("postgres");
    failed.sort(null);
    assertThat(triage.failed()).isEqualTo(failed);
    assertThat(triage.causes()).containsExactly(
        TriageCause.of("postgres", Severity.HIGH, NEED_POSTGRES));
    assertThat(triage.unexplained()).isEmpty();
    assertThat(triage.atRisk()).containsExactly("shutdown-hook-poller");
    assertThat(triage.severity()).contains(Severity.HIGH);
    assertThat(triage.wholeSystemDown()).isFalse();
    assertThat(triage.recoveryWaves()).containsExactly(
        List.of("postgres"),
        List.of("frontend"),
        List.of("audit-log-service", "contexts-service", "cron-service", "domain-service",
            "federation-service", "permissions-service", "workflows-conductor"),
        List.of("api-service"));
    assertThat(triage.service("ready-agent").map(ServiceStatus::verdict))
        .contains(Verdict.NOT_NEEDED);
    assertThat(triage.service("contexts-service-migrator").map(ServiceStatus::verdict))
        .contains(Verdict.COMPLETED);
    assertThat(triage.unknownContainers()).extracting(ObservedContainer::name)
        .containsExactly("replicated-ui");
    assertThat(triage.notes()).isEmpty();
    assertThat(triage.toCheck()).containsExactly("shutdown-hook-poller");
    assertThat(triage.guessedMatches()).extracting(GuessedMatch::container, GuessedMatch::service)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("logrotate", "tutum/logrotate"));
    assertThat(triage.summary()).isEqualTo("10 services down, 1 root cause: postgres (HIGH)."
        + " 1 more at risk. Restart: postgres, then frontend, then 7 services, then api-service."
        + " Then check: shutdown-hook-poller." + " Matched by image only, a guess: logrotate as tutum/logrotate.");
  }

  @Test
  void triage_migratorExitedOne_migratorExplainsWhatCouldNotStart() {
    // contexts-service-migrator exited (1): a one-shot task that failed, so the phase is
    // STARTUP; contexts-service and api-service were created but never started. At startup the
    // migrator's failure stops contexts-service (which needs it) and api-service (which needs
    // it and contexts-service): one cause explaining both, nothing beyond them at risk. The
    // migrator is LOW, api-service HIGH, so the worst severity is HIGH. Recovery: run the
    // migrator, then start contexts-service, then api-service; nothing restarts.
    Triage triage = catalog("catalog-migrator-failed.jsonl");

    assertThat(triage.phase()).isEqualTo(Phase.STARTUP);
    assertThat(triage.failed())
        .containsExactly("api-service", "contexts-service", "contexts-service-migrator");
    assertThat(triage.service("contexts-service-migrator").orElseThrow())
        .extracting(ServiceStatus::verdict, ServiceStatus::reason)
        .containsExactly(Verdict.FAILED, "exited (1)");
    assertThat(triage.causes()).containsExactly(TriageCause.of("contexts-service-migrator",
        Severity.LOW, List.of("api-service", "contexts-service")));
    assertThat(triage.atRisk()).isEmpty();
    assertThat(triage.severity()).contains(Severity.HIGH);
    assertThat(triage.recovery()).extracting(RecoveryStep::service, RecoveryStep::action,
        RecoveryStep::wave).containsExactly(
        org.assertj.core.groups.Tuple.tuple("contexts-service-migrator", RecoveryStep.Action.RUN, 0),
        org.assertj.core.groups.Tuple.tuple("contexts-service", RecoveryStep.Action.START, 1),
        org.assertj.core.groups.Tuple.tuple("api-service", RecoveryStep.Action.START, 2));
    assertThat(triage.summary()).isEqualTo("3 services down, 1 root cause:"
        + " contexts-service-migrator (LOW), worst HIGH. Nothing else at risk. Run"
        + " contexts-service-migrator, then start contexts-service, then api-service."
        + " Matched by image only, a guess: logrotate as tutum/logrotate.");
  }

  @Test
  void triage_readyAgentMissingAtStartup_gateExplainsEverythingAndGoesFirst() {
    // No ready-agent container; all 38 others only created: STARTUP. At startup ready-agent
    // (startup-only) is judged as long-running: not seen, failed; the 30 long-running services
    // were never started: failed too, 31 in all. The gate's startup failure takes down every
    // service the installation starts, so it alone explains the 30; the 8 one-shot tasks,
    // pending, are the more at risk, and the whole system is down. Worst: HIGH (postgres...).
    // Recovery: the gate first; then, by startup dependencies within the plan, the startup
    // plan's own layers shifted by one: 19 services that need none of the plan, 5 (frontend,
    // mongo, vm-gc, vm-scaler, vm-service), 7 (audit-log-service and 6 migrators), 6 services,
    // and api-service.
    // docker ps -a of the installation's one host lists every container: the caller says the
    // observation is complete (docker ps output is partial unless told), so the missing gate
    // was never created.
    Triage triage = ENGINE.triage(DockerPs.read(Captured.text("catalog-ready-agent-missing.jsonl"),
        CATALOG).withCoverage(Coverage.COMPLETE));

    assertThat(triage.phase()).isEqualTo(Phase.STARTUP);
    assertThat(triage.failed()).hasSize(31).contains("ready-agent", "postgres", "api-service");
    assertThat(triage.causes()).extracting(TriageCause::service).containsExactly("ready-agent");
    assertThat(triage.causes().get(0).explains()).hasSize(30);
    assertThat(triage.atRisk()).hasSize(8).contains("mongodb-upgrader", "vm-service-db-migrator");
    assertThat(triage.wholeSystemDown()).isTrue();
    assertThat(triage.recoveryWaves()).extracting(List::size).containsExactly(1, 19, 5, 7, 6, 1);
    assertThat(triage.recoveryWaves().get(2))
        .containsExactly("frontend", "mongo", "vm-gc", "vm-scaler", "vm-service");
    assertThat(triage.summary()).isEqualTo("31 services down, 1 root cause: ready-agent (LOW),"
        + " worst HIGH."
        + " 8 more at risk; the whole system is down. Start ready-agent,"
        + " then 17 services and run mongodb-upgrader and vm-service-db-migrator, then start 5"
        + " services, then audit-log-service and run 6 services, then start 6 services, then"
        + " api-service." + " Matched by image only, a guess: logrotate as tutum/logrotate.");
  }

  @Test
  void triage_logrotateDownAlone_showsTheNoteAboutUnnamedDependents() {
    // Only tutum/logrotate (container "logrotate", image tutum/logrotate:latest) exited (1);
    // RUNTIME. The container is matched to tutum/logrotate by its image alone: a guess, reported.
    // No service names it as a dependency, so nothing is at risk by name, but its row
    // says "other services will fail" if it stays down: that statement comes as a note. MEDIUM.
    Triage triage = catalog("catalog-logrotate-down.jsonl");

    assertThat(triage.phase()).isEqualTo(Phase.RUNTIME);
    assertThat(triage.failed()).containsExactly("tutum/logrotate");
    assertThat(triage.causes()).containsExactly(
        TriageCause.of("tutum/logrotate", Severity.MEDIUM, List.of()));
    assertThat(triage.atRisk()).isEmpty();
    assertThat(triage.notes()).extracting(ImpactNote::service).containsExactly("tutum/logrotate");
    assertThat(triage.notes().get(0).citation()).contains("other services will fail");
    assertThat(triage.summary()).isEqualTo("1 service down, 1 root cause: tutum/logrotate"
        + " (MEDIUM). Nothing else at risk. Restart: tutum/logrotate." + " Matched by image only, a guess: logrotate as tutum/logrotate.");
  }

  /**
   * The Compose stack of the next two tests.
   *
   * <pre>
   *   web (HIGH) ---> db (HIGH) <--- worker (MEDIUM) ...talks to...> queue (MEDIUM)
   *     \---> migrate (one-shot, LOW) ---> db
   * </pre>
   */
  private static TopologyGraph shop() {
    return TopologyGraph.of(Topology.of(
        Service.of("db", Severity.HIGH),
        Service.of("queue", Severity.MEDIUM),
        Service.builder().name("migrate").severity(Severity.LOW).lifecycle(Lifecycle.ONE_SHOT)
            .addDependencies(Dependency.startup("db")).build(),
        Service.of("web", Severity.HIGH, "db", "migrate"),
        Service.builder().name("worker").severity(Severity.MEDIUM)
            .addDependencies(Dependency.startup("db"), Dependency.runtime("queue", "worker reads jobs from queue.")).build()));
  }

  @Test
  void triage_composeReplicaDown_serviceIsPartlyUpAndNothingFailed() {
    // web runs 2 replicas: shop-web-1 up (healthy), shop-web-2 exited (1). A scaled service
    // with one replica up still serves: PARTLY_UP, not failed. migrate exited 0: completed.
    // db, queue, worker up: 3 up. Nothing failed; the recovery restarts web's lost replica.
    Triage triage = shop().triage(ComposePs.read(Captured.text("compose-replica-down.jsonl")));

    assertThat(triage.phase()).isEqualTo(Phase.RUNTIME);
    assertThat(triage.failed()).isEmpty();
    assertThat(triage.service("web").orElseThrow())
        .extracting(ServiceStatus::verdict, ServiceStatus::reason, ServiceStatus::containersUp)
        .containsExactly(Verdict.PARTLY_UP, "1 of 2 containers up; shop-web-2 exited (1)", 1);
    assertThat(triage.severity()).isEmpty();
    assertThat(triage.recoveryWaves()).containsExactly(List.of("web"));
    assertThat(triage.summary())
        .isEqualTo("Nothing down: 3 services up, 1 partly up, 1 one-shot task completed."
            + " Restart: web.");
  }

  @Test
  void triage_composeUnhealthyDatabase_dbIsTheCauseAndItsDependentsAtRisk() {
    // db runs with a failing health check: UNHEALTHY, failed. Everything else runs, migrate
    // exited 0: RUNTIME. At runtime db's failure puts web and worker at risk (both need it);
    // migrate is one-shot, never at risk at runtime. HIGH. Restart db; web and worker still
    // run and the stack declares no restart (restart: true), so they are checked once db is
    // back, not restarted (changed in 0.3.0); migrate's migration stays done.
    Triage triage = shop().triage(ComposePs.read(Captured.text("compose-unhealthy-db.json")));

    assertThat(triage.failed()).containsExactly("db");
    assertThat(triage.service("db").map(ServiceStatus::verdict)).contains(Verdict.UNHEALTHY);
    assertThat(triage.causes()).containsExactly(TriageCause.of("db", Severity.HIGH, List.of()));
    assertThat(triage.atRisk()).containsExactly("web", "worker");
    assertThat(triage.recoveryWaves()).containsExactly(List.of("db"));
    assertThat(triage.toCheck()).containsExactly("web", "worker");
    assertThat(triage.summary()).isEqualTo("1 service down, 1 root cause: db (HIGH)."
        + " 2 more at risk. Restart: db. Then check: web and worker.");
  }

  @Test
  void triage_phaseFixedToStartup_overridesInference() {
    // The logrotate capture infers RUNTIME; fixed to STARTUP, the same failure is judged by the
    // startup rules: ready-agent, exited, is then a failed startup gate.
    Triage triage = ENGINE.triage(
        DockerPs.read(Captured.text("catalog-logrotate-down.jsonl"), CATALOG), Phase.STARTUP);
    assertThat(triage.phase()).isEqualTo(Phase.STARTUP);
    assertThat(triage.phaseInferred()).isFalse();
    assertThat(triage.failed()).containsExactly("ready-agent", "tutum/logrotate");
  }
}
