package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Deployment;
import dev.topology.api.Severity;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.impact.ImpactNote;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected answers on the CircleCI Server 2.x catalog, worked out by hand from the reference
 * table and written down with the reasoning. Default deployment unless a test says otherwise: no
 * LDAP, fileserved storage, nothing externalized; all 39 services present.
 *
 * <p>Startup dependencies of the table, "a: b, c" for "a needs b and c":
 *
 * <pre>
 *   frontend: postgres                 mongo: mongodb-upgrader
 *   each of the six postgres migrators: postgres, frontend
 *   audit-log-service: postgres, frontend
 *   cron-, domain-, federation-, permissions-service, workflows-conductor:
 *                                      postgres, frontend, their own migrator
 *   contexts-service: postgres, frontend, contexts-service-migrator, vault-cci
 *   api-service: postgres, frontend, contexts-service-migrator, contexts-service, vault-cci
 *   vm-gc, vm-scaler, vm-service: vm-service-db-migrator
 *   the other 20 services: none
 * </pre>
 */
class CatalogScenarioTest {
  private final TopologyGraph graph = TopologyGraph.of(CircleCiServer2.topology());

  @Test
  void waves_default_firstHoldsTheTwentyServicesThatNeedNothing() {
    // The rows whose dependency column says "None", sorted by name ('-' < '_' < letters in
    // String order, so nomad-metrics before nomad_server, output-processor before
    // outputRunningRedis). ready-agent is among them: its system-wide role is no edge.
    assertThat(graph.startupPlan().waves().get(0)).containsExactly(
        "contexts-vault", "exim", "fileserved", "mongodb-upgrader", "nomad-metrics",
        "nomad_server", "output-processor", "outputRunningRedis", "picard-dispatcher", "postgres",
        "rabbitmq", "ready-agent", "schedulerer", "server-usage-stats", "shutdown-hook-poller",
        "slanger", "telegraf", "test-results", "tutum/logrotate", "vm-service-db-migrator");
  }

  @Test
  void waves_default_areFiveLayersEndingWithApiService() {
    // Wave 1: what needs only wave-0 services: frontend (postgres), mongo (mongodb-upgrader),
    //   the three vm services (vm-service-db-migrator).
    // Wave 2: what needs frontend: audit-log-service and the six postgres migrators.
    // Wave 3: the services that need their migrator (wave 2): contexts-service, cron-service,
    //   domain-service, federation-service, permissions-service, workflows-conductor.
    // Wave 4: api-service, the only service that needs another wave-3 service (contexts-service).
    List<List<String>> waves = graph.startupPlan().waves();
    assertThat(waves).hasSize(5);
    assertThat(waves.get(1)).containsExactly("frontend", "mongo", "vm-gc", "vm-scaler",
        "vm-service");
    assertThat(waves.get(2)).containsExactly("audit-log-service", "contexts-service-migrator",
        "cron-service-migrator", "domain-service-migrator", "federation-service-migrator",
        "permissions-service-migrator", "workflows-conductor-migrator");
    assertThat(waves.get(3)).containsExactly("contexts-service", "cron-service",
        "domain-service", "federation-service", "permissions-service", "workflows-conductor");
    assertThat(waves.get(4)).containsExactly("api-service");
  }

  @Test
  void order_default_goesWaveByWaveByName() {
    // The five waves above, one after the other, each by name.
    assertThat(graph.startupPlan().order()).containsExactly(
        "contexts-vault", "exim", "fileserved", "mongodb-upgrader", "nomad-metrics",
        "nomad_server", "output-processor", "outputRunningRedis", "picard-dispatcher", "postgres",
        "rabbitmq", "ready-agent", "schedulerer", "server-usage-stats", "shutdown-hook-poller",
        "slanger", "telegraf", "test-results", "tutum/logrotate", "vm-service-db-migrator",
        "frontend", "mongo", "vm-gc", "vm-scaler", "vm-service",
        "audit-log-service", "contexts-service-migrator", "cron-service-migrator",
        "domain-service-migrator", "federation-service-migrator", "permissions-service-migrator",
        "workflows-conductor-migrator",
        "contexts-service", "cron-service", "domain-service", "federation-service",
        "permissions-service", "workflows-conductor",
        "api-service");
  }

  @Test
  void impact_postgresAtStartup_takesDownAllFifteenThatNeedItOrFrontend() {
    // Everything that lists postgres lists it directly, so every path is [postgres, x]: frontend,
    // audit-log-service, the six migrators, the six services behind them and api-service.
    Impact impact = graph.impact(Phase.STARTUP, "postgres-script-enhance");
    assertThat(impact.failed()).containsExactly("postgres");
    assertThat(impact.affectedNames()).containsExactly("api-service", "audit-log-service",
        "contexts-service", "contexts-service-migrator", "cron-service", "cron-service-migrator",
        "domain-service", "domain-service-migrator", "federation-service",
        "federation-service-migrator", "frontend", "permissions-service",
        "permissions-service-migrator", "workflows-conductor", "workflows-conductor-migrator");
    assertThat(impact.affected()).allSatisfy(a -> assertThat(a.path()).hasSize(2));
    // HIGH among them: api-service, domain-service, workflows-conductor. federation-service is
    // MEDIUM without LDAP.
    assertThat(impact.affected()).filteredOn(a -> a.severity() == Severity.HIGH)
        .extracting(AffectedService::name)
        .containsExactly("api-service", "domain-service", "workflows-conductor");
    assertThat(impact.failedSeverity()).isEqualTo(Severity.HIGH);
    assertThat(impact.propagatedSeverity()).contains(Severity.HIGH);
    assertThat(impact.wholeSystemDown()).isFalse();
  }

  @Test
  void impact_postgresAtRuntime_reachesLongRunningDependentsAndTheFrontendPoller() {
    // The migrators have run and exited: not at risk. The long-running services that need
    // postgres to start are at risk; so is shutdown-hook-poller, which talks to frontend while
    // running (path postgres -> frontend -> shutdown-hook-poller).
    Impact impact = graph.impact(Phase.RUNTIME, "postgres");
    assertThat(impact.affectedNames()).containsExactly("api-service", "audit-log-service",
        "contexts-service", "cron-service", "domain-service", "federation-service", "frontend",
        "permissions-service", "shutdown-hook-poller", "workflows-conductor");
    assertThat(impact.affected("shutdown-hook-poller").get().path())
        .containsExactly("postgres", "frontend", "shutdown-hook-poller");
  }

  @Test
  void impact_contextsVault_reachesContextsAndApiAtBothPhases() {
    // contexts-service and api-service list vault-cci among their startup dependencies (and
    // contexts-service also talks to it while running); nothing else reaches it.
    for (Phase phase : Phase.values()) {
      Impact impact = graph.impact(phase, "vault-cci");
      assertThat(impact.failed()).containsExactly("contexts-vault");
      assertThat(impact.affectedNames()).containsExactly("api-service", "contexts-service");
      assertThat(impact.affected("api-service").get().path())
          .containsExactly("contexts-vault", "api-service");
      // The vault is MEDIUM, but a HIGH service falls with it.
      assertThat(impact.failedSeverity()).isEqualTo(Severity.MEDIUM);
      assertThat(impact.propagatedSeverity()).contains(Severity.HIGH);
    }
  }

  @Test
  void impact_frontendAtStartup_takesDownEveryPostgresBackedServiceButNotThePoller() {
    // Everything of postgres's list but frontend itself; shutdown-hook-poller only talks to
    // frontend once running, so it can still start.
    Impact impact = graph.impact(Phase.STARTUP, "frontend");
    assertThat(impact.affectedNames()).containsExactly("api-service", "audit-log-service",
        "contexts-service", "contexts-service-migrator", "cron-service", "cron-service-migrator",
        "domain-service", "domain-service-migrator", "federation-service",
        "federation-service-migrator", "permissions-service", "permissions-service-migrator",
        "workflows-conductor", "workflows-conductor-migrator");
  }

  @Test
  void impact_frontendAtRuntime_reachesLongRunningDependentsAndThePoller() {
    Impact impact = graph.impact(Phase.RUNTIME, "frontend");
    assertThat(impact.affectedNames()).containsExactly("api-service", "audit-log-service",
        "contexts-service", "cron-service", "domain-service", "federation-service",
        "permissions-service", "shutdown-hook-poller", "workflows-conductor");
    assertThat(impact.affected()).allSatisfy(a -> assertThat(a.cause()).isEqualTo("frontend"));
  }

  @Test
  void impact_readyAgentAtStartup_takesTheWholeSystemDown() {
    // The source: "If unavailable on startup the whole system will fail." All 38 others fall,
    // each explained by [ready-agent, service]; ready-agent itself is LOW.
    Impact impact = graph.impact(Phase.STARTUP, "server-ready-agent");
    assertThat(impact.wholeSystemDown()).isTrue();
    assertThat(impact.affected()).hasSize(38);
    assertThat(impact.affected("mongo").get().path()).containsExactly("ready-agent", "mongo");
    assertThat(impact.failedSeverity()).isEqualTo(Severity.LOW);
    assertThat(impact.propagatedSeverity()).contains(Severity.HIGH);
  }

  @Test
  void impact_readyAgentAtRuntime_affectsNothing() {
    // "Only required on startup."
    Impact impact = graph.impact(Phase.RUNTIME, "ready-agent");
    assertThat(impact.affected()).isEmpty();
    assertThat(impact.wholeSystemDown()).isFalse();
  }

  @Test
  void impact_contextsMigratorAtStartup_stopsContextsAndApi() {
    // contexts-service and api-service both list contexts-service-migrator directly.
    Impact impact = graph.impact(Phase.STARTUP, "contexts-service-migrator");
    assertThat(impact.affectedNames()).containsExactly("api-service", "contexts-service");
    assertThat(impact.failedSeverity()).isEqualTo(Severity.LOW);
    assertThat(impact.propagatedSeverity()).contains(Severity.HIGH);
  }

  @Test
  void impact_migratorAtRuntime_affectsNothing() {
    // A one-shot task that has already run cannot take anything down.
    assertThat(graph.impact(Phase.RUNTIME, "contexts-service-migrator").affected()).isEmpty();
    assertThat(graph.impact(Phase.RUNTIME, "federations-service-migrator").affected()).isEmpty();
  }

  @Test
  void impact_federationMigratorUnderItsOtherSpelling_stopsFederationService() {
    Impact impact = graph.impact(Phase.STARTUP, "federations-service-migrator");
    assertThat(impact.failed()).containsExactly("federation-service-migrator");
    assertThat(impact.affectedNames()).containsExactly("federation-service");
  }

  @Test
  void impact_nomadServerAtRuntime_followsInteractionsTwoSteps() {
    // schedulerer sends tasks to server-nomad; picard-dispatcher sends to schedulerer;
    // nomad-metrics queries the nomad server.
    Impact impact = graph.impact(Phase.RUNTIME, "nomad_server");
    assertThat(impact.affectedNames())
        .containsExactly("nomad-metrics", "picard-dispatcher", "schedulerer");
    assertThat(impact.affected("picard-dispatcher").get().path())
        .containsExactly("nomad_server", "schedulerer", "picard-dispatcher");
    assertThat(graph.impact(Phase.STARTUP, "nomad_server").affected()).isEmpty();
  }

  @Test
  void impact_rabbitmq_isANoteNotInventedEdges() {
    Impact impact = graph.impact(Phase.RUNTIME, "rabbitmq");
    assertThat(impact.affected()).isEmpty();
    assertThat(impact.notes()).extracting(ImpactNote::citation)
        .containsExactly("Most of our services use RabbitMQ for queueing.");
  }

  @Test
  void impact_fileservedAtRuntime_reachesItsBlobUsersOnlyWithoutS3() {
    Impact impact = graph.impact(Phase.RUNTIME, "fileserved");
    assertThat(impact.affectedNames()).containsExactly("audit-log-service", "output-processor");
  }

  @Test
  void plan_s3AndEveryExternalizableServiceOutside_shrinksTheMachine() {
    // With S3 fileserved is gone, and the six externalizable services are external
    // prerequisites, not started: 39 - 1 - 6 = 32 services to start. frontend needs only the
    // external postgres, so it moves to wave 0; audit-log-service and the migrators to wave 1;
    // the services behind the migrators to wave 2 (contexts-vault is external too); api-service,
    // still one above contexts-service, to wave 3.
    Deployment outside = Deployment.builder().choose("objectStorage", "s3")
        .externalized(List.of("postgres", "mongo", "rabbitmq", "outputRunningRedis",
            "nomad_server", "vault-cci"))
        .build();
    StartupPlan plan = TopologyGraph.of(CircleCiServer2.topology(), outside).startupPlan();
    assertThat(plan.externalPrerequisites()).containsExactly("contexts-vault", "mongo",
        "nomad_server", "outputRunningRedis", "postgres", "rabbitmq");
    assertThat(plan.order()).hasSize(39 - 1 - 6);
    assertThat(plan.waves()).hasSize(4);
    assertThat(plan.waves().get(0)).contains("frontend").doesNotContain("fileserved", "postgres");
    assertThat(plan.waves().get(3)).containsExactly("api-service");
  }
}
