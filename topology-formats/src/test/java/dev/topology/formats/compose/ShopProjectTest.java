package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.Readiness;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.restart.RestartRule;
import dev.topology.graph.startup.Phase;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A project of several files, read as {@code docker compose up} in its folder reads it:
 * {@code compose.yaml} with {@code compose.override.yaml} merged onto it, {@code common.yml}
 * brought in by {@code extends}, and the variables of {@code .env}, whose {@code
 * COMPOSE_PROFILES} picks the database.
 *
 * <pre>
 *   mailpit  postgres  redis        wave 0   (mysql: profile off, absent)
 *              |
 *           migrate                 wave 1   (one-shot: api and worker wait for it to complete)
 *              |
 *    api (restart: true on postgres, redis optional by label, mailpit from the override)
 *    worker, cron (extends worker)  wave 2
 *              |
 *             web                   wave 3
 * </pre>
 *
 * <p>Every expected answer below is worked out by hand from the four files.
 */
class ShopProjectTest {
  private static final Map<String, String> FILES =
      Map.of("common.yml", Fixtures.compose("shop/common.yml"));

  /** What docker compose would do: .env's variables, its profiles, the two files merged. */
  private static Topology shop() {
    Map<String, String> variables = DotEnv.parse(Fixtures.compose("shop/.env"));
    ComposeProject project = ComposeReader.builder()
        .variables(variables)
        .resolver(path -> Optional.ofNullable(FILES.get(path)))
        .build()
        .read(ComposeFile.of("compose.yaml", Fixtures.compose("shop/compose.yaml")),
            ComposeFile.of("compose.override.yaml",
                Fixtures.compose("shop/compose.override.yaml")));
    List<String> profiles = Arrays.asList(variables.get("COMPOSE_PROFILES").split(","));
    return project.resolve(project.deployment(profiles));
  }

  @Test
  void dotEnv_shop_variablesAsComposeReadsThem() {
    assertThat(DotEnv.parse(Fixtures.compose("shop/.env"))).containsExactly(
        Map.entry("COMPOSE_PROFILES", "postgres"), Map.entry("DATABASE", "postgres"),
        Map.entry("TAG", "1.4.2"));
  }

  @Test
  void read_shop_servicesOfTheMergedFilesWithTheProfileOfDotEnv() {
    Topology shop = shop();

    assertThat(shop.services()).extracting(s -> s.name()).containsExactlyInAnyOrder(
        "postgres", "redis", "migrate", "api", "worker", "cron", "web", "mailpit");
    assertThat(shop.service("api").image()).contains("shop/app:1.4.2");
    assertThat(shop.service("cron").image()).contains("shop/app:1.4.2");
    assertThat(shop.service("web").image()).contains("shop/web:1.4.2");
    assertThat(shop.service("api").labels()).containsEntry("team", "core")
        .containsEntry("debug", "true");
    assertThat(shop.service("migrate").lifecycle()).isEqualTo(Lifecycle.ONE_SHOT);
    assertThat(shop.service("cron").severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void read_shop_dependenciesAsDeclaredMergedAndExtended() {
    Topology shop = shop();

    assertThat(shop.service("api").dependencies()).containsExactlyInAnyOrder(
        Dependency.startup("migrate").withReadiness(Readiness.COMPLETED),
        Dependency.startup("postgres").withReadiness(Readiness.HEALTHY).whenPresent()
            .restartingWith(),
        Dependency.startup("redis").asOptional(),
        Dependency.startup("mailpit"));
    // cron extends worker, whose dependencies it takes: mysql's is dropped with its profile.
    assertThat(shop.service("cron").dependencies()).extracting(Dependency::target)
        .containsExactlyInAnyOrder("migrate", "postgres", "redis");
  }

  @Test
  void startupPlan_shop_wavesByHand() {
    assertThat(TopologyGraph.of(shop()).startupPlan().waves()).containsExactly(
        List.of("mailpit", "postgres", "redis"),
        List.of("migrate"),
        List.of("api", "cron", "worker"),
        List.of("web"));
  }

  @Test
  void impact_shopDatabaseAtRuntime_everyApplicationServiceDown() {
    assertThat(TopologyGraph.of(shop()).impact(Phase.RUNTIME, "postgres").affectedNames())
        .containsExactlyInAnyOrder("api", "cron", "web", "worker");
  }

  @Test
  void impact_shopCacheAtRuntime_apiSparedByItsOptionalLabel() {
    assertThat(TopologyGraph.of(shop()).impact(Phase.RUNTIME, "redis").affectedNames())
        .containsExactlyInAnyOrder("cron", "worker");
  }

  @Test
  void restartPlan_shopDatabase_onlyTheDeclaredRestartRestartsTheRestIsChecked() {
    RestartPlan plan = TopologyGraph.of(shop()).restartPlan("postgres");

    assertThat(plan.rule()).isEqualTo(RestartRule.DECLARED);
    assertThat(plan.order()).containsExactly("api");
    assertThat(plan.toCheck()).containsExactlyInAnyOrder("cron", "web", "worker");
  }

  @Test
  void read_shopWithMysqlProfile_databaseSwitched() {
    ComposeProject project = ComposeReader.builder()
        .variables(Map.of("TAG", "2", "DATABASE", "mysql"))
        .resolver(path -> Optional.ofNullable(FILES.get(path)))
        .build()
        .read(ComposeFile.of("compose.yaml", Fixtures.compose("shop/compose.yaml")));
    Topology shop = project.resolve(project.deployment(List.of("mysql")));

    assertThat(shop.contains("postgres")).isFalse();
    assertThat(shop.service("api").dependencies()).extracting(Dependency::target)
        .containsExactlyInAnyOrder("migrate", "mysql", "redis");
    assertThat(TopologyGraph.of(shop).impact(Phase.RUNTIME, "mysql").affectedNames())
        .containsExactlyInAnyOrder("api", "cron", "web", "worker");
  }
}
