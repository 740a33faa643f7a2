package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.DependencyKind;
import dev.topology.api.Severity;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.diff.Change;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.lint.LintRule;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Restart plans, root causes, blast radii, lint, diffs and exports of the CircleCI Server 2.x
 * catalog, worked out by hand; see {@link CatalogScenarioTest} for the dependencies of the table.
 * Runtime interactions: picard-dispatcher to schedulerer, schedulerer to nomad_server,
 * nomad-metrics to nomad_server and telegraf, output-processor to mongo, shutdown-hook-poller to
 * frontend, vm-gc and vm-scaler to vm-service, contexts-service to contexts-vault, and
 * audit-log-service and output-processor to fileserved (without S3).
 */
class CatalogAnalysisTest {
  private final TopologyGraph graph = TopologyGraph.of(CircleCiServer2.topology());

  @Test
  void restartPlan_postgres_restartsTenServicesInThreeWaves() {
    // The runtime impact of postgres: its long-running dependents and shutdown-hook-poller
    // (talks to frontend). frontend needs only postgres, the poller nothing: wave 0. The others
    // need frontend: wave 1, except api-service, which also needs contexts-service: wave 2.
    // The migrators have run and are not rerun.
    RestartPlan plan = graph.restartPlan("postgres");
    assertThat(plan.waves()).containsExactly(List.of("frontend", "shutdown-hook-poller"),
        List.of("audit-log-service", "contexts-service", "cron-service", "domain-service",
            "federation-service", "permissions-service", "workflows-conductor"),
        List.of("api-service"));
    assertThat(plan.order()).startsWith("frontend", "shutdown-hook-poller", "audit-log-service",
        "contexts-service").endsWith("api-service").hasSize(10);
  }

  @Test
  void restartPlan_nomadServer_restartsSchedulerBeforeNothingButInOneWave() {
    // schedulerer, picard-dispatcher and nomad-metrics only talk to the nomad server while
    // running; none needs another to start, so all restart together.
    assertThat(graph.restartPlan("server-nomad").waves())
        .containsExactly(List.of("nomad-metrics", "picard-dispatcher", "schedulerer"));
  }

  @Test
  void rootCauses_apiAndContextsAtStartup_rankContextsServiceFirst() {
    // Causes of contexts-service (which takes api-service down): itself; what it needs
    // (postgres, frontend, its migrator, the vault); and ready-agent, the gate. Beyond the two
    // observed: contexts-service 0; the migrator and the vault only themselves, 1; frontend
    // takes down 14 and itself, 15 - 2 = 13; postgres 16 - 2 = 14; ready-agent all 39 - 2 = 37.
    RootCauses causes = graph.rootCauses(Phase.STARTUP, "api-service", "contexts-service");
    assertThat(causes.candidates()).extracting(CatalogAnalysisTest::counted).containsExactly(
        "contexts-service 0", "contexts-service-migrator 1", "contexts-vault 1", "frontend 13",
        "postgres 14", "ready-agent 37");
    assertThat(causes.candidates().get(1))
        .hasToString("contexts-service-migrator (1 also down: contexts-service-migrator itself)");
  }

  @Test
  void rootCauses_dispatcherAndNomadMetricsAtRuntime_pointToTheNomadServer() {
    // picard-dispatcher falls with schedulerer or the nomad server; nomad-metrics with the
    // nomad server or telegraf. Only the nomad server does both, and also takes schedulerer.
    RootCause cause = graph.rootCauses(Phase.RUNTIME, "picard-dispatcher", "nomad-metrics")
        .candidates().get(0);
    assertThat(cause.services()).containsExactly("nomad_server");
    assertThat(cause.alsoDown()).containsExactly("nomad_server", "schedulerer");
  }

  @Test
  void rootCauses_dispatcherAndOutputProcessorAtRuntime_rankNinePairs() {
    // No service takes both down. output-processor falls with itself, mongo or fileserved
    // (0, 1 or 2 more: fileserved also takes audit-log-service); picard-dispatcher with itself,
    // schedulerer or the nomad server (0, 1 or 3 more: the server also takes nomad-metrics).
    // The nine pairs by the sum, then by name.
    RootCauses causes = graph.rootCauses(Phase.RUNTIME, "picard-dispatcher", "output-processor");
    assertThat(causes.candidates()).extracting(CatalogAnalysisTest::counted).containsExactly(
        "output-processor + picard-dispatcher 0", "mongo + picard-dispatcher 1",
        "output-processor + schedulerer 1", "fileserved + picard-dispatcher 2",
        "mongo + schedulerer 2", "fileserved + schedulerer 3", "nomad_server + output-processor 3",
        "mongo + nomad_server 4", "fileserved + nomad_server 5");
    assertThat(causes.candidates().get(6)).hasToString("nomad_server + output-processor"
        + " (3 also down: nomad-metrics, nomad_server itself, schedulerer)");
    assertThat(causes.exhaustive()).isTrue();
  }

  @Test
  void blastRadius_startup_readyAgentThenPostgresThenFrontend() {
    // ready-agent: the other 38. postgres: the 15 of its startup impact. frontend: those but
    // itself. vm-service-db-migrator: vm-gc (LOW), vm-scaler and vm-service (MEDIUM).
    List<ServiceBlast> ranking = graph.blastRadius(Phase.STARTUP).ranking();
    assertThat(ranking.subList(0, 4)).extracting(ServiceBlast::toString).containsExactly(
        "ready-agent (LOW) takes down 38 (worst HIGH)",
        "postgres (HIGH) takes down 15 (worst HIGH)",
        "frontend (MEDIUM) takes down 14 (worst HIGH)",
        "vm-service-db-migrator (LOW) takes down 3 (worst MEDIUM)");
  }

  @Test
  void blastRadius_runtime_postgresThenFrontendThenTheNomadServer() {
    // postgres: its 9 long-running dependents and the poller. frontend: those but itself. The
    // nomad server: schedulerer, picard-dispatcher (MEDIUM), nomad-metrics (LOW).
    BlastRadius blast = graph.blastRadius(Phase.RUNTIME);
    assertThat(blast.ranking().subList(0, 3)).extracting(ServiceBlast::toString)
        .containsExactly("postgres (HIGH) takes down 10 (worst HIGH)",
            "frontend (MEDIUM) takes down 9 (worst HIGH)",
            "nomad_server (HIGH) takes down 3 (worst MEDIUM)");
    assertThat(blast.of("ready-agent").takesDown()).isZero();
  }

  @Test
  void lint_default_findsTheGateAndSeventeenSafeRedundantDependencies() {
    // The gate is a real single point of failure. A dependency is redundant only when another
    // chain carries a failure the same way in both phases: the migrators' and
    // audit-log-service's postgres (through frontend), api-service's four (through
    // contexts-service, a long-running service; the migrator through it is one-shot, which is
    // fine for a one-shot target). The six services behind a migrator keep their frontend:
    // the only other chain to it goes through their migrator, a one-shot task that carries
    // nothing at runtime, so removing it would erase frontend's runtime impact on them.
    List<LintFinding> findings = graph.lint();
    assertThat(findings.get(0)).hasToString("SINGLE_POINT_OF_FAILURE: 'ready-agent' takes down"
        + " more than half of the 39 services: 38 if it fails at startup.");
    List<String> redundant = new ArrayList<>();
    for (LintFinding finding : findings.subList(1, findings.size())) {
      assertThat(finding.rule()).isEqualTo(LintRule.REDUNDANT_DEPENDENCY);
      String via = finding.message().replaceAll(".*through [^ ]+ -> ([^ ,]+).*", "$1");
      redundant.add(String.join(" > ", finding.services()) + " via " + via);
    }
    assertThat(redundant).containsExactly(
        "api-service > contexts-service-migrator via contexts-service",
        "api-service > contexts-vault via contexts-service",
        "api-service > frontend via contexts-service",
        "api-service > postgres via contexts-service",
        "audit-log-service > postgres via frontend",
        "contexts-service > postgres via frontend",
        "contexts-service-migrator > postgres via frontend",
        "cron-service > postgres via frontend",
        "cron-service-migrator > postgres via frontend",
        "domain-service > postgres via frontend",
        "domain-service-migrator > postgres via frontend",
        "federation-service > postgres via frontend",
        "federation-service-migrator > postgres via frontend",
        "permissions-service > postgres via frontend",
        "permissions-service-migrator > postgres via frontend",
        "workflows-conductor > postgres via frontend",
        "workflows-conductor-migrator > postgres via frontend");
  }

  @Test
  void lint_externalized_alsoFindsTheMongoUpgraderUnused() {
    // mongo runs outside, so its own startup dependency on the upgrader is not this
    // installation's: nothing here waits for mongodb-upgrader. The gate takes down the 32
    // services started here.
    List<LintFinding> findings = TopologyGraph.of(CircleCiServer2.topology(),
        CircleCiServer2.externalizedDeployment()).lint();
    assertThat(findings.subList(0, 2)).extracting(LintFinding::rule, LintFinding::services)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LintRule.UNUSED_ONE_SHOT,
            List.of("mongodb-upgrader")), org.assertj.core.groups.Tuple.tuple(
            LintRule.SINGLE_POINT_OF_FAILURE, List.of("ready-agent")));
    assertThat(findings).hasSize(2 + 17);
  }

  @Test
  void diff_ldap_raisesFederationServiceAndWhatItsMigratorReaches() {
    TopologyDiff diff = TopologyDiff.of(graph,
        TopologyGraph.of(CircleCiServer2.topology(), CircleCiServer2.ldapDeployment()));
    assertThat(diff.severityChanges()).containsExactly(
        Change.of("federation-service", Severity.MEDIUM, Severity.HIGH));
    // The migrator takes down federation-service at startup, now HIGH; postgres and frontend
    // already reached HIGH services.
    assertThat(diff.blastRadiusChanges(Phase.STARTUP)).extracting(Change::toString)
        .containsExactly("federation-service-migrator: takes down 1 (worst MEDIUM)"
            + " -> takes down 1 (worst HIGH)");
    assertThat(diff.blastRadiusChanges(Phase.RUNTIME)).isEmpty();
    assertThat(diff.addedEdges()).isEmpty();
    assertThat(diff.waveChanges()).isEmpty();
  }

  @Test
  void diff_s3_dropsFileservedAndItsTwoBlobUsersEdges() {
    TopologyDiff diff = TopologyDiff.of(graph,
        TopologyGraph.of(CircleCiServer2.topology(), CircleCiServer2.s3Deployment()));
    assertThat(diff.removedServices()).containsExactly("fileserved");
    assertThat(diff.removedEdges()).containsExactly(
        Edge.of("audit-log-service", "fileserved", DependencyKind.RUNTIME, true),
        Edge.of("output-processor", "fileserved", DependencyKind.RUNTIME, true));
    // One service fewer for the gate to take down; nothing else moves.
    assertThat(diff.blastRadiusChanges(Phase.STARTUP)).extracting(Change::toString)
        .containsExactly("ready-agent: takes down 38 (worst HIGH) -> takes down 37 (worst HIGH)");
    assertThat(diff.waveChanges()).isEmpty();
  }

  @Test
  void diff_externalized_movesEveryoneUpAWave() {
    // Six services leave the plan; frontend, needing only postgres, moves to wave 0; the seven
    // that need frontend to 1; the six behind migrators to 2; api-service to 3: 21 in all.
    // mongo's own dependency on the upgrader is dropped.
    TopologyDiff diff = TopologyDiff.of(graph, TopologyGraph.of(CircleCiServer2.topology(),
        CircleCiServer2.externalizedDeployment()));
    assertThat(diff.removedEdges()).containsExactly(
        Edge.of("mongo", "mongodb-upgrader", DependencyKind.STARTUP, true));
    assertThat(diff.waveChanges()).hasSize(21).extracting(Change::toString)
        .contains("api-service: wave 4 -> wave 3", "frontend: wave 1 -> wave 0",
            "mongo: wave 1 -> external", "postgres: wave 0 -> external");
    assertThat(diff.blastRadiusChanges(Phase.STARTUP)).extracting(Change::service)
        .containsExactly("mongodb-upgrader", "ready-agent");
  }

  /** A candidate as its services and how many services are also down with it. */
  private static String counted(RootCause cause) {
    return String.join(" + ", cause.services()) + " " + cause.alsoDownCount();
  }
}
