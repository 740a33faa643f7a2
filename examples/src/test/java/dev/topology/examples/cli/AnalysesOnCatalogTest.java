package dev.topology.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code restart}, {@code root-cause}, {@code blast-radius} and {@code lint} on the bundled
 * catalog, checked against what {@code impact} answers for the same services.
 */
class AnalysesOnCatalogTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static String text(String... args) {
    Cli.Result result = Cli.run(args);
    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    return result.out();
  }

  private static JsonNode json(String... args) {
    return JSON.readTree(text(args));
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(n.asString()));
    return names;
  }

  @Test
  void restart_postgres_threeWavesEndingInApiService() {
    assertThat(text("restart", "postgres")).isEqualTo("""
        Restart of postgres (HIGH) while running: 10 services to restart in 3 waves
        Topology: bundled CircleCI Server 2.x catalog
        Deployment: ldap=off, objectStorage=fileserved

        WAVE  SERVICE               SEVERITY  PATH
        0     frontend              MEDIUM    postgres -> frontend
              shutdown-hook-poller  LOW       postgres -> frontend -> shutdown-hook-poller
        1     audit-log-service     LOW       postgres -> audit-log-service
              contexts-service      MEDIUM    postgres -> contexts-service
              cron-service          MEDIUM    postgres -> cron-service
              domain-service        HIGH      postgres -> domain-service
              federation-service    MEDIUM    postgres -> federation-service
              permissions-service   MEDIUM    postgres -> permissions-service
              workflows-conductor   HIGH      postgres -> workflows-conductor
        2     api-service           HIGH      postgres -> api-service
        """);
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgres", "frontend", "contexts-vault", "vault-cci", "ready-agent",
      "nomad_server", "mongodb-upgrader"})
  void restart_restartsWhatTheRuntimeImpactTakesDown(String service) {
    JsonNode restart = json("restart", service, "--json");
    JsonNode impact = json("impact", service, "--json");
    List<String> affected = new ArrayList<>();
    impact.get("affected").forEach(a -> affected.add(a.get("name").asString()));
    assertThat(restart.get("service").asString()).isEqualTo(names(impact.get("failed")).get(0));
    assertThat(new TreeSet<>(names(restart.get("restart")))).isEqualTo(new TreeSet<>(affected));
    // The restart order goes wave by wave, by name within a wave, as the plan's does.
    List<String> order = new ArrayList<>();
    restart.get("waves").forEach(wave -> {
      assertThat(names(wave)).isSorted();
      order.addAll(names(wave));
    });
    assertThat(names(restart.get("restart"))).isEqualTo(order);
  }

  @Test
  void rootCause_apiAndCronService_frontendBeforePostgres() {
    assertThat(text("root-cause", "api-service", "cron-service")).startsWith("""
        Root causes of api-service, cron-service failing at runtime: 2 candidates, best first
        Topology: bundled CircleCI Server 2.x catalog
        Deployment: ldap=off, objectStorage=fileserved

        RANK  CAUSE     SEVERITY  ALSO DOWN
        1     frontend  MEDIUM    8: audit-log-service, contexts-service, domain-service,
                                  federation-service, frontend itself and 3 more
        2     postgres  HIGH      9: audit-log-service, contexts-service, domain-service,
                                  federation-service, frontend and 4 more
        """);
    JsonNode causes = json("root-cause", "api-service", "cron-service", "--json");
    assertThat(causes.get("phase").asString()).isEqualTo("RUNTIME");
    assertThat(causes.get("exhaustive").asBoolean()).isTrue();
    JsonNode best = causes.get("candidates").get(0);
    assertThat(names(best.get("services"))).containsExactly("frontend");
    assertThat(names(best.get("explains"))).containsExactly("api-service", "cron-service");
    assertThat(names(best.get("alsoDown"))).containsExactly("audit-log-service",
        "contexts-service", "domain-service", "federation-service", "frontend",
        "permissions-service", "shutdown-hook-poller", "workflows-conductor");
    assertThat(best.get("alsoDownCount").asInt()).isEqualTo(8);
    assertThat(best.get("exact").asBoolean()).isTrue();
  }

  @Test
  void rootCause_startup_readyAgentIsTheLastCandidate() {
    JsonNode causes = json("root-cause", "vault-cci", "--phase", "startup", "--json");
    assertThat(names(causes.get("observed"))).containsExactly("contexts-vault");
    JsonNode candidates = causes.get("candidates");
    assertThat(names(candidates.get(0).get("services"))).containsExactly("contexts-vault");
    assertThat(names(candidates.get(candidates.size() - 1).get("services")))
        .containsExactly("ready-agent");
  }

  @Test
  void blastRadius_runtime_postgresFirst_startup_readyAgentFirst() {
    assertThat(text("blast-radius")).startsWith("""
        Blast radius at runtime: 39 services, most taken down first
        Topology: bundled CircleCI Server 2.x catalog
        Deployment: ldap=off, objectStorage=fileserved

        SERVICE                       SEVERITY  TAKES DOWN  WORST TAKEN DOWN
        postgres                      HIGH      10          HIGH
        frontend                      MEDIUM    9           HIGH
        nomad_server                  HIGH      3           MEDIUM
        """);
    JsonNode startup = json("blast-radius", "--phase", "startup", "--json");
    assertThat(startup.get("services")).hasSize(39);
    assertThat(startup.get("services").get(0).get("name").asString()).isEqualTo("ready-agent");
    assertThat(startup.get("services").get(0).get("takesDown").asInt()).isEqualTo(38);
  }

  @ParameterizedTest
  @ValueSource(strings = {"runtime", "startup"})
  void blastRadius_everyRow_isWhatImpactAnswersForThatService(String phase) {
    for (JsonNode row : json("blast-radius", "--phase", phase, "--ldap", "--json")
        .get("services")) {
      JsonNode impact = json("impact", row.get("name").asString(), "--phase", phase, "--ldap",
          "--json");
      assertThat(row.get("takesDown").asInt()).isEqualTo(impact.get("affected").size());
      for (String field : List.of("worstSeverity", "propagatedSeverity")) {
        assertThat(row.get(field)).as("%s of %s", field, row.get("name"))
            .isEqualTo(impact.get(field));
      }
      assertThat(row.get("severity")).isEqualTo(impact.get("failedSeverity"));
    }
  }

  @Test
  void lint_catalog_oneSinglePointOfFailureAnd17RedundantDependencies() {
    JsonNode findings = json("lint", "--json").get("findings");
    assertThat(findings).hasSize(18);
    assertThat(findings.get(0).get("rule").asString()).isEqualTo("SINGLE_POINT_OF_FAILURE");
    assertThat(names(findings.get(0).get("services"))).containsExactly("ready-agent");
    assertThat(text("lint")).startsWith("""
        Lint: 18 findings under 2 rules, advice rather than errors
        Topology: bundled CircleCI Server 2.x catalog
        Deployment: ldap=off, objectStorage=fileserved

        SINGLE_POINT_OF_FAILURE (1): a service whose failure takes down more than half of \
        the topology
          'ready-agent' takes down more than half of the 39 services: 38 if it fails at startup.

        REDUNDANT_DEPENDENCY (17): a startup dependency implied by another path in both phases
          'api-service' needs 'contexts-service-migrator' to start, and already needs it through api-service
            -> contexts-service -> contexts-service-migrator, required at every step: removing it changes no
            startup order and no impact at startup; at runtime it carries nothing, since
            'contexts-service-migrator' does not run on once started.
        """);
  }

  @Test
  void lint_externalizedDeployment_findsTheUnusedUpgrader() {
    JsonNode findings = json("lint", "--json", "--externalize",
        "contexts-vault,mongo,nomad_server,outputRunningRedis,postgres,rabbitmq").get("findings");
    assertThat(findings.get(0).get("rule").asString()).isEqualTo("UNUSED_ONE_SHOT");
    assertThat(names(findings.get(0).get("services"))).containsExactly("mongodb-upgrader");
  }

  @Test
  void newCommands_sameQuestionTwice_sameBytes() {
    for (String[] args : List.of(new String[] {"restart", "postgres", "--json"},
        new String[] {"root-cause", "api-service", "exim", "--json"},
        new String[] {"root-cause", "api-service", "--phase", "startup"},
        new String[] {"blast-radius", "--phase", "startup"},
        new String[] {"blast-radius", "--json"}, new String[] {"lint"},
        new String[] {"diff", "--against-ldap", "--json"},
        new String[] {"graph", "--format", "mermaid"}, new String[] {"graph"})) {
      assertThat(Cli.run(args).out()).as(String.join(" ", args))
          .isEqualTo(Cli.run(args).out());
    }
  }
}
