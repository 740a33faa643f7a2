package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.Readiness;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What each Compose construct becomes in the model, on the self-hosted stack and small files. */
class ComposeMappingTest {
  private static final ComposeProject SUITE =
      ComposeReader.defaults().read(Fixtures.compose("selfhosted.yml"));

  private static Service service(String name) {
    return SUITE.topology().service(name);
  }

  @Test
  void read_selfHostedStack_everyServiceByItsKey() {
    assertThat(SUITE.name()).contains("acme-suite");
    assertThat(SUITE.topology().names()).containsExactly("adminer", "app", "app-sidecar",
        "backup", "clamav", "cron", "db-migrate", "debug-shell", "grafana", "jaeger", "mailer",
        "minio", "minio-init", "node-exporter", "postgres", "prometheus", "proxy", "ready-check",
        "redis", "search", "thumbnailer", "web", "worker-export", "worker-import", "worker-mail",
        "worker-media", "worker-search");
  }

  @Test
  void read_dependsOnLongForm_keepsReadinessAndRequired() {
    // app: depends_on db-migrate and minio-init (completed), redis (healthy), jaeger (required:
    // false: a dependency only when jaeger is present), then the link to postgres adds a
    // started, required edge.
    assertThat(service("app").dependencies()).containsExactly(
        Dependency.startup("db-migrate").withReadiness(Readiness.COMPLETED),
        Dependency.startup("minio-init").withReadiness(Readiness.COMPLETED),
        Dependency.startup("redis").withReadiness(Readiness.HEALTHY),
        Dependency.startup("jaeger").whenPresent(),
        Dependency.startup("postgres"));
  }

  @Test
  void read_shortFormAndImpliedEdges_startedAndRequired() {
    assertThat(service("thumbnailer").dependencies()).containsExactly(
        Dependency.startup("redis"));
    assertThat(service("app-sidecar").dependencies()).containsExactly(
        Dependency.startup("app"));
    assertThat(service("debug-shell").dependencies()).containsExactly(
        Dependency.startup("app"));
    // volumes_from postgres:ro names postgres; container:legacy-nfs names no service.
    assertThat(service("backup").dependencies()).containsExactly(
        Dependency.startup("postgres"));
    // pid: host names no service.
    assertThat(service("node-exporter").dependencies()).isEmpty();
  }

  @Test
  void read_mergedWorkerBlock_dependsOnFromAnchorAndLinksAdded() {
    assertThat(service("worker-mail").dependencies()).containsExactly(
        Dependency.startup("app"), Dependency.startup("mailer"));
    assertThat(service("worker-media").dependencies()).containsExactly(
        Dependency.startup("app"), Dependency.startup("clamav"));
    assertThat(service("worker-export").dependencies()).containsExactly(
        Dependency.startup("app"));
    // The service's own depends_on replaces the merged one as a whole.
    assertThat(service("worker-search").dependencies()).containsExactly(
        Dependency.startup("app"), Dependency.startup("search").withReadiness(Readiness.HEALTHY));
  }

  @Test
  void read_labels_topologyLabelsConsumedOthersKept() {
    Service postgres = service("postgres");
    assertThat(postgres.severity()).isEqualTo(Severity.HIGH);
    assertThat(postgres.role()).isEqualTo("Holds every project, user and document.");
    assertThat(postgres.failureEffect()).isEqualTo("Nothing can be read or saved.");
    assertThat(postgres.labels()).isEqualTo(Map.of("team", "platform",
        "runbook", "https://runbooks.example.com/acme"));
    // The list form, key=value.
    assertThat(service("app").severity()).isEqualTo(Severity.HIGH);
    assertThat(service("app").labels()).isEqualTo(Map.of("team", "backend"));
    // Keys written in the worker block win over the merged defaults; "low" in any case.
    assertThat(service("worker-mail").severity()).isEqualTo(Severity.LOW);
    assertThat(service("worker-mail").labels()).isEqualTo(Map.of("team", "backend"));
    assertThat(service("redis").severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void read_lifecycles_awaitedToCompleteIsOneShotLabelOverrides() {
    assertThat(service("db-migrate").lifecycle()).isEqualTo(Lifecycle.ONE_SHOT);
    assertThat(service("minio-init").lifecycle()).isEqualTo(Lifecycle.ONE_SHOT);
    assertThat(service("ready-check").lifecycle()).isEqualTo(Lifecycle.STARTUP_ONLY);
    assertThat(service("app").lifecycle()).isEqualTo(Lifecycle.LONG_RUNNING);
    assertThat(service("redis").lifecycle()).isEqualTo(Lifecycle.LONG_RUNNING);
  }

  @Test
  void read_imagesAndContainerName_interpolatedDefaultsAndAlias() {
    assertThat(service("app").image()).contains("ghcr.io/acme/app:latest");
    assertThat(service("postgres").image()).contains("postgres:16");
    assertThat(service("app").aliases()).containsExactly("acme-app");
    assertThat(SUITE.topology().service("acme-app").name()).isEqualTo("app");
    ComposeProject staged = ComposeReader.builder()
        .variables(Map.of("REGISTRY", "registry.local", "TAG", "2.3.1"))
        .build().read(Fixtures.compose("selfhosted.yml"));
    assertThat(staged.topology().service("worker-mail").image())
        .contains("registry.local/app:2.3.1");
    assertThat(staged.topology().service("postgres").image()).contains("postgres:16");
  }

  @Test
  void read_profiles_choicesAndPresenceConditions() {
    assertThat(SUITE.profiles()).containsExactly("backup", "debug", "monitoring", "tracing");
    assertThat(SUITE.topology().settings()).extracting(Setting::name)
        .containsExactly("backup", "debug", "monitoring", "tracing");
    assertThat(SUITE.topology().setting("debug").orElseThrow().defaultValue()).isEqualTo("off");
    assertThat(service("jaeger").presentWhen())
        .contains(SettingCondition.when("debug", "on").or("tracing", "on"));
    assertThat(service("grafana").presentWhen()).contains(SettingCondition.when("monitoring", "on"));
    assertThat(service("app").presentWhen()).isEmpty();
  }

  @Test
  void read_defaultSeverityGiven_unlabelledServicesTakeIt() {
    ComposeProject project = ComposeReader.builder().defaultSeverity(Severity.LOW).build()
        .read(Fixtures.compose("small.yml"));
    assertThat(project.topology().service("web").severity()).isEqualTo(Severity.LOW);
    assertThat(project.topology().service("db").severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void read_linkAndDependsOnSameTarget_explicitWins() {
    ComposeProject project = ComposeReader.defaults().read("""
        services:
          db: {image: postgres}
          web:
            links: [db]
            volumes_from: [db]
            network_mode: service:db
            depends_on:
              db: {condition: service_healthy, required: false}
        """);
    assertThat(project.topology().service("web").dependencies()).containsExactly(
        Dependency.startup("db").withReadiness(Readiness.HEALTHY).whenPresent());
  }

  @Test
  void read_extensionsAndKnownTopLevelKeys_ignored() {
    ComposeProject project = ComposeReader.defaults().read("""
        version: "3.9"
        x-anything: {depends_on: [nowhere]}
        networks: {front: {}}
        volumes: {data: {}}
        configs: {}
        secrets: {}
        services:
          web:
            image: nginx
            x-custom: [1, 2]
            depends_on:
              x-note: not a service
        """);
    assertThat(project.topology().services()).containsExactly(Service.builder().name("web")
        .severity(Severity.MEDIUM).image(Optional.of("nginx")).build());
  }

  @Test
  void read_yaml11Words_stayText() {
    // YAML 1.1 would read on, no and 1.10 as a boolean, a boolean and a number.
    Topology topology = ComposeReader.defaults().read("""
        services:
          on: {image: "x", labels: {flag: no, version: 1.10}}
        """).topology();
    assertThat(topology.service("on").labels()).isEqualTo(Map.of("flag", "no",
        "version", "1.10"));
  }

  @Test
  void read_lifecycleLabelSpellings_allAccepted() {
    for (String spelling : List.of("one-shot", "ONE_SHOT", "One-Shot")) {
      Topology topology = ComposeReader.defaults().read(
          "services: {job: {labels: [dev.topology.lifecycle=" + spelling + "]}}").topology();
      assertThat(topology.service("job").lifecycle()).isEqualTo(Lifecycle.ONE_SHOT);
    }
  }

  @Test
  void read_unsetVariableInImage_becomesEmptyNoImage() {
    Topology topology = ComposeReader.defaults().read(
        "services: {web: {image: \"${IMAGE}\"}}").topology();
    assertThat(topology.service("web").image()).isEmpty();
  }

  @Test
  void read_literalDollar_keptOnce() {
    Topology topology = ComposeReader.defaults().read(
        "services: {web: {image: nginx, labels: {price: \"$$5 ${CUR-EUR} $NAME\"}}}").topology();
    assertThat(topology.service("web").labels()).isEqualTo(Map.of("price", "$5 EUR "));
  }
}
