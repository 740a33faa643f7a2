package dev.topology.formats.compose;

import static dev.topology.formats.compose.ComposeMergeTest.merged;
import static dev.topology.formats.compose.ComposeMergeTest.needs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.topology.api.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code extends} and {@code include}, with the other files given by a resolver. */
class ComposeExtendsIncludeTest {
  @Test
  void read_extendsInTheSameFile_baseMergedUnderTheService() {
    ComposeProject project = ComposeReader.defaults().read("""
        services:
          db: {}
          base: {image: app, labels: {team: core}, depends_on: [db]}
          web:
            extends: base
            labels: {tier: front}
        """);
    Service web = project.topology().service("web");
    assertThat(web.image()).contains("app");
    assertThat(web.labels()).containsOnly(entry("team", "core"), entry("tier", "front"));
    assertThat(needs(project, "web")).containsExactly("db");
    assertThat(project.topology().names()).contains("base");
  }

  @Test
  void read_extendsFromAnotherFile_readThroughTheResolver() {
    List<String> asked = new ArrayList<>();
    Map<String, String> files = Map.of("common/base.yml",
        "services: {app: {image: app, depends_on: [db]}}");
    ComposeProject project = ComposeReader.builder()
        .resolver(path -> {
          asked.add(path);
          return Optional.ofNullable(files.get(path));
        })
        .build()
        .read(List.of(ComposeFile.of("deploy/compose.yaml", """
            services:
              db: {}
              web: {extends: {file: ../deploy/./common//base.yml, service: app}}
              worker: {extends: {file: common/base.yml, service: app}}
            """)));
    assertThat(needs(project, "web")).containsExactly("db");
    assertThat(project.topology().service("worker").image()).contains("app");
    assertThat(asked).containsExactly("common/base.yml");
    assertThat(project.files()).containsExactly("deploy/compose.yaml", "deploy/common/base.yml");
  }

  @Test
  void read_chainOfExtendsAcrossFiles_pathsFromEachFilesFolder() {
    ComposeProject project = merged(Map.of(
            "common/base.yml", "services: {app: {extends: {file: root.yml, service: root},"
                + " labels: {layer: app}}}",
            "common/root.yml", "services: {root: {image: root, labels: {layer: root, a: '1'}}}"),
        "services: {web: {extends: {file: common/base.yml, service: app}}}");
    Service web = project.topology().service("web");
    assertThat(web.image()).contains("root");
    assertThat(web.labels()).containsOnly(entry("layer", "app"), entry("a", "1"));
  }

  @Test
  void read_resetUnderExtends_clearsTheBasesValue() {
    ComposeProject project = ComposeReader.defaults().read("""
        services:
          db: {}
          base: {image: app, depends_on: [db]}
          web: {extends: base, depends_on: !reset []}
        """);
    assertThat(project.topology().service("web").dependencies()).isEmpty();
  }

  @Test
  void read_include_servicesAddedWithTheirOwnRelativePaths() {
    ComposeProject project = merged(Map.of(
            "sub/compose.yaml", "services: {db: {extends: {file: base.yml, service: pg}}}",
            "sub/base.yml", "services: {pg: {image: postgres}}"),
        "include: [sub/compose.yaml]\nservices: {web: {depends_on: [db]}}");
    assertThat(project.topology().service("db").image()).contains("postgres");
    assertThat(needs(project, "web")).containsExactly("db");
    assertThat(project.files())
        .containsExactly("compose.yaml", "sub/compose.yaml", "sub/base.yml");
  }

  @Test
  void read_includeLongSyntaxWithSeveralPaths_mergedInOrder() {
    ComposeProject project = merged(Map.of(
            "a.yml", "services: {db: {image: pg:15}}",
            "b.yml", "services: {db: {image: pg:16}}"),
        "include: [{path: [a.yml, b.yml]}]\nservices: {}");
    assertThat(project.topology().service("db").image()).contains("pg:16");
  }

  @Test
  void read_includedServiceOverriddenByAnOverrideFile_merged() {
    ComposeProject project = merged(Map.of("db.yml", "services: {db: {image: pg}}"),
        "include: [db.yml]\nservices: {}", "services: {db: {labels: {team: data}}}");
    assertThat(project.topology().service("db").labels()).containsOnly(entry("team", "data"));
  }

  /**
   * PostHog's hobby deployment: 23 services, each extending one of docker-compose.base.yml;
   * asyncmigrationscheck is scaled to 0 (deploy.replicas: 0), so docker compose up starts 22.
   */
  @Test
  void read_posthogHobby_wavesAsReadByHand() {
    Map<String, String> files = Map.of("docker-compose.base.yml",
        Fixtures.compose("posthog/docker-compose.base.yml"));
    ComposeProject project = ComposeReader.builder()
        .resolver(path -> Optional.ofNullable(files.get(path)))
        .build()
        .read(List.of(ComposeFile.of("docker-compose.hobby.yml",
            Fixtures.compose("posthog/docker-compose.hobby.yml"))));
    // By hand from the two files: depends_on of base and hobby together (short lists unioned).
    assertThat(dev.topology.graph.TopologyGraph.of(project.topology()).startupPlan().waves())
        .containsExactly(
            List.of("capture", "db", "elasticsearch", "objectstorage", "property-defs-rs",
                "redis", "redis7", "replay-capture", "worker", "zookeeper"),
            List.of("feature-flags", "kafka", "temporal"),
            List.of("clickhouse", "cyclotron-janitor", "livestream", "temporal-admin-tools",
                "temporal-ui"),
            List.of("plugins", "temporal-django-worker", "web"),
            List.of("proxy"));
    assertThat(project.topology().service("temporal").dependencies())
        .extracting(d -> d.target() + ":" + d.readiness())
        .containsExactly("db:HEALTHY", "elasticsearch:STARTED");
    assertThat(project.topology().service("clickhouse").image())
        .contains("clickhouse/clickhouse-server:24.8.7.41");
    assertThat(project.topology().contains("asyncmigrationscheck")).isFalse();
    assertThat(project.notes()).hasSize(1).allMatch(n -> n.contains("asyncmigrationscheck"));
  }

  /**
   * PostHog's hobby file with an override file: web needs only db and redis (!override), and a
   * debug service behind a profile. By hand: web moves to wave 1, proxy (web) to wave 2.
   */
  @Test
  void read_posthogHobbyWithOverride_mergedAsComposeMergesIt() {
    Map<String, String> files = Map.of("docker-compose.base.yml",
        Fixtures.compose("posthog/docker-compose.base.yml"));
    ComposeProject project = ComposeReader.builder()
        .resolver(path -> Optional.ofNullable(files.get(path)))
        .build()
        .read(ComposeFile.of("docker-compose.hobby.yml",
                Fixtures.compose("posthog/docker-compose.hobby.yml")),
            ComposeFile.of("docker-compose.override.yml", """
                services:
                  web:
                    depends_on: !override [db, redis]
                  debug-ui:
                    image: busybox
                    profiles: [debug]
                    depends_on: [web]
                """));
    assertThat(dev.topology.graph.TopologyGraph.of(project.resolve(
            project.deployment(List.of("debug")))).startupPlan().waves())
        .containsExactly(
            List.of("capture", "db", "elasticsearch", "objectstorage", "property-defs-rs",
                "redis", "redis7", "replay-capture", "worker", "zookeeper"),
            List.of("feature-flags", "kafka", "temporal", "web"),
            List.of("clickhouse", "cyclotron-janitor", "debug-ui", "livestream", "proxy",
                "temporal-admin-tools", "temporal-ui"),
            List.of("plugins", "temporal-django-worker"));
    assertThat(project.files()).containsExactly("docker-compose.hobby.yml",
        "docker-compose.base.yml", "docker-compose.override.yml");
  }
}
