package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every command on the bundled catalog, with each deployment flag. */
class CommandsOnCatalogTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static JsonNode json(String... args) {
    Cli.Result result = Cli.run(args);
    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    return JSON.readTree(result.out());
  }

  private static String text(String... args) {
    Cli.Result result = Cli.run(args);
    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    return result.out();
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(n.asString()));
    return names;
  }

  private static JsonNode service(JsonNode catalog, String name) {
    for (JsonNode service : catalog.get("services")) {
      if (service.get("name").asString().equals(name)) {
        return service;
      }
    }
    return null;
  }

  @Test
  void catalog_default_lists39ServicesResolvedForTheDefaultDeployment() {
    JsonNode catalog = json("catalog", "--json");
    assertThat(catalog.get("services")).hasSize(39);
    assertThat(service(catalog, "federation-service").get("severity").asString())
        .isEqualTo("MEDIUM");
    JsonNode vault = service(catalog, "contexts-vault");
    assertThat(vault.get("image").asString()).isEqualTo("vault-cci");
    assertThat(vault.get("externalizable").asBoolean()).isTrue();
    assertThat(names(service(catalog, "api-service").get("startupDependencies")))
        .containsExactly("postgres", "frontend", "contexts-service-migrator",
            "contexts-service", "contexts-vault");
    assertThat(service(catalog, "ready-agent").get("lifecycle").asString())
        .isEqualTo("STARTUP_ONLY");
  }

  @Test
  void catalog_table_alignsColumnsAndSaysWhatWasAsked() {
    String out = text("catalog");
    assertThat(out).startsWith("""
        Catalog: 39 services
        Topology: bundled CircleCI Server 2.x catalog
        Deployment: ldap=off, objectStorage=fileserved

        SERVICE                       SEVERITY  LIFECYCLE          EXTERNAL  NEEDS TO START
        api-service                   HIGH      long-running       no        postgres, frontend,
                                                                             contexts-service-migrator,
                                                                             contexts-service,
                                                                             contexts-vault
        audit-log-service             LOW       long-running       no        postgres, frontend
        """);
    assertThat(out).contains("\nready-agent                   LOW       startup-only gate  no\n");
    assertThat(out.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    String wide = text("catalog", "--wide");
    assertThat(wide).contains("\nready-agent                   server-ready-agent       LOW "
        + "      startup-only gate  no\n");
    assertThat(wide.lines()).hasSize(44).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
  }

  @Test
  void catalog_ldap_makesFederationServiceHigh() {
    JsonNode catalog = json("catalog", "--json", "--ldap");
    assertThat(catalog.get("deployment").get("choices").get("ldap").asString()).isEqualTo("on");
    assertThat(service(catalog, "federation-service").get("severity").asString())
        .isEqualTo("HIGH");
  }

  @Test
  void catalog_s3_dropsFileserved() {
    JsonNode catalog = json("catalog", "--json", "--s3");
    assertThat(catalog.get("deployment").get("choices").get("objectStorage").asString())
        .isEqualTo("s3");
    assertThat(catalog.get("services")).hasSize(38);
    assertThat(service(catalog, "fileserved")).isNull();
    assertThat(text("catalog", "--s3")).startsWith("Catalog: 38 services\n"
        + "Topology: bundled CircleCI Server 2.x catalog\n"
        + "Deployment: ldap=off, objectStorage=s3\n");
  }

  @Test
  void catalog_externalize_commaSeparatedOrRepeated_marksServicesExternal() {
    JsonNode catalog = json("catalog", "--json", "--externalize", "postgres,vault-cci",
        "--externalize", "mongo");
    assertThat(names(catalog.get("deployment").get("externalized")))
        .containsExactly("mongo", "postgres", "vault-cci");
    assertThat(service(catalog, "postgres").get("external").asBoolean()).isTrue();
    assertThat(service(catalog, "contexts-vault").get("external").asBoolean()).isTrue();
    assertThat(service(catalog, "rabbitmq").get("external").asBoolean()).isFalse();
  }

  @Test
  void plan_default_fiveWavesEndingInApiService() {
    JsonNode plan = json("plan", "--json");
    assertThat(plan.get("order")).hasSize(39);
    assertThat(plan.get("waves")).hasSize(5);
    assertThat(names(plan.get("waves").get(4))).containsExactly("api-service");
    assertThat(names(plan.get("external"))).isEmpty();
    assertThat(text("plan")).startsWith("""
        Startup plan: 39 services in 5 waves
        Topology: bundled CircleCI Server 2.x catalog
        Deployment: ldap=off, objectStorage=fileserved

        WAVE  SERVICE                       SEVERITY  LIFECYCLE
        0     contexts-vault                MEDIUM    long-running
              exim                          LOW       long-running
        """).endsWith("""
        4     api-service                   HIGH      long-running
        """);
  }

  @Test
  void plan_externalizedDeployment_startsTheRestAfterTheExternals() {
    JsonNode plan = json("plan", "--json", "--externalize",
        "contexts-vault,mongo,nomad_server,outputRunningRedis,postgres,rabbitmq");
    assertThat(names(plan.get("external"))).containsExactly("contexts-vault", "mongo",
        "nomad_server", "outputRunningRedis", "postgres", "rabbitmq");
    assertThat(plan.get("order")).hasSize(33);
  }

  @Test
  void impact_readyAgentAtStartup_takesTheWholeSystemDown() {
    JsonNode impact = json("impact", "ready-agent", "--phase", "startup", "--json");
    assertThat(impact.get("wholeSystemDown").asBoolean()).isTrue();
    assertThat(impact.get("affected")).hasSize(38);
    assertThat(impact.get("worstSeverity").asString()).isEqualTo("HIGH");
    assertThat(impact.get("failedSeverity").asString()).isEqualTo("LOW");
    assertThat(text("impact", "ready-agent", "--phase", "startup"))
        .startsWith("Failure of ready-agent (LOW) at startup: the whole system is down,"
            + " 38 services affected (worst HIGH)\n");
  }

  @Test
  void impact_rabbitmq_notesItsUnnamedDependents() {
    JsonNode impact = json("impact", "rabbitmq", "--json");
    assertThat(impact.get("notes").get(0).get("service").asString()).isEqualTo("rabbitmq");
    assertThat(impact.get("notes").get(0).get("kind").asString()).isEqualTo("RUNTIME");
    assertThat(text("impact", "rabbitmq")).endsWith("\nnote: rabbitmq has unnamed runtime"
        + " dependents: Most of our services use RabbitMQ for queueing.\n");
  }

  @Test
  void impact_rabbitmq_headlineSaysUnnamedServicesDependOnIt() {
    assertThat(text("impact", "rabbitmq")).startsWith("Failure of rabbitmq (HIGH) at runtime:"
        + " nothing named is affected, but the source says unnamed\n"
        + "  services depend on rabbitmq: \"Most of our services use RabbitMQ for queueing.\"\n");
    JsonNode impact = json("impact", "rabbitmq", "--json");
    assertThat(impact.get("unnamedDependents").asBoolean()).isTrue();
    assertThat(impact.get("unnamedDependentsCitations").get(0).get("service").asString())
        .isEqualTo("rabbitmq");
    assertThat(impact.get("unnamedDependentsCitations").get(0).get("citation").asString())
        .isEqualTo("Most of our services use RabbitMQ for queueing.");
  }

  @Test
  void impact_rabbitmqAtStartup_runtimeDependentsAreNoStartupFailure() {
    // The source says unnamed services use rabbitmq while running, not that they need it to
    // start: at startup its failure takes nothing named down, and nothing unnamed either.
    JsonNode impact = json("impact", "rabbitmq", "--phase", "startup", "--json");
    assertThat(impact.get("unnamedDependents").asBoolean()).isFalse();
    assertThat(text("impact", "rabbitmq", "--phase", "startup"))
        .startsWith("Failure of rabbitmq (HIGH) at startup: nothing else is affected\n");
  }

  @Test
  void impact_postgres_namesNoUnnamedDependents() {
    assertThat(json("impact", "postgres", "--json").get("unnamedDependents").asBoolean())
        .isFalse();
  }

  @Test
  void impact_postgresAtRuntime_worstFirstWithPaths() {
    String out = text("impact", "postgres");
    assertThat(out).startsWith("""
        Failure of postgres (HIGH) at runtime: 10 services affected (worst HIGH)
        Topology: bundled CircleCI Server 2.x catalog
        Deployment: ldap=off, objectStorage=fileserved

        SERVICE               SEVERITY  PATH
        api-service           HIGH      postgres -> api-service
        """).endsWith("""
        shutdown-hook-poller  LOW       postgres -> frontend -> shutdown-hook-poller
        """);
    JsonNode impact = json("impact", "postgres", "--json");
    assertThat(impact.get("affected").get(0).get("failureEffect").asString()).isNotEmpty();
  }

  @Test
  void impact_fileservedWithS3_isAbsentNotUnknown() {
    Cli.Result result = Cli.run("impact", "fileserved", "--s3");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: Service 'fileserved' is absent in this"
        + " deployment; it is present when objectStorage is fileserved.\n");
  }

  @Test
  void prerequisitesAndDependents_useAnyName() {
    assertThat(names(json("prerequisites", "api-service", "--json").get("prerequisites")))
        .containsExactly("contexts-vault", "postgres", "frontend", "contexts-service-migrator",
            "contexts-service");
    JsonNode dependents = json("dependents", "vault-cci", "--json");
    assertThat(dependents.get("service").asString()).isEqualTo("contexts-vault");
    assertThat(names(dependents.get("dependents")))
        .containsExactly("contexts-service", "api-service");
  }

  @Test
  void everyCommand_sameQuestionTwice_sameBytes() {
    for (String[] args : List.of(new String[] {"catalog"}, new String[] {"plan", "--json"},
        new String[] {"impact", "postgres", "frontend", "--json"},
        new String[] {"prerequisites", "api-service"})) {
      assertThat(Cli.run(args).out()).isEqualTo(Cli.run(args).out());
    }
  }
}
