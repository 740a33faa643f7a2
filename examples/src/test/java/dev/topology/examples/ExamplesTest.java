package dev.topology.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Runs every example's {@code main}, so that none can drift from the library unnoticed. */
class ExamplesTest {

  private static String run(Consumer<String[]> main, String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.accept(args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  /** One row of {@link Availability}'s output, from a figure worked out below. */
  private static String row(String name, double availability, double unavailability,
      String costliest) {
    long down = (long) (unavailability * 2_592_000);
    return String.format(java.util.Locale.ROOT, "%-8s %.4f%%  %s a month down%s%n", name,
        100 * availability, dev.topology.api.Reliability.format(java.time.Duration.ofSeconds(
            down)), costliest.isEmpty() ? "" : ", most of it from " + costliest);
  }

  @Test
  void availability_productsOverWhatEachRequires_recoveryInWaves() {
    // postgres fails every 90 days (129,600 minutes) and is repaired in 15: 129600 / 129615.
    // Each service counts what it requires at runtime, once: the migrator is one-shot and the
    // worker's redis is optional, so neither counts.
    double postgres = 129_600.0 / 129_615;
    double api = 0.9995 * 0.9995 * postgres;                    // api, redis, postgres
    double web = 0.999 * api;                                   // and web
    double worker = 0.999 * postgres;                           // the default, and postgres
    // The HIGH services are api and postgres, which need api, redis and postgres: the api's
    // figure. One more nine: api and redis gain R / 0.9995 * 0.9 * 0.0005 each, postgres
    // R / A * 0.9 * u with u = 15 / 129615, a fifth of that: api is first by name. A 5-minute
    // repair: 129600 / 129605. Recovery: the repair (15m), then api and worker (20s and 10s:
    // 20s), then web (5s).
    String expected = (row("web", web, 1 - web, "api")
        + row("worker", worker, 1 - worker, "postgres") + row("api", api, 1 - api, "redis")
        + row("redis", 0.9995, 0.0005, "") + row("postgres", postgres, 15.0 / 129_615, ""))
        .replace(System.lineSeparator(), "\n")
        + "Assumed the default for [worker]\n"
        + String.format(java.util.Locale.ROOT, "No HIGH failure: %.4f%%%n", 100 * api)
            .replace(System.lineSeparator(), "\n")
        + "One more nine buys most on api\n"
        + String.format(java.util.Locale.ROOT, "With a 5-minute repair of postgres: %.4f%%%n",
            100 * 0.9995 * 0.9995 * 129_600.0 / 129_605).replace(System.lineSeparator(), "\n");

    assertThat(run(Availability::main)).startsWith(expected).endsWith("""
        Recovery[after postgres: repaired at 15m, all back at 15m25s, all at risk
          wave 0 at 15m for 20s: [api, worker]
          wave 1 at 15m20s for 5s: [web]]
        """);
  }

  @Test
  void quickStart_looksUpByAliasAndSuggestsTheClosestName() {
    assertThat(run(QuickStart::main)).startsWith("""
        Topology[3 services: cron-service, frontend, postgres]
        Service[postgres aka db (image postgres-script-enhance), HIGH, long-running, externalizable]
        No service is named 'fronted'. Did you mean 'frontend'?
        {
        """);
  }

  @Test
  void alertRouter_pagesForPostgresAndLogsForExim() {
    assertThat(run(AlertRouter::main)).isEqualTo("""
        postgres is down: page the on-call (worst HIGH); also hit: api-service, domain-service, \
        workflows-conductor, contexts-service, cron-service, federation-service, frontend, \
        permissions-service, audit-log-service, shutdown-hook-poller
        contexts-vault is down: page the on-call (worst HIGH); also hit: api-service, \
        contexts-service
        mongodb-upgrader is down: log it (worst LOW); also hit: nothing
        exim is down: log it (worst LOW); also hit: nothing
        fronted: No service is named 'fronted'. Did you mean 'frontend'?
        """);
  }

  @Test
  void alertRouter_routesTheAlertsItIsGiven() {
    assertThat(run(AlertRouter::main, "vm-service-db-migrator", "schedulerer")).isEqualTo("""
        vm-service-db-migrator is down: log it (worst LOW); also hit: nothing
        schedulerer is down: file a ticket (worst MEDIUM); also hit: picard-dispatcher
        """);
  }

  @Test
  void fromScratch_plansReportsImpactsAndCatchesMistakes() {
    assertThat(run(FromScratch::main)).startsWith("""
        Topology[5 services: orders-api, orders-db, orders-migrator, payments, web]
        StartupPlan[5 services in 4 waves
          wave 0: orders-migrator, payments
          wave 1: orders-db
          wave 2: orders-api
          wave 3: web
          external: none]
        Impact[STARTUP failure of orders-migrator (LOW): 3 services affected (worst HIGH)
          orders-api (HIGH) via orders-migrator -> orders-db -> orders-api
          orders-db (HIGH) via orders-migrator -> orders-db
          web (MEDIUM) via orders-migrator -> orders-db -> orders-api -> web]
        Impact[RUNTIME failure of payments (HIGH): 2 services affected (worst HIGH)
          orders-api (HIGH) via payments -> orders-api
          web (MEDIUM) via payments -> orders-api -> web]
        DANGLING_DEPENDENCY: Service 'reports' depends on 'orders-dbb', which is not in the \
        topology. Did you mean 'orders-db' or 'orders-api'?
        SELF_DEPENDENCY: Service 'reports' depends on itself (as 'reports'); remove that \
        dependency.
        {
        """).doesNotContain("payments\"");
  }

  @Test
  void deploymentVariant_listsTheEnginesDiffFromTheDefault() {
    assertThat(run(DeploymentVariant::main))
        .startsWith("TopologyGraph[39 services (0 external)")
        .contains("\nTopologyGraph[38 services (1 external)")
        .endsWith("""
            - fileserved is absent
            ~ federation-service severity MEDIUM -> HIGH
            - audit-log-service needs fileserved while running
            - output-processor needs fileserved while running
            ~ api-service starts in wave 3, was 4
            ~ audit-log-service starts in wave 1, was 2
            ~ contexts-service starts in wave 2, was 3
            ~ contexts-service-migrator starts in wave 1, was 2
            ~ cron-service starts in wave 2, was 3
            ~ cron-service-migrator starts in wave 1, was 2
            ~ domain-service starts in wave 2, was 3
            ~ domain-service-migrator starts in wave 1, was 2
            ~ federation-service starts in wave 2, was 3
            ~ federation-service-migrator starts in wave 1, was 2
            ~ frontend starts in wave 0, was 1
            ~ permissions-service starts in wave 2, was 3
            ~ permissions-service-migrator starts in wave 1, was 2
            ~ postgres runs outside
            ~ workflows-conductor starts in wave 2, was 3
            ~ workflows-conductor-migrator starts in wave 1, was 2
            ~ federation-service-migrator failing at startup takes down 1 (worst HIGH), was 1 \
            (worst MEDIUM)
            ~ ready-agent failing at startup takes down 36 (worst HIGH), was 38 (worst HIGH)
            waves: 5 -> 4
            """);
  }

  @Test
  void deploymentVariant_backToTheDefault_mirrorsEveryLine() {
    TopologyGraph standard = TopologyGraph.of(CircleCiServer2.topology());
    TopologyGraph external = TopologyGraph.of(CircleCiServer2.topology(),
        CircleCiServer2.externalizedDeployment());
    assertThat(DeploymentVariant.differences(external, standard))
        .contains("+ mongo needs mongodb-upgrader to start", "~ postgres runs inside, in wave 0",
            "~ mongodb-upgrader failing at startup takes down 1 (worst HIGH), was 0")
        .endsWith("waves: 4 -> 5");
    assertThat(DeploymentVariant.differences(standard, standard)).containsExactly("waves: 5 -> 5");
  }

  /** Runs an example in a JVM of its own, as a user does, so that its exit code shows. */
  private static Process launch(Class<?> main, String... args) throws java.io.IOException {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(java.util.List.of(args));
    return new ProcessBuilder(command).start();
  }

  private static void assertUserError(String expected, Class<?> main, String... args)
      throws Exception {
    Process process = launch(main, args);
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(err).isEqualTo(2);
    assertThat(out).isEmpty();
    assertThat(err.replace(System.lineSeparator(), "\n")).isEqualTo(expected + "\n");
  }

  @Test
  void alertRouter_unknownName_exitsTwoWithOneLine() throws Exception {
    assertUserError("AlertRouter: No service is named 'postgress'. Did you mean 'postgres'?",
        AlertRouter.class, "exim", "postgress");
  }

  @Test
  void alertRouter_knownNames_exitsZero() throws Exception {
    Process process = launch(AlertRouter.class, "exim");
    process.getInputStream().readAllBytes();
    assertThat(process.waitFor()).isZero();
  }

  @Test
  void examplesWithoutArguments_anArgument_exitTwoWithOneLine() throws Exception {
    for (Class<?> main : java.util.List.of(QuickStart.class, FromScratch.class,
        DeploymentVariant.class, Availability.class)) {
      assertUserError(main.getSimpleName() + ": " + main.getSimpleName() + " takes no"
          + " arguments, so 'postgress' is not understood; run it without any.", main,
          "postgress");
    }
  }
}
