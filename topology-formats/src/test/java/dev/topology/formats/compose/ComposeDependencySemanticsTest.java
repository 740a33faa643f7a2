package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Dependency;
import dev.topology.api.Deployment;
import dev.topology.api.Readiness;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.Phase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code required: false}, the {@code dev.topology.optional} label, {@code restart: true} and
 * services scaled to 0, each on a small file.
 *
 * <pre>
 *   api --required: false--&gt; postgres (profile postgres)
 *       --required: false--&gt; mysql    (profile mysql)
 *       --&gt; cache                        api --&gt; b: api needs b to start
 * </pre>
 */
class ComposeDependencySemanticsTest {
  /** dify's shape: the api needs one of two databases, each behind its profile. */
  private static final String ONE_OF_TWO = """
      services:
        api:
          image: example/api
          depends_on:
            postgres: {condition: service_healthy, required: false}
            mysql: {condition: service_healthy, required: false}
            cache: {condition: service_started}
        postgres: {image: postgres, profiles: [postgres]}
        mysql: {image: mysql, profiles: [mysql]}
        cache: {image: redis}
      """;

  @Test
  void read_requiredFalse_dependencyOnlyWhenPresentStillRequired() {
    Topology topology = ComposeReader.defaults().read(ONE_OF_TWO).topology();
    Dependency postgres = topology.service("api").dependencies().get(0);
    assertThat(postgres).isEqualTo(
        Dependency.startup("postgres").withReadiness(Readiness.HEALTHY).whenPresent());
    assertThat(postgres.required()).isTrue();
    assertThat(postgres.onlyIfPresent()).isTrue();
  }

  @Test
  void resolve_requiredFalseTargetOfProfileOff_noErrorAndEdgeDropped() {
    ComposeProject project = ComposeReader.defaults().read(ONE_OF_TWO);
    Topology resolved = project.resolve(Deployment.defaults());
    assertThat(resolved.names()).containsExactly("api", "cache");
    assertThat(resolved.service("api").dependencies()).containsExactly(
        Dependency.startup("cache"));
  }

  @Test
  void impact_requiredFalseTargetPresent_failurePropagates() {
    ComposeProject project = ComposeReader.defaults().read(ONE_OF_TWO);
    TopologyGraph graph = TopologyGraph.of(project.resolve(project.deployment(
        List.of("postgres"))));
    assertThat(graph.startupPlan().waves()).containsExactly(
        List.of("cache", "postgres"), List.of("api"));
    assertThat(graph.impact(Phase.RUNTIME, "postgres").affectedNames()).containsExactly("api");
    assertThat(graph.impact(Phase.STARTUP, "postgres").affectedNames()).containsExactly("api");
  }

  @Test
  void read_optionalLabel_dependencyOrdersButCarriesNoFailure() {
    ComposeProject project = ComposeReader.defaults().read("""
        services:
          web:
            labels: {dev.topology.optional: " cache , tracing"}
            depends_on: [db, cache, tracing]
          db: {}
          cache: {}
          tracing: {}
        """);
    assertThat(project.topology().service("web").dependencies()).containsExactly(
        Dependency.startup("db"), Dependency.startup("cache").asOptional(),
        Dependency.startup("tracing").asOptional());
    assertThat(project.topology().service("web").labels()).isEmpty();
    TopologyGraph graph = TopologyGraph.of(project.topology());
    assertThat(graph.impact(Phase.RUNTIME, "cache").affectedNames()).isEmpty();
    assertThat(graph.impact(Phase.RUNTIME, "db").affectedNames()).containsExactly("web");
  }

  @Test
  void read_optionalLabelWithRequiredFalse_bothApply() {
    ComposeProject project = ComposeReader.defaults().read("""
        services:
          web:
            labels: [dev.topology.optional=cache]
            depends_on: {cache: {required: false}}
          cache: {profiles: [cache]}
        """);
    assertThat(project.topology().service("web").dependencies()).containsExactly(
        Dependency.startup("cache").whenPresent().asOptional());
    assertThat(project.resolve(Deployment.defaults()).names()).containsExactly("web");
  }

  @Test
  void read_optionalLabelNamesNoDependency_problemWithClosestNames() {
    assertThatThrownBy(() -> ComposeReader.defaults().read("""
        services:
          web:
            labels: {dev.topology.optional: "cahce,db"}
            depends_on: [cache]
          cache: {}
          db: {}
        """))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("""
            2 problems:
            - services.web.labels.dev.topology.optional: 'cahce' is not a dependency of service\
             'web'; the label names dependencies that carry no failure. Did you mean 'cache'?\
             Its dependencies are cache.
            - services.web.labels.dev.topology.optional: 'db' is not a dependency of service\
             'web'; the label names dependencies that carry no failure. Its dependencies are\
             cache.""");
  }

  @Test
  void resolve_optionalLabelOnRequiredTargetOfProfileOff_composeStillRefuses() {
    // Compose refuses a required dependency on a service left out, whatever the label says.
    ComposeProject project = ComposeReader.defaults().read("""
        services:
          web:
            labels: {dev.topology.optional: cache}
            depends_on: [cache]
          cache: {profiles: [cache]}
        """);
    assertThatThrownBy(() -> project.resolve(Deployment.defaults()))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("services.web.depends_on.cache: service 'web' needs 'cache', which runs only"
            + " with the profile 'cache'; switch it on, or add required: false to the"
            + " dependency.");
  }

  @Test
  void read_restartTrue_dependencyRestartsWithItsTarget() {
    ComposeProject project = ComposeReader.builder().variable("FOLLOW", "TRUE").build().read("""
        services:
          web:
            depends_on:
              db: {condition: service_healthy, restart: true}
              cache: {condition: service_started, restart: "${FOLLOW}"}
              queue: {restart: false}
          db: {}
          cache: {}
          queue: {}
        """);
    assertThat(project.topology().service("web").dependencies()).containsExactly(
        Dependency.startup("db").withReadiness(Readiness.HEALTHY).restartingWith(),
        Dependency.startup("cache").restartingWith(),
        Dependency.startup("queue"));
  }

  @Test
  void read_restartNotABoolean_refused() {
    assertThatThrownBy(() -> ComposeReader.defaults().read(
        "services: {web: {depends_on: {db: {restart: sometimes}}}, db: {}}"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("services.web.depends_on.db.restart: 'restart' is true or false, not the"
            + " text 'sometimes'.");
  }

  private static final String SCALED = """
      services:
        web:
          depends_on:
            worker: {condition: service_healthy}
            db: {condition: service_started}
        db: {}
        worker:
          deploy: {replicas: 0}
        spare:
          scale: ${SPARE:-0}
      """;

  @Test
  void read_scaledToZero_leftOutWithNotes() {
    ComposeProject project = ComposeReader.defaults().read(SCALED);
    assertThat(project.topology().names()).containsExactly("db", "web");
    assertThat(project.topology().service("web").dependencies()).containsExactly(
        Dependency.startup("db"));
    assertThat(project.notes()).containsExactly(
        "services.worker.deploy.replicas: docker compose up starts no container of 'worker'"
            + " (scaled to 0), so it is left out; web starts without waiting for it, as Compose"
            + " does.",
        "services.spare.scale: docker compose up starts no container of 'spare' (scaled to 0),"
            + " so it is left out.");
    // Compose does not wait for a service scaled to 0, so nothing is found about worker.
    assertThat(project.lint()).isEmpty();
  }

  @Test
  void read_scaledToZeroKept_presentAsIfStarted() {
    ComposeProject project = ComposeReader.builder().keepScaledToZero(true).build().read(SCALED);
    assertThat(project.topology().names()).containsExactly("db", "spare", "web", "worker");
    assertThat(project.notes()).isEmpty();
    assertThat(project.lint()).extracting(ComposeFinding::rule)
        .containsExactly(ComposeFinding.Rule.HEALTHCHECK_NOT_DECLARED);
  }

  @Test
  void read_scaleFromVariable_nonZeroKept() {
    ComposeProject project = ComposeReader.builder().variables(Map.of("SPARE", "2")).build()
        .read(SCALED);
    assertThat(project.topology().names()).containsExactly("db", "spare", "web");
  }

  @Test
  void read_scaleAndReplicasDiffer_refused() {
    assertThatThrownBy(() -> ComposeReader.defaults().read(
        "services: {web: {scale: 2, deploy: {replicas: 0}}}"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("services.web.deploy.replicas: 'scale' and 'deploy.replicas' of service"
            + " 'web' differ (2 and 0); Compose refuses distinct values, give one of them.");
  }

  @Test
  void read_replicasNotANumber_refused() {
    assertThatThrownBy(() -> ComposeReader.defaults().read(
        "services: {web: {deploy: {replicas: many}}}"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("services.web.deploy.replicas: 'replicas' is a whole number of containers,"
            + " not the text 'many'.");
  }

  /** web depends on d1 ... dN, and its optional label names x, no dependency. */
  private static String optionalLabelOfAStranger(int dependencies) {
    StringBuilder yaml = new StringBuilder("services:\n  web:\n"
        + "    labels: {dev.topology.optional: x}\n    depends_on: [");
    for (int i = 1; i <= dependencies; i++) {
      yaml.append(i == 1 ? "" : ", ").append("d").append(i);
    }
    yaml.append("]\n");
    for (int i = 1; i <= dependencies; i++) {
      yaml.append("  d").append(i).append(": {}\n");
    }
    return yaml.toString();
  }

  @Test
  void read_optionalLabelOfAServiceWithTwentyDependencies_everyOneListed() {
    assertThatThrownBy(() -> ComposeReader.defaults().read(optionalLabelOfAStranger(20)))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageEndingWith(" Its dependencies are d1, d2, d3, d4, d5, d6, d7, d8, d9, d10,"
            + " d11, d12, d13, d14, d15, d16, d17, d18, d19, d20.");
  }

  @Test
  void read_optionalLabelOfAServiceWithTwentyOneDependencies_twentyListedOneCounted() {
    assertThatThrownBy(() -> ComposeReader.defaults().read(optionalLabelOfAStranger(21)))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageEndingWith(" Its dependencies are d1, d2, d3, d4, d5, d6, d7, d8, d9, d10,"
            + " d11, d12, d13, d14, d15, d16, d17, d18, d19, d20 and 1 more.");
  }
}
