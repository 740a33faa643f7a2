package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code restart}, {@code root-cause}, {@code blast-radius} and {@code lint} on the small
 * topology file, for people and as JSON, compared byte for byte.
 */
class AnalysesOnFileTest {
  private static final String DEFAULTS = "";

  @TempDir
  Path dir;

  private String file;

  @BeforeEach
  void writeTopology() {
    file = Cli.write(dir, "small.json", Cli.SMALL).toString();
  }

  private String answer(String... args) {
    return answerOn(file, args);
  }

  static String answerOn(String file, String... args) {
    String[] withFile = new String[args.length + 2];
    System.arraycopy(args, 0, withFile, 0, args.length);
    withFile[args.length] = "--topology";
    withFile[args.length + 1] = file;
    Cli.Result result = Cli.run(withFile);
    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    return result.out();
  }

  /** The heading's context: the file, then the deployment, which a file without choices shows
   * only when it externalizes something. */
  private String context(String deployment) {
    return "Topology: '" + file + "'\n" + (deployment.isEmpty() ? ""
        : "Deployment: " + deployment + "\n");
  }

  @Test
  void restart_byImageName_wavesWithPaths() {
    assertThat(answer("restart", "postgres-image")).isEqualTo(
        "Restart of db (HIGH) while running: 2 services to restart in 2 waves\n"
            + context(DEFAULTS) + """

            WAVE  SERVICE  SEVERITY  PATH
            0     api      MEDIUM    db -> api
            1     web      LOW       db -> api -> web
            """);
  }

  @Test
  void restart_json_givesOrderAndWaves() {
    assertThat(answer("restart", "db", "--json")).isEqualTo("""
        {
          "service" : "db",
          "restarted" : [ "db" ],
          "rule" : "ALL_AT_RISK",
          "restart" : [ "api", "web" ],
          "waves" : [ [ "api" ], [ "web" ] ],
          "toCheck" : [ ],
          "externalDependents" : [ ]
        }
        """);
  }

  /** db <- api (restarts with db) <- web (declares nothing). */
  private String declaredRestart() {
    return Cli.write(dir, "declared.json", """
        {"formatVersion": 2, "services": [
          {"name": "db", "severity": "HIGH"},
          {"name": "api", "severity": "MEDIUM",
           "dependencies": [{"target": "db", "restartsWith": true}]},
          {"name": "web", "severity": "LOW", "dependencies": [{"target": "api"}]}
        ]}
        """).toString();
  }

  @Test
  void restart_declaredRestarts_followsThemAndListsTheRestToCheck() {
    String declared = declaredRestart();
    assertThat(answerOn(declared, "restart", "db")).isEqualTo("""
        Restart of db (HIGH) while running: 1 service to restart in 1 wave, as declared\
         (restart: true)
        Topology: '%s'

        WAVE  SERVICE  SEVERITY  PATH
        0     api      MEDIUM    db -> api

        At risk, declare no restart, to check: web
        """.formatted(declared));
    assertThat(answerOn(declared, "restart", "db", "--json")).contains("\"rule\" : \"DECLARED\"",
        "\"toCheck\" : [ \"web\" ]");
  }

  @Test
  void restart_declaredRuleButNoneOnTheService_saysNoneIsDeclaredOnIt() {
    String declared = declaredRestart();
    assertThat(answerOn(declared, "restart", "api")).isEqualTo("""
        Restart of api (MEDIUM) while running: nothing else needs to restart: no service declares it
          restarts with api (restart: true)
        Topology: '%s'

        At risk, declare no restart, to check: web
        """.formatted(declared));
  }

  @Test
  void restart_oneShotTask_restartsNothing() {
    assertThat(answer("restart", "migrate")).isEqualTo(
        "Restart of migrate (LOW) while running: nothing else needs to restart\n"
            + context(DEFAULTS));
  }

  @Test
  void restart_externalDependent_isNamedApartForItsOperators() {
    String external = Cli.write(dir, "external.json", """
        {"services": [
          {"name": "config", "severity": "MEDIUM"},
          {"name": "cache", "severity": "LOW", "externalizable": true,
           "dependencies": [{"target": "config", "kind": "RUNTIME"}]},
          {"name": "app", "severity": "HIGH", "dependencies": [{"target": "cache"}]}
        ]}
        """).toString();
    assertThat(answerOn(external, "restart", "config", "--externalize", "cache")).isEqualTo("""
        Restart of config (MEDIUM) while running: 1 service to restart in 1 wave
        Topology: '%s'
        Deployment: externalized: cache

        WAVE  SERVICE  SEVERITY  PATH
        0     app      HIGH      config -> cache -> app

        Run outside and at risk, for their operators to restart: cache
        """.formatted(external));
    assertThat(answerOn(external, "restart", "config", "--externalize", "cache", "--json"))
        .contains("\"externalDependents\" : [ \"cache\" ]");
  }

  @Test
  void rootCause_runtimeIsTheDefaultPhase_bestFirst() {
    assertThat(answer("root-cause", "www")).isEqualTo(
        "Root causes of web failing at runtime: 4 candidates, best first\n"
            + context(DEFAULTS) + """

            RANK  CAUSE  SEVERITY  ALSO DOWN
            1     web    LOW       0
            2     api    MEDIUM    1: api itself
            3     db     HIGH      2: api, db itself
            4     logs   LOW       2: api, logs itself

            ALSO DOWN: down with the cause but not seen failing; "itself" marks the cause's own.
            """);
  }

  @Test
  void rootCause_startup_oneShotTaskIsACandidate() {
    assertThat(answer("root-cause", "web", "--phase", "startup", "--json")).isEqualTo("""
        {
          "observed" : [ "web" ],
          "phase" : "STARTUP",
          "exhaustive" : true,
          "found" : 5,
          "candidates" : [ {
            "services" : [ "web" ],
            "exact" : true,
            "explains" : [ "web" ],
            "alsoDown" : [ ],
            "alsoDownCount" : 0
          }, {
            "services" : [ "api" ],
            "exact" : true,
            "explains" : [ "web" ],
            "alsoDown" : [ "api" ],
            "alsoDownCount" : 1
          }, {
            "services" : [ "db" ],
            "exact" : true,
            "explains" : [ "web" ],
            "alsoDown" : [ "api", "db" ],
            "alsoDownCount" : 2
          }, {
            "services" : [ "logs" ],
            "exact" : true,
            "explains" : [ "web" ],
            "alsoDown" : [ "api", "logs" ],
            "alsoDownCount" : 2
          }, {
            "services" : [ "migrate" ],
            "exact" : true,
            "explains" : [ "web" ],
            "alsoDown" : [ "api", "db", "migrate" ],
            "alsoDownCount" : 3
          } ]
        }
        """);
  }

  @Test
  void rootCause_limit_cutsTheListAndSaysHowToSeeAll() {
    assertThat(answer("root-cause", "web", "--phase", "startup", "--limit", "2")).isEqualTo(
        "Root causes of web failing at startup: 5 candidates, best first\n"
            + context(DEFAULTS) + """

            RANK  CAUSE  SEVERITY  ALSO DOWN
            1     web    LOW       0
            2     api    MEDIUM    1: api itself

            ALSO DOWN: down with the cause but not seen failing; "itself" marks the cause's own.
            And 3 more candidates; --limit 5 shows them all.
            """);
    assertThat(answer("root-cause", "web", "--limit", "1", "--json"))
        .contains("\"found\" : 4,").containsOnlyOnce("\"services\"");
  }

  @Test
  void rootCause_noSingleCause_findsThePair() {
    assertThat(answer("root-cause", "migrate", "logs", "--json")).isEqualTo("""
        {
          "observed" : [ "logs", "migrate" ],
          "phase" : "RUNTIME",
          "exhaustive" : true,
          "found" : 1,
          "candidates" : [ {
            "services" : [ "logs", "migrate" ],
            "exact" : true,
            "explains" : [ "logs", "migrate" ],
            "alsoDown" : [ "api", "web" ],
            "alsoDownCount" : 2
          } ]
        }
        """);
    assertThat(answer("root-cause", "migrate", "logs"))
        .contains("\n1     logs + migrate  LOW       2: api, web\n");
  }

  @Test
  void rootCause_threeUnrelatedFailures_findsTheTriple() {
    // Nothing takes down two of them, so only the three together explain them.
    assertThat(answer("root-cause", "db", "logs", "migrate")).isEqualTo(
        "Root causes of db, logs, migrate failing at runtime: 1 candidate\n"
            + context(DEFAULTS) + """

            RANK  CAUSE                SEVERITY  ALSO DOWN
            1     db + logs + migrate  HIGH      2: api, web

            ALSO DOWN: down with the cause but not seen failing; "itself" marks the cause's own.
            """);
    assertThat(answer("root-cause", "db", "logs", "migrate", "--json"))
        .contains("\"exhaustive\" : true,").contains("\"exact\" : true,");
  }

  @Test
  void blastRadius_table_largestFirstThenWorstSeverity() {
    assertThat(answer("blast-radius")).isEqualTo(
        "Blast radius at runtime: 5 services, most taken down first\n" + context(DEFAULTS) + """

            SERVICE  SEVERITY  TAKES DOWN  WORST TAKEN DOWN
            db       HIGH      2           MEDIUM
            logs     LOW       2           MEDIUM
            api      MEDIUM    1           LOW
            migrate  LOW       0
            web      LOW       0
            """);
  }

  @Test
  void blastRadius_startup_oneShotTaskTakesDownWhatWaitsForIt() {
    assertThat(answer("blast-radius", "--phase", "startup"))
        .contains("\nmigrate  LOW       3           HIGH\n");
  }

  @Test
  void blastRadius_json_worstSeverityIsImpactsWorstSeverity() {
    assertThat(answer("blast-radius", "--json")).startsWith("""
        {
          "phase" : "RUNTIME",
          "services" : [ {
            "name" : "db",
            "severity" : "HIGH",
            "takesDown" : 2,
            "worstSeverity" : "HIGH",
            "propagatedSeverity" : "MEDIUM"
          }, {
        """).endsWith("""
          }, {
            "name" : "web",
            "severity" : "LOW",
            "takesDown" : 0,
            "worstSeverity" : "LOW",
            "propagatedSeverity" : null
          } ]
        }
        """);
    assertThat(answer("impact", "db", "--json")).contains("\"worstSeverity\" : \"HIGH\"");
  }

  @Test
  void lint_groupsFindingsByRule() {
    assertThat(answer("lint")).isEqualTo(
        "Lint: 1 finding under 1 rule, advice rather than errors\n" + context(DEFAULTS) + """

            SINGLE_POINT_OF_FAILURE (1): a service whose failure takes down more than half of \
            the topology
              'migrate' takes down more than half of the 5 services: 3 if it fails at startup.
            """);
    assertThat(answer("lint", "--json")).isEqualTo("""
        {
          "findings" : [ {
            "rule" : "SINGLE_POINT_OF_FAILURE",
            "services" : [ "migrate" ],
            "message" : "'migrate' takes down more than half of the 5 services: 3 if it fails \
        at startup."
          } ]
        }
        """);
  }

  @Test
  void lint_externalized_findsTheUnusedTask() {
    assertThat(answer("lint", "--externalize", "db")).isEqualTo(
        "Lint: 1 finding under 1 rule, advice rather than errors\n"
            + context("externalized: db") + """

            UNUSED_ONE_SHOT (1): a one-shot task that no long-running service waits for
              One-shot task 'migrate' is needed to start by no long-running service, directly \
            or through other
                tasks, so nothing waits for it.
            """);
  }

  @Test
  void lint_nothingFound_saysSo() {
    String clean = Cli.write(dir, "clean.json", """
        {"services": [
          {"name": "a", "severity": "LOW", "dependencies": [{"target": "b"}]},
          {"name": "b", "severity": "LOW"},
          {"name": "c", "severity": "LOW"}
        ]}
        """).toString();
    assertThat(answerOn(clean, "lint")).isEqualTo("Lint: nothing found\nTopology: '" + clean
        + "'\n");
    assertThat(answerOn(clean, "lint", "--json")).isEqualTo("""
        {
          "findings" : [ ]
        }
        """);
  }
}
