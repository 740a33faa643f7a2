package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Deployment;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupCycleException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's answers on imported files, against answers worked out by hand from the files.
 *
 * <p>selfhosted.yml without profiles (20 services present). Waves, a service in the wave after
 * the latest of its needs:
 * <pre>
 * 0: clamav, mailer, minio, postgres, redis, search          (need nothing)
 * 1: db-migrate (postgres), minio-init (minio), thumbnailer (redis)
 * 2: app (db-migrate, minio-init, redis, postgres by link; jaeger is required: false and absent)
 * 3: app-sidecar (network_mode), cron, web, worker-export, worker-import, worker-mail,
 *    worker-media, worker-search (all need app)
 * 4: proxy (web)
 * 5: ready-check (proxy)
 * </pre>
 */
class ComposeEngineTest {
  private static final ComposeProject SUITE =
      ComposeReader.defaults().read(Fixtures.compose("selfhosted.yml"));

  private static final List<String> APP_DEPENDENTS = List.of("app-sidecar", "cron", "web",
      "worker-export", "worker-import", "worker-mail", "worker-media", "worker-search");

  @Test
  void startupPlan_noProfiles_wavesAsWorkedOut() {
    TopologyGraph graph = TopologyGraph.of(SUITE.resolve(Deployment.defaults()));
    assertThat(graph.startupPlan().waves()).containsExactly(
        List.of("clamav", "mailer", "minio", "postgres", "redis", "search"),
        List.of("db-migrate", "minio-init", "thumbnailer"),
        List.of("app"),
        APP_DEPENDENTS,
        List.of("proxy"),
        List.of("ready-check"));
  }

  @Test
  void startupPlan_debugProfile_optionalPartsJoin() {
    // debug brings jaeger (no needs: wave 0, and app's optional edge to it now orders startup),
    // adminer (postgres: wave 1) and debug-shell (app's network: wave 3). app stays in wave 2.
    Topology resolved = SUITE.resolve(SUITE.deployment(List.of("debug")));
    TopologyGraph graph = TopologyGraph.of(resolved);
    assertThat(graph.startupPlan().waves()).containsExactly(
        List.of("clamav", "jaeger", "mailer", "minio", "postgres", "redis", "search"),
        List.of("adminer", "db-migrate", "minio-init", "thumbnailer"),
        List.of("app"),
        List.of("app-sidecar", "cron", "debug-shell", "web", "worker-export", "worker-import",
            "worker-mail", "worker-media", "worker-search"),
        List.of("proxy"),
        List.of("ready-check"));
  }

  @Test
  void impact_postgresAtStartup_everythingThatNeedsItToStart() {
    // db-migrate needs postgres; app needs db-migrate (and postgres by link); the eight
    // services of wave 3 need app; proxy needs web; ready-check needs proxy.
    TopologyGraph graph = TopologyGraph.of(SUITE.resolve(Deployment.defaults()));
    assertThat(graph.impact(Phase.STARTUP, "postgres").affectedNames()).containsExactly(
        "app", "app-sidecar", "cron", "db-migrate", "proxy", "ready-check", "web",
        "worker-export", "worker-import", "worker-mail", "worker-media", "worker-search");
  }

  @Test
  void impact_postgresAtRuntime_onlyLongRunningThroughTheLink() {
    // At runtime the one-shot db-migrate and the startup-only ready-check are not at risk; app
    // is, through its link to postgres, and with it what needs app, and proxy through web.
    TopologyGraph graph = TopologyGraph.of(SUITE.resolve(Deployment.defaults()));
    assertThat(graph.impact(Phase.RUNTIME, "postgres").affectedNames()).containsExactly(
        "app", "app-sidecar", "cron", "proxy", "web", "worker-export", "worker-import",
        "worker-mail", "worker-media", "worker-search");
  }

  @Test
  void impact_jaegerWithDebug_requiredFalseCarriesFailureWhenPresent() {
    // app's required: false on jaeger holds once debug brings jaeger in, with full failure
    // propagation: app falls, with what needs app (debug-shell shares its network), proxy
    // through web and ready-check through proxy.
    TopologyGraph graph = TopologyGraph.of(SUITE.resolve(SUITE.deployment(List.of("debug"))));
    assertThat(graph.impact(Phase.STARTUP, "jaeger").affectedNames()).containsExactly(
        "app", "app-sidecar", "cron", "debug-shell", "proxy", "ready-check", "web",
        "worker-export", "worker-import", "worker-mail", "worker-media", "worker-search");
    assertThat(graph.impact(Phase.RUNTIME, "jaeger").affectedNames()).containsExactly(
        "app", "app-sidecar", "cron", "debug-shell", "proxy", "web", "worker-export",
        "worker-import", "worker-mail", "worker-media", "worker-search");
  }

  @Test
  void impact_jaegerLabelledOptional_takesNothingDown() {
    // The dev.topology.optional label makes the same dependency one that orders startup and
    // carries no failure.
    ComposeProject project = ComposeReader.defaults().read(Fixtures.compose("selfhosted.yml")
        .replace("      - dev.topology.role=Serves the API.",
            "      - dev.topology.role=Serves the API.\n      - dev.topology.optional=jaeger"));
    TopologyGraph graph = TopologyGraph.of(project.resolve(project.deployment(
        List.of("debug"))));
    assertThat(graph.impact(Phase.STARTUP, "jaeger").affectedNames()).isEmpty();
    assertThat(graph.impact(Phase.RUNTIME, "jaeger").affectedNames()).isEmpty();
    assertThat(graph.startupPlan().waves().get(0)).contains("jaeger");
  }

  @Test
  void resolve_requiredServiceOfProfileOff_composeWordedError() {
    ComposeProject project = ComposeReader.defaults().read(Fixtures.compose(
        "profile-required.yml"));
    assertThatThrownBy(() -> project.resolve(Deployment.defaults()))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("services.api.depends_on.cache: service 'api' needs 'cache', which runs"
            + " only with the profiles 'cache', 'full'; switch one on, or add required: false to"
            + " the dependency.");
  }

  @Test
  void resolve_profileOn_requiredKeptOptionalDropped() {
    // With cache on, api needs cache (wave 0 -> api wave 1); tracing is off and its optional
    // edge is dropped.
    ComposeProject project = ComposeReader.defaults().read(Fixtures.compose(
        "profile-required.yml"));
    Topology resolved = project.resolve(project.deployment(List.of("cache")));
    assertThat(resolved.names()).containsExactly("api", "cache");
    assertThat(TopologyGraph.of(resolved).startupPlan().waves())
        .containsExactly(List.of("cache"), List.of("api"));
  }

  @Test
  void deployment_unknownProfile_namesClosestAndAll() {
    assertThatThrownBy(() -> SUITE.deployment(List.of("debgu")))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("No service has the profile 'debgu'. Did you mean 'debug'? The profiles are"
            + " backup, debug, monitoring, tracing.");
  }

  @Test
  void engine_cycleThroughImpliedEdges_reportedByTheEngine() {
    // a depends_on b, b links c, c shares a's network: a -> b -> c -> a.
    Topology topology = ComposeReader.defaults().read(Fixtures.compose("cycle.yml")).topology();
    assertThatThrownBy(() -> TopologyGraph.of(topology))
        .isInstanceOf(StartupCycleException.class)
        .hasMessage("The startup dependencies form a cycle, so no startup order exists:"
            + " a -> b -> c -> a (removing the dependency c -> a breaks it).");
  }

  @Test
  void startupPlan_smallFile_migrationBeforeWeb() {
    // db needs nothing; migrate waits for db healthy; web waits for migrate to complete.
    ComposeProject project = ComposeReader.defaults().read(Fixtures.compose("small.yml"));
    TopologyGraph graph = TopologyGraph.of(project.resolve(Deployment.defaults()));
    assertThat(graph.startupPlan().waves())
        .containsExactly(List.of("db"), List.of("migrate"), List.of("web"));
    assertThat(graph.impact(Phase.RUNTIME, "migrate").affectedNames()).isEmpty();
    assertThat(graph.impact(Phase.STARTUP, "migrate").affectedNames()).containsExactly("web");
  }
}
