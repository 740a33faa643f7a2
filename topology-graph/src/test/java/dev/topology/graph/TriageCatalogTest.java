package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.ContainerState;
import dev.topology.api.Coverage;
import dev.topology.api.Health;
import dev.topology.api.Lifecycle;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.internal.Recovery;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.RecoveryStep;
import dev.topology.graph.triage.ServiceStatus;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageCause;
import dev.topology.graph.triage.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Triage of the bundled catalog from observations built in Java, the engine's half of the
 * captured-output scenarios of topology-formats: every expected answer worked out by hand from
 * the catalog's data, as the comments say.
 */
class TriageCatalogTest {
  private static final TopologyGraph ENGINE = TopologyGraph.of(CircleCiServer2.topology());

  private static final List<String> NEED_POSTGRES = List.of("api-service", "audit-log-service",
      "contexts-service", "cron-service", "domain-service", "federation-service", "frontend",
      "permissions-service", "workflows-conductor");

  /** One container per service of the installation, in the state the function gives. */
  private static Observation every(Function<Service, ObservedContainer> state) {
    Observation.Builder seen = Observation.builder().complete();
    ENGINE.topology().services().forEach(s -> seen.add(state.apply(s)));
    return seen.build();
  }

  private static ObservedContainer settled(Service s) {
    return s.lifecycle() == Lifecycle.LONG_RUNNING ? ObservedContainer.of(s.name(),
        ContainerState.RUNNING) : ObservedContainer.of(s.name(), ContainerState.EXITED, 0);
  }

  private static Observation postgresExited() {
    return every(s -> s.name().equals("postgres")
        ? ObservedContainer.of("postgres", ContainerState.EXITED, 137)
        : NEED_POSTGRES.contains(s.name()) ? ObservedContainer.of(s.name(),
            ContainerState.EXITED, 1) : settled(s));
  }

  @Test
  void triage_postgresExitedAndItsDependentsAfterIt_postgresTheCauseThePollerChecked() {
    // postgres exited (137); the nine long-running services that need it to start exited (1).
    // Every one-shot task exited 0: RUNTIME. postgres alone explains the nine; at runtime its
    // failure also reaches shutdown-hook-poller (it talks to frontend), still up: at risk, and
    // checked, not restarted, as no dependency declares a restart. Recovery: postgres, then
    // frontend, then the seven that need frontend, then api-service (needs contexts-service).
    Triage triage = ENGINE.triage(postgresExited());
    List<String> failed = new ArrayList<>(NEED_POSTGRES);
    failed.add("postgres");
    failed.sort(null);
    assertThat(triage.phase()).isEqualTo(Phase.RUNTIME);
    assertThat(triage.phaseInferred()).isTrue();
    assertThat(triage.failed()).isEqualTo(failed);
    assertThat(triage.causes()).containsExactly(
        TriageCause.of("postgres", Severity.HIGH, NEED_POSTGRES));
    assertThat(triage.causes().get(0).toString()).startsWith(
        "postgres (HIGH) explains api-service, audit-log-service,");
    assertThat(triage.unexplained()).isEmpty();
    assertThat(triage.atRisk()).containsExactly("shutdown-hook-poller");
    assertThat(triage.severity()).contains(Severity.HIGH);
    assertThat(triage.wholeSystemDown()).isFalse();
    assertThat(triage.impact().orElseThrow().affectedNames()).contains("shutdown-hook-poller");
    assertThat(triage.rootCauses()).isPresent();
    assertThat(triage.notes()).isEmpty();
    assertThat(triage.externalContainers()).isEmpty();
    assertThat(triage.recoveryWaves()).containsExactly(List.of("postgres"), List.of("frontend"),
        List.of("audit-log-service", "contexts-service", "cron-service", "domain-service",
            "federation-service", "permissions-service", "workflows-conductor"),
        List.of("api-service"));
    assertThat(triage.toCheck()).containsExactly("shutdown-hook-poller");
    assertThat(triage.recovery().get(0).toString())
        .isEqualTo("wave 0: restart postgres (exited (137))");
    assertThat(triage.service("ready-agent").map(ServiceStatus::verdict))
        .contains(Verdict.NOT_NEEDED);
    assertThat(triage.service("postgres").orElseThrow().toString())
        .isEqualTo("postgres down: exited (137)");
    assertThat(triage.summary()).isEqualTo("10 services down, 1 root cause: postgres (HIGH)."
        + " 1 more at risk. Restart: postgres, then frontend, then 7 services, then api-service."
        + " Then check: shutdown-hook-poller.");
    assertThat(triage.toString()).startsWith("Triage[RUNTIME: 10 services down")
        .contains("\n  failed: api-service down: exited (1)",
            "\n  cause: postgres (HIGH) explains", "\n  wave 1: check shutdown-hook-poller"
                + " (running; needs frontend, which restarts)")
        .endsWith(")]");
  }

  @Test
  void triage_sameObservationTwice_equalAnswers() {
    Triage one = ENGINE.triage(postgresExited());
    Triage two = ENGINE.triage(postgresExited());
    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo("one");
    assertThat(one).isNotEqualTo(ENGINE.triage(postgresExited(), Phase.STARTUP));
    // Every service has a container: only the coverage differs.
    assertThat(one).isNotEqualTo(ENGINE.triage(postgresExited().withCoverage(Coverage.PARTIAL)));
  }

  @Test
  void triage_readyAgentMissingOthersCreated_gateExplainsEverythingWholeSystemDown() {
    // Complete: no ready-agent container; all others only created. STARTUP. The gate, not
    // seen, is failed and takes down every service the installation starts: it alone explains
    // the 30 long-running services never started; the 8 one-shot tasks, pending, are the more
    // at risk, and the whole system is down.
    Observation.Builder seen = Observation.builder().complete();
    ENGINE.topology().services().stream().filter(s -> !s.name().equals("ready-agent"))
        .forEach(s -> seen.add(s.name(), ContainerState.CREATED));
    Triage triage = ENGINE.triage(seen.build());
    assertThat(triage.phase()).isEqualTo(Phase.STARTUP);
    assertThat(triage.failed()).hasSize(31).contains("ready-agent", "postgres");
    assertThat(triage.service("ready-agent").orElseThrow().verdict()).isEqualTo(Verdict.NOT_SEEN);
    assertThat(triage.causes()).extracting(TriageCause::service).containsExactly("ready-agent");
    assertThat(triage.causes().get(0).explains()).hasSize(30);
    assertThat(triage.atRisk()).hasSize(8);
    assertThat(triage.wholeSystemDown()).isTrue();
    assertThat(triage.recoveryWaves()).extracting(List::size).containsExactly(1, 19, 5, 7, 6, 1);
    assertThat(triage.summary()).isEqualTo("31 services down, 1 root cause: ready-agent (LOW),"
        + " worst HIGH. 8 more at risk; the whole system is down. Start ready-agent,"
        + " then 17 services and run mongodb-upgrader and vm-service-db-migrator, then start 5"
        + " services, then audit-log-service and run 6 services, then start 6 services, then"
        + " api-service.");
  }

  @Test
  void triage_scaledServiceLostAReplica_partlyUpAndRestarted() {
    Observation seen = Observation.of(ObservedContainer.builder().name("frontend-1")
            .service("frontend").state(ContainerState.RUNNING).health(Health.HEALTHY).build(),
        ObservedContainer.builder().name("frontend-2").service("frontend")
            .state(ContainerState.EXITED).exitCode(1).build(),
        ObservedContainer.of("postgres", ContainerState.RUNNING));
    Triage triage = ENGINE.triage(seen);
    ServiceStatus frontend = triage.service("frontend").orElseThrow();
    assertThat(frontend.verdict()).isEqualTo(Verdict.PARTLY_UP);
    assertThat(frontend.reason()).isEqualTo("1 of 2 containers up; frontend-2 exited (1)");
    assertThat(frontend.containersUp()).isEqualTo(1);
    assertThat(triage.recovery()).extracting(RecoveryStep::service).containsExactly("frontend");
    assertThat(triage.summary()).startsWith("Nothing down: 1 service up, 1 partly up.");
    Triage both = ENGINE.triage(Observation.of(ObservedContainer.of("postgres",
        ContainerState.RUNNING), ObservedContainer.builder().name("frontend-1").service("frontend")
        .state(ContainerState.RUNNING).build(), ObservedContainer.builder().name("frontend-2")
        .service("frontend").state(ContainerState.RUNNING).build()));
    assertThat(both.service("frontend").orElseThrow().reason()).isEqualTo("all 2 containers up");
    assertThat(Verdict.NOT_SEEN.words()).isEqualTo("not seen");
    assertThat(RecoveryStep.Action.CHECK.word()).isEqualTo("check");
  }

  @Test
  void triage_twoScaledContainersDown_describedEach() {
    Triage triage = ENGINE.triage(Observation.of(ObservedContainer.of("postgres",
        ContainerState.RUNNING), ObservedContainer.builder().name("frontend-1").service("frontend")
        .state(ContainerState.EXITED).exitCode(1).build(), ObservedContainer.builder()
        .name("frontend-2").service("frontend").state(ContainerState.DEAD).build()));
    assertThat(triage.service("frontend").orElseThrow().reason())
        .isEqualTo("frontend-1 exited (1); frontend-2 dead");
  }
}
