package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code availability} on {@link Cli#SMALL}, every figure worked by hand. At runtime:
 *
 * <pre>
 *   web (LOW) -> api (MEDIUM) -> db (HIGH)      migrate is one-shot: it counts for nothing
 *                            -> logs (LOW)
 * </pre>
 *
 * <p>With every service at 99%: db and logs 0.99; api 0.99^3 = 0.970299; web 0.99^4 =
 * 0.96059601. A 30-day month is 720 hours: 1% is 7h12m, api's 2.9701% is 21.38472 h (21h23m),
 * web's 3.940399% is 28.3708728 h (1d4h22m).
 */
class AvailabilityCommandTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  Path dir;

  private String file;

  @BeforeEach
  void writeTopology() {
    file = Cli.write(dir, "small.json", Cli.SMALL).toString();
  }

  private String answer(String... args) {
    return AnalysesOnFileTest.answerOn(file, args);
  }

  private Cli.Result refused(String... args) {
    Cli.Result result = Cli.run(args);
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    return result;
  }

  @Test
  void table_defaultForAll_everyServiceSystemsAndRanking() {
    assertThat(answer("availability", "--default", "99%")).isEqualTo("""
        Availability of 4 long-running services: 99% without HIGH failures (7h12m down a month)
        Topology: '%s'
        Assumed: --default 99%% for api, db, logs, web

        SERVICE  SEVERITY  FIGURE         AVAILABILITY  DOWN A MONTH  COSTLIEST DEPENDENCY
        web      LOW       99%% (default)  96.1%%         1d4h          api (25%%)
        api      MEDIUM    99%% (default)  97%%           21h23m        db (34%%)
        db       HIGH      99%% (default)  99%%           7h12m
        logs     LOW       99%% (default)  99%%           7h12m

        SYSTEM                     SERVICES  DEPENDS ON  AVAILABILITY  DOWN A MONTH
        no HIGH failure            1         1           99%%           7h12m
        no MEDIUM or HIGH failure  2         3           97%%           21h23m

        Where one more nine buys most, for the system without HIGH failures:
        RANK  SERVICE  FIGURE  SAVES A MONTH  BIRNBAUM
        1     db       99%%     6h28m          1.000
        """.replace("%%", "%").replace("'%s'", "'" + file + "'"));
    // web's costliest: api, db and logs cost 1% each; api is first by name: 1 / 3.940399 = 25%.
    // The HIGH system is db alone: Birnbaum 1, one more nine saves 0.9% of 720 h = 6h28m48s.
  }

  @Test
  void figures_givenAndFromAFile_replaceTheDefaultAndAreNotAssumed() {
    String figures = Cli.write(dir, "figures.txt", """
        # the database's own figure
        db   99.9%
        logs=mttf=99h,mttr=1h

        """).toString();

    String out = answer("availability", "--default", "99%", "--figures", figures,
        "--figure", "web=100%");

    // db 0.999, logs 99/100 = 0.99, api 0.99 * 0.999 * 0.99 = 0.9791199, web 1 * api.
    // api's costliest is logs (1%, above db's 0.1%): 0.01 / 0.0208801 = 48% of its downtime.
    assertThat(out).contains("Assumed: --default 99% for api\n")
        .contains("\napi      MEDIUM    99% (default)      97.9%         15h2m"
            + "         logs (48%)\n")
        .contains("\nweb      LOW       100%               97.9%         15h2m"
            + "         api (48%)\n")
        .contains("\nlogs     LOW       mttf=4d3h mttr=1h  99%           7h12m\n")
        .contains("\ndb       HIGH      99.9%              99.9%         43m12s\n");
  }

  @Test
  void whatIf_beforeAndAfterSideBySide() {
    assertThat(answer("availability", "--default", "99%", "--what-if", "db=99.9%"))
        .endsWith("""

            What if db=99.9%:
                                       BEFORE  AFTER  DOWN A MONTH BEFORE  AFTER
            no HIGH failure            99%     99.9%  7h12m                43m12s
            no MEDIUM or HIGH failure  97%     97.9%  21h23m               15h2m
            api                        97%     97.9%  21h23m               15h2m
            db                         99%     99.9%  7h12m                43m12s
            web                        96.1%   96.9%  1d4h                 22h5m
            """);
    // After: api 0.99 * 0.999 * 0.99 = 0.9791199 (15.033672 h a month); web 0.969328701
    // (22.0833 h); logs is unchanged and not listed.
  }

  @Test
  void recovery_repairThenWavesTimedByStartDurations() {
    assertThat(answer("availability", "--default", "99% mttr=1h", "--recovery", "db",
        "--start", "api=30s", "--start-default", "10s")).endsWith("""

            Recovery after db fails: repaired at 1h, all back at 1h40s:
            WAVE  STARTS AT  TAKES  SERVICES
            0     1h         30s    api
            1     1h30s      10s    web

            SERVICE  BACK AT  HOW
            db       1h       repaired
            api      1h30s    restarted in wave 0
            web      1h40s    restarted in wave 1
            """);
  }

  @Test
  void json_figuresAsNumbers_systemsAndRecovery() {
    JsonNode json = MAPPER.readTree(answer("availability", "--default", "99% mttr=1h",
        "--recovery", "db", "--what-if", "www=99.9%", "--json"));

    JsonNode web = json.get("steadyState").get("services").get(3);
    assertThat(web.get("name").asString()).isEqualTo("web");
    assertThat(web.get("availability").asDouble()).isCloseTo(0.96059601, within(1e-15));
    assertThat(web.get("unavailability").asDouble()).isCloseTo(0.03940399, within(1e-15));
    assertThat(web.get("downtimePerMonthMillis").asLong()).isEqualTo(102_135_142L);
    assertThat(web.get("source").asString()).isEqualTo("DEFAULT");
    assertThat(json.get("steadyState").get("mediumOrWorse").get("dependsOn").asInt())
        .isEqualTo(3);
    assertThat(json.get("importance").get(0).get("gainPerNine").asDouble())
        .isCloseTo(0.009, within(1e-15));
    assertThat(json.get("whatIf").get("figures").get("web").asString()).isEqualTo("99.9%");
    assertThat(json.get("recovery").get("totalMillis").asLong()).isEqualTo(3_600_000L);
    assertThat(json.get("simulation").isNull()).isTrue();
  }

  @Test
  void catalog_withoutFigures_exitTwoAndSaysHowToGiveThem() {
    Cli.Result result = refused("availability");

    assertThat(result.err()).startsWith("topology: The bundled catalog has no reliability"
        + " figures, and this tool invents none: its 30 long-running services need one"
        + " (api-service, audit-log-service, contexts-service, contexts-vault, cron-service,"
        + " domain-service, exim, federation-service and 22 more). Give --default FIGURE for"
        + " every service without one (such as --default '99.9% mttr=10m'), figures per service"
        + " with --figure NAME=FIGURE or --figures FILE, or, in a Compose file, the labels"
        + " dev.topology.availability, dev.topology.mttf and dev.topology.mttr.\n");
  }

  @Test
  void file_someWithoutFigures_namedEachOne() {
    Cli.Result result = refused("availability", "--topology", file, "--figure", "db=99%");

    assertThat(result.err()).isEqualTo("topology: 3 long-running services have no reliability"
        + " figure: api, logs, web. Give --default FIGURE for every service without one (such as"
        + " --default '99.9% mttr=10m'), figures per service with --figure NAME=FIGURE or"
        + " --figures FILE, or, in a Compose file, the labels dev.topology.availability,"
        + " dev.topology.mttf and dev.topology.mttr.\n");
  }

  @Test
  void badOptions_everyProblemAtOnceWithItsOption() {
    String figures = Cli.write(dir, "bad.txt", "db 99.9%\napi\nlogs 5x\n").toString();

    Cli.Result result = refused("availability", "--topology", file, "--default", "101%",
        "--figure", "wbe=99%", "--figure", "db", "--start", "api=-5s", "--what-if",
        "db=mttf=30d", "--figures", figures);

    assertThat(result.err()).isEqualTo(String.join("\n",
        "topology: 7 problems:",
        "topology: - --default '101%': An availability must lie in (0, 1] (as a percentage,"
            + " above 0% and at most 100%); '101%' does not.",
        "topology: - '" + figures + "', line 2: write a service's name and its figure, such as"
            + " 'db 99.95%' or 'db=mttf=30d mttr=5m', not 'api'.",
        "topology: - '" + figures + "', line 3: An availability of '5x' is not a number; write a"
            + " percentage such as 99.95% or a fraction such as 0.9995.",
        "topology: - --figure 'wbe=99%': No service is named 'wbe'. Did you mean 'web'?",
        "topology: - --figure 'db': write NAME=FIGURE, such as db=99.95% or"
            + " 'db=mttf=30d mttr=5m'.",
        "topology: - --start 'api=-5s': A duration must be positive; '-5s' is not.",
        "topology: - --what-if 'db=mttf=30d': A reliability figure has only an MTTF; give the"
            + " MTTR or the availability too.") + "\n");
  }

  @Test
  void simulate_optionsOfSimulateChecked() {
    assertThat(refused("availability", "--default", "99%", "--years", "10").err())
        .isEqualTo("topology: --years is an option of --simulate; add --simulate, or leave it"
            + " out.\n");
    assertThat(refused("availability", "--default", "99%", "--max-events", "10").err())
        .isEqualTo("topology: --max-events is an option of --simulate; add --simulate, or leave"
            + " it out.\n");
    assertThat(refused("availability", "--default", "99%", "--simulate", "--years", "0",
        "--top", "0", "--max-events", "0").err()).isEqualTo(
            "topology: --top 0: show at least 1 service.\n"
            + "topology: --years 0: simulate from 1 to 1,000,000 years.\n"
            + "topology: --max-events 0: allow at least 1 event.\n");
  }
}
