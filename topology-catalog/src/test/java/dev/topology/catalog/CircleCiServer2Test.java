package dev.topology.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.BroadDependents;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The naming quirks, the notes of the source and each deployment one-liner. */
class CircleCiServer2Test {
  private static final SettingCondition FILESERVED = SettingCondition.when("objectStorage", "fileserved");
  private static final Topology CATALOG = CircleCiServer2.topology();

  private static final List<String> EXTERNALIZABLE = List.of(
      "contexts-vault", "mongo", "nomad_server", "outputRunningRedis", "postgres", "rabbitmq");

  /** A runtime edge as "from -> to", with its condition and citation. */
  record Edge(String from, String to, Optional<SettingCondition> condition, String citation) {}

  private static List<Edge> runtimeEdges(Topology topology) {
    List<Edge> edges = new ArrayList<>();
    for (Service service : topology.services()) {
      for (Dependency d : service.dependencies(DependencyKind.RUNTIME)) {
        edges.add(new Edge(service.name(), d.target(), d.condition(), d.citation().orElseThrow()));
      }
    }
    return edges;
  }

  private static Map<String, Severity> severities(Topology topology) {
    Map<String, Severity> severities = new TreeMap<>();
    topology.services().forEach(s -> severities.put(s.name(), s.severity()));
    return severities;
  }

  @Test
  void topology_catalog_hasExactly39Services() {
    assertThat(CATALOG.size()).isEqualTo(39);
  }

  @Test
  void topology_calledTwice_returnsTheSameInstance() {
    assertThat(CircleCiServer2.topology()).isSameAs(CATALOG);
  }

  @Test
  void service_vaultCci_resolvesToContextsVault() {
    assertThat(CATALOG.service("vault-cci").name()).isEqualTo("contexts-vault");
  }

  @Test
  void service_serverNomad_resolvesToNomadServer() {
    assertThat(CATALOG.service("server-nomad").name()).isEqualTo("nomad_server");
  }

  @Test
  void service_federationsServiceMigrator_resolvesToFederationServiceMigrator() {
    assertThat(CATALOG.service("federations-service-migrator").name())
        .isEqualTo("federation-service-migrator");
    assertThat(CATALOG.service("federations-service").name()).isEqualTo("federation-service");
  }

  @Test
  void names_quirkySpellings_areKeptVerbatim() {
    assertThat(CATALOG.names()).contains("nomad_server", "outputRunningRedis", "tutum/logrotate");
  }

  @Test
  void services_oneShot_areTheMigratorsAndTheMongoUpgrader() {
    List<String> oneShot = CATALOG.services().stream()
        .filter(s -> s.lifecycle() == Lifecycle.ONE_SHOT).map(Service::name).toList();

    assertThat(oneShot).containsExactly("contexts-service-migrator", "cron-service-migrator",
        "domain-service-migrator", "federation-service-migrator", "mongodb-upgrader",
        "permissions-service-migrator", "vm-service-db-migrator", "workflows-conductor-migrator");
    assertThat(CATALOG.services()).filteredOn(s -> s.lifecycle() == Lifecycle.ONE_SHOT)
        .allSatisfy(s -> assertThat(s.severity()).isEqualTo(Severity.LOW));
  }

  @Test
  void readyAgent_startup_isTheOnlyStartupOnlyGateAndNothingDependsOnIt() {
    assertThat(CATALOG.services()).filteredOn(Service::startupGate)
        .extracting(Service::name).containsExactly("ready-agent");
    assertThat(CATALOG.services()).filteredOn(s -> s.lifecycle() == Lifecycle.STARTUP_ONLY)
        .extracting(Service::name).containsExactly("ready-agent");
    assertThat(CATALOG.services()).flatExtracting(Service::dependencies)
        .noneMatch(d -> CATALOG.service(d.target()).name().equals("ready-agent"));
  }

  @Test
  void severity_conditionalServices_areFileservedAndFederationService() {
    Service fileserved = CATALOG.service("fileserved");
    Service federation = CATALOG.service("federation-service");

    assertThat(CATALOG.services()).filteredOn(s -> s.severityCondition().isPresent())
        .extracting(Service::name).containsExactly("federation-service", "fileserved");
    assertThat(fileserved.severityCondition()).contains(FILESERVED);
    assertThat(fileserved.severityOtherwise()).isEmpty();
    assertThat(fileserved.presentWhen()).contains(FILESERVED);
    assertThat(federation.severityCondition()).contains(SettingCondition.when("ldap", "on"));
    assertThat(federation.severityOtherwise()).contains(Severity.MEDIUM);
    assertThat(federation.presentWhen()).isEmpty();
  }

  @Test
  void dependencies_runtime_areTheInteractionsStatedInTheRoles() {
    Optional<SettingCondition> always = Optional.empty();
    Optional<SettingCondition> withoutS3 = Optional.of(FILESERVED);

    assertThat(runtimeEdges(CATALOG)).containsExactly(
        new Edge("audit-log-service", "fileserved", withoutS3,
            "Persists audit log events to blob storage for long term storage."),
        new Edge("contexts-service", "vault-cci", always,
            "Used to handle the encryption and key store for the contexts-service."),
        new Edge("nomad-metrics", "nomad_server", always,
            "Queries the nomad server for stats and sends them to statsd."),
        new Edge("nomad-metrics", "telegraf", always,
            "Queries the nomad server for stats and sends them to statsd."),
        new Edge("output-processor", "mongo", always,
            "Receives job output & status updates and writes them to MongoDB."),
        new Edge("output-processor", "fileserved", withoutS3,
            "Stores step output logs, artifacts, test results, caches and workspaces."),
        new Edge("picard-dispatcher", "schedulerer", always,
            "Splits a job into tasks and sends them to schedulerer to be run."),
        new Edge("schedulerer", "server-nomad", always, "Sends tasks to server-nomad to run."),
        new Edge("shutdown-hook-poller", "frontend", always,
            "Checks the frontend container for 1.0 Builder shutdown requests."),
        new Edge("vm-gc", "vm-service", always,
            "Periodically check for stale machine and remote Docker instances and request that"
                + " vm-service remove them."),
        new Edge("vm-scaler", "vm-service", always,
            "Periodically requests that vm-service provision more instances for running machine"
                + " and remote Docker jobs."));
  }

  @Test
  void dependencies_runtimeCitations_quoteARoleOfEitherEnd() {
    assertThat(runtimeEdges(CATALOG)).allSatisfy(edge -> assertThat(List.of(
            CATALOG.service(edge.from()).role(), CATALOG.service(edge.to()).role()))
        .anyMatch(role -> role.contains(edge.citation())));
  }

  @Test
  void broadDependents_catalog_areTheFourUnnamedStatements() {
    Map<String, BroadDependents> broad = new TreeMap<>();
    CATALOG.services().forEach(s -> s.broadDependents().ifPresent(b -> broad.put(s.name(), b)));

    assertThat(broad).containsExactly(
        Map.entry("rabbitmq", BroadDependents.of(DependencyKind.RUNTIME,
            "Most of our services use RabbitMQ for queueing.")),
        Map.entry("ready-agent", BroadDependents.of(DependencyKind.STARTUP,
            "If unavailable on startup the whole system will fail.")),
        Map.entry("telegraf", BroadDependents.of(DependencyKind.RUNTIME,
            "This is the statsd forwarding agent that our local services write to and can be"
                + " configured to forward to an external metrics service.")),
        Map.entry("tutum/logrotate", BroadDependents.of(DependencyKind.RUNTIME,
            "If this stays down for a long period the Services machine disk will eventually run"
                + " out of space and other services will fail.")));
    assertThat(broad).allSatisfy((name, statement) -> assertThat(
            CATALOG.service(name).role() + " " + CATALOG.service(name).failureEffect())
        .contains(statement.citation()));
  }

  @Test
  void defaultDeployment_settled_noLdapFileservedNothingExternalized() {
    assertThat(CATALOG.settle(CircleCiServer2.defaultDeployment())).isEqualTo(Deployment.builder()
        .settings(Map.of("ldap", "off", "objectStorage", "fileserved")).externalized(Set.of())
        .build());
  }

  @Test
  void choices_declared_ldapAndObjectStorageWithTheirDefaults() {
    assertThat(CATALOG.settings()).extracting(Setting::name, Setting::values, Setting::defaultValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ldap", List.of("off", "on"), "off"),
            org.assertj.core.groups.Tuple.tuple("objectStorage", List.of("fileserved", "s3"),
                "fileserved"));
  }

  @Test
  void deployments_settled_eachSetsOnlyItsOwnChoice() {
    assertThat(CATALOG.settle(CircleCiServer2.ldapDeployment()).settings())
        .isEqualTo(Map.of("ldap", "on", "objectStorage", "fileserved"));
    assertThat(CATALOG.settle(CircleCiServer2.s3Deployment()).settings())
        .isEqualTo(Map.of("ldap", "off", "objectStorage", "s3"));
  }

  @Test
  void resolve_unknownChoiceValue_suggestsTheDeclaredOne() {
    assertThatThrownBy(() -> CATALOG.resolve(Deployment.defaults().with("objectStorage", "S3")))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("The deployment sets the setting 'objectStorage' to 'S3', which is not one of"
            + " its values 'fileserved', 's3'. Did you mean 's3'?");
  }

  @Test
  void resolved_defaultDeployment_keepsAll39WithFileservedHighAndFederationMedium() {
    Topology resolved = CircleCiServer2.resolved(CircleCiServer2.defaultDeployment());

    assertThat(resolved.size()).isEqualTo(39);
    assertThat(resolved.service("fileserved").severity()).isEqualTo(Severity.HIGH);
    assertThat(resolved.service("federation-service").severity()).isEqualTo(Severity.MEDIUM);
    assertThat(resolved.services()).noneMatch(Service::external);
    assertThat(runtimeEdges(resolved)).hasSize(11)
        .filteredOn(e -> e.to().equals("fileserved")).extracting(Edge::from)
        .containsExactly("audit-log-service", "output-processor");
  }

  @Test
  void resolved_ldapDeployment_makesOnlyFederationServiceHigher() {
    Map<String, Severity> expected = severities(CATALOG);
    expected.put("federation-service", Severity.HIGH);

    Topology resolved = CircleCiServer2.resolved(CircleCiServer2.ldapDeployment());

    assertThat(CircleCiServer2.ldapDeployment().value("ldap")).contains("on");
    assertThat(resolved.size()).isEqualTo(39);
    assertThat(severities(resolved)).isEqualTo(expected);
  }

  @Test
  void resolved_s3Deployment_dropsFileservedAndTheEdgesToIt() {
    Topology resolved = CircleCiServer2.resolved(CircleCiServer2.s3Deployment());

    assertThat(resolved.size()).isEqualTo(38);
    assertThat(resolved.contains("fileserved")).isFalse();
    assertThat(resolved.service("federation-service").severity()).isEqualTo(Severity.MEDIUM);
    assertThat(runtimeEdges(resolved)).hasSize(9).noneMatch(e -> e.to().equals("fileserved"));
    assertThat(resolved.service("output-processor").dependencies())
        .extracting(Dependency::target).containsExactly("mongo");
  }

  @Test
  void resolved_externalizedDeployment_marksExactlyTheSixExternal() {
    Topology resolved = CircleCiServer2.resolved(CircleCiServer2.externalizedDeployment());

    assertThat(CircleCiServer2.externalizedDeployment().externalized())
        .containsExactlyElementsOf(EXTERNALIZABLE);
    assertThat(resolved.size()).isEqualTo(39);
    assertThat(resolved.services()).filteredOn(Service::external).extracting(Service::name)
        .containsExactlyElementsOf(EXTERNALIZABLE);
    assertThat(resolved.service("fileserved").severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void resolved_everyOneLiner_leavesNoConditions() {
    for (Deployment deployment : List.of(CircleCiServer2.defaultDeployment(),
        CircleCiServer2.ldapDeployment(), CircleCiServer2.s3Deployment(),
        CircleCiServer2.externalizedDeployment())) {
      Topology resolved = CircleCiServer2.resolved(deployment);

      assertThat(resolved.services()).as("%s", deployment).allSatisfy(s -> {
        assertThat(s.severityCondition()).isEmpty();
        assertThat(s.presentWhen()).isEmpty();
        assertThat(s.dependencies()).allSatisfy(d -> assertThat(d.condition()).isEmpty());
      });
    }
  }

  @Test
  void resolved_null_throwsInvalidTopologyException() {
    assertThatThrownBy(() -> CircleCiServer2.resolved(null))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("A topology is resolved against a deployment, not null.");
  }

  @Test
  void severityMeaning_theSourcesKey_besideTheGenericMeaning() {
    assertThat(CircleCiServer2.severityMeaning(Severity.HIGH))
        .startsWith("Failure can cause loss of data");
    assertThat(CircleCiServer2.severityMeaning(Severity.LOW))
        .isEqualTo("Failure has a minor effect on production - no loss of data or functioning.");
    assertThat(CircleCiServer2.severityMeaning(Severity.MEDIUM))
        .isNotEqualTo(Severity.MEDIUM.meaning());
    assertThatThrownBy(() -> CircleCiServer2.severityMeaning(null))
        .isInstanceOf(dev.topology.api.InvalidTopologyException.class)
        .hasMessage("severityMeaning needs a severity, not null.");
  }
}
