package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.formats.compose.ComposeFinding.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ComposeProject#lint()}: what {@code docker compose up} fails or hangs on. */
class ComposeLintTest {
  private static List<ComposeFinding> lint(String yaml) {
    return ComposeReader.defaults().read(yaml).lint();
  }

  @Test
  void lint_healthyOnServiceWithoutHealthcheck_found() {
    assertThat(lint("""
        services:
          web:
            depends_on:
              db: {condition: service_healthy}
              cache: {condition: service_healthy}
              queue: {condition: service_healthy}
              search: {condition: service_healthy}
              ok: {condition: service_healthy}
          db: {image: postgres}
          cache: {healthcheck: {disable: true, test: [CMD, true]}}
          queue: {healthcheck: {test: [NONE]}}
          search: {healthcheck: {interval: 5s}}
          ok: {healthcheck: {test: [CMD-SHELL, "pg_isready"]}}
        """)).containsExactly(
        finding(Rule.HEALTHCHECK_NOT_DECLARED, "services.web.depends_on.db",
            List.of("web", "db"), "service 'web' waits for 'db' to be healthy, but 'db' declares"
                + " no healthcheck; docker compose up fails on it unless its image defines one."
                + " Add a healthcheck to 'db', or wait for service_started."),
        finding(Rule.HEALTHCHECK_NOT_DECLARED, "services.web.depends_on.cache",
            List.of("web", "cache"), "service 'web' waits for 'cache' to be healthy, but 'cache'"
                + " declares no healthcheck (it disables one); docker compose up fails on it"
                + " unless its image defines one. Add a healthcheck to 'cache', or wait for"
                + " service_started."),
        finding(Rule.HEALTHCHECK_NOT_DECLARED, "services.web.depends_on.queue",
            List.of("web", "queue"), "service 'web' waits for 'queue' to be healthy, but 'queue'"
                + " declares no healthcheck (it disables one); docker compose up fails on it"
                + " unless its image defines one. Add a healthcheck to 'queue', or wait for"
                + " service_started."),
        finding(Rule.HEALTHCHECK_NOT_DECLARED, "services.web.depends_on.search",
            List.of("web", "search"), "service 'web' waits for 'search' to be healthy, but"
                + " 'search' declares no healthcheck; docker compose up fails on it unless its"
                + " image defines one. Add a healthcheck to 'search', or wait for"
                + " service_started."));
  }

  @Test
  void lint_completedOnRestartedService_foundForAlwaysAndUnlessStopped() {
    List<ComposeFinding> findings = lint("""
        services:
          web:
            depends_on:
              migrate: {condition: service_completed_successfully}
              seed: {condition: service_completed_successfully}
              init: {condition: service_completed_successfully}
          migrate: {restart: always}
          seed: {restart: unless-stopped}
          init: {restart: on-failure}
        """);
    assertThat(findings).extracting(ComposeFinding::path).containsExactly(
        "services.web.depends_on.migrate", "services.web.depends_on.seed");
    assertThat(findings.get(0).rule()).isEqualTo(Rule.COMPLETION_RESTARTED);
    assertThat(findings.get(0).message()).isEqualTo("service 'web' waits for 'migrate' to"
        + " complete, but 'migrate' has restart: always, so the engine starts it again when it"
        + " exits and docker compose up may wait for ever. Give 'migrate' restart: \"no\" or"
        + " on-failure.");
  }

  @Test
  void lint_requiredDependencyOnProfileService_foundUnlessSameProfiles() {
    List<ComposeFinding> findings = lint("""
        services:
          api:
            depends_on:
              cache: {condition: service_started}
              tracing: {condition: service_started, required: false}
          debug:
            profiles: [debug, full]
            depends_on: [cache]
          admin:
            profiles: [cache]
            links: [cache]
          cache: {profiles: [cache, full]}
          tracing: {profiles: [full]}
        """);
    assertThat(findings).containsExactly(
        finding(Rule.PROFILE_DEPENDENCY, "services.api.depends_on.cache",
            List.of("api", "cache"), "service 'api' requires 'cache', which runs only with the"
                + " profiles 'cache', 'full', but 'api' runs without profiles; docker compose up"
                + " refuses the file then. Add required: false to the dependency, or give 'api'"
                + " the same profiles."),
        finding(Rule.PROFILE_DEPENDENCY, "services.debug.depends_on.cache",
            List.of("debug", "cache"), "service 'debug' requires 'cache', which runs only with"
                + " the profiles 'cache', 'full', but 'debug' runs with the profile 'debug';"
                + " docker compose up refuses the file then. Add required: false to the"
                + " dependency, or give 'debug' the same profiles."));
  }

  @Test
  void lint_selfHostedStack_everyHealthyWaitOnAServiceWithoutHealthcheck() {
    // The file declares no healthcheck; five dependencies wait for health. The profile
    // services are required only by services of the same profiles (grafana and prometheus:
    // monitoring), or through required: false (app on jaeger).
    ComposeProject project = ComposeReader.defaults().read(Fixtures.compose("selfhosted.yml"));
    assertThat(project.lint()).extracting(ComposeFinding::rule).containsOnly(
        Rule.HEALTHCHECK_NOT_DECLARED);
    assertThat(project.lint()).extracting(ComposeFinding::path).containsExactly(
        "services.minio-init.depends_on.minio", "services.app.depends_on.redis",
        "services.worker-search.depends_on.search", "services.proxy.depends_on.web",
        "services.grafana.depends_on.prometheus");
  }

  private static ComposeFinding finding(Rule rule, String path, List<String> services,
      String message) {
    return ComposeFinding.builder().rule(rule).path(path).services(services).message(message)
        .build();
  }
}
