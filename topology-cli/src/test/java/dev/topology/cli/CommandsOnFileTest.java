package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command on a small topology file, for people and as JSON, compared byte for byte. */
class CommandsOnFileTest {
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

  /** The heading's context: the file, then the deployment, which a file without choices shows
   * only when it externalizes something. */
  private String context(String deployment) {
    return "Topology: '" + file + "'\n" + (deployment.isEmpty() ? ""
        : "Deployment: " + deployment + "\n");
  }

  private static final String DEFAULTS = "";

  @Test
  void catalog_table_listsServicesWithCanonicalDependencies() {
    assertThat(answer("catalog")).isEqualTo("Catalog: 5 services\n" + context(DEFAULTS) + """

        SERVICE  SEVERITY  LIFECYCLE     EXTERNAL  NEEDS TO START
        api      MEDIUM    long-running  no        db, logs
        db       HIGH      long-running  possible  migrate
        logs     LOW       long-running  no
        migrate  LOW       one-shot      no
        web      LOW       long-running  no        api

        EXTERNAL: yes runs outside, possible may run outside. --wide adds each service's image.
        """);
    assertThat(answer("catalog", "--wide")).endsWith("""
        SERVICE  IMAGE           SEVERITY  LIFECYCLE     EXTERNAL  NEEDS TO START
        api                      MEDIUM    long-running  no        db, logs
        db       postgres-image  HIGH      long-running  possible  migrate
        logs                     LOW       long-running  no
        migrate                  LOW       one-shot      no
        web                      LOW       long-running  no        api
        """);
  }

  @Test
  void catalog_json_givesEveryFieldOfOneService() {
    assertThat(answer("catalog", "--json", "--externalize", "postgres-image"))
        .startsWith("""
        {
          "deployment" : {
            "choices" : { },
            "externalized" : [ "postgres-image" ]
          },
          "services" : [ {
            "name" : "api",
            "image" : null,
            "aliases" : [ ],
            "severity" : "MEDIUM",
            "externalizable" : false,
            "external" : false,
            "lifecycle" : "LONG_RUNNING",
            "startupGate" : false,
            "startupDependencies" : [ "db", "logs" ],
            "role" : "",
            "failureEffect" : ""
          }, {
            "name" : "db",
            "image" : "postgres-image",
            "aliases" : [ "postgres-image" ],
            "severity" : "HIGH",
            "externalizable" : true,
            "external" : true,
            "lifecycle" : "LONG_RUNNING",
        """)
        .contains("""
            "name" : "web",
            "image" : null,
            "aliases" : [ "www" ],
        """)
        .endsWith("""
            "failureEffect" : "The site is down."
          } ]
        }
        """);
  }

  @Test
  void plan_table_showsWavesWithSeverities() {
    assertThat(answer("plan")).isEqualTo("Startup plan: 5 services in 4 waves\n"
        + context(DEFAULTS) + """

        WAVE  SERVICE  SEVERITY  LIFECYCLE
        0     logs     LOW       long-running
              migrate  LOW       one-shot
        1     db       HIGH      long-running
        2     api      MEDIUM    long-running
        3     web      LOW       long-running
        """);
  }

  @Test
  void plan_json_givesOrderWavesAndExternals() {
    assertThat(answer("plan", "--json")).isEqualTo("""
        {
          "order" : [ "logs", "migrate", "db", "api", "web" ],
          "waves" : [ [ "logs", "migrate" ], [ "db" ], [ "api" ], [ "web" ] ],
          "external" : [ ]
        }
        """);
  }

  @Test
  void plan_externalized_isUpBeforeWaveZeroAndNotStarted() {
    assertThat(answer("plan", "--externalize", "db"))
        .isEqualTo("Startup plan: 4 services in 3 waves; run outside and up before wave 0: db\n"
            + context("externalized: db") + """

            WAVE  SERVICE  SEVERITY  LIFECYCLE
            0     logs     LOW       long-running
                  migrate  LOW       one-shot
            1     api      MEDIUM    long-running
            2     web      LOW       long-running
            """);
    assertThat(answer("plan", "--json", "--externalize", "db"))
        .contains("\"external\" : [ \"db\" ]");
  }

  @Test
  void impact_table_runtimeIsTheDefaultPhase() {
    assertThat(answer("impact", "postgres-image"))
        .isEqualTo("Failure of db (HIGH) at runtime: 2 services affected (worst MEDIUM)\n"
            + context(DEFAULTS) + """

            SERVICE  SEVERITY  PATH
            api      MEDIUM    db -> api
            web      LOW       db -> api -> web
            """);
  }

  @Test
  void impact_startup_oneShotFailureStopsWhatNeedsIt() {
    assertThat(answer("impact", "migrate", "--phase", "startup"))
        .isEqualTo("Failure of migrate (LOW) at startup: 3 services affected (worst HIGH)\n"
            + context(DEFAULTS) + """

            SERVICE  SEVERITY  PATH
            db       HIGH      migrate -> db
            api      MEDIUM    migrate -> db -> api
            web      LOW       migrate -> db -> api -> web
            """);
  }

  @Test
  void impact_nothingAffected_saysSoWithoutATable() {
    assertThat(answer("impact", "migrate", "--phase", "RUNTIME"))
        .isEqualTo("Failure of migrate (LOW) at runtime: nothing else is affected\n"
            + context(DEFAULTS));
  }

  @Test
  void impact_json_givesPathsAndSeverities() {
    assertThat(answer("impact", "db", "--json")).isEqualTo("""
        {
          "failed" : [ "db" ],
          "phase" : "RUNTIME",
          "affected" : [ {
            "name" : "api",
            "severity" : "MEDIUM",
            "path" : [ "db", "api" ],
            "pathLength" : 2,
            "via" : "db",
            "cause" : "db",
            "failureEffect" : ""
          }, {
            "name" : "web",
            "severity" : "LOW",
            "path" : [ "db", "api", "web" ],
            "pathLength" : 3,
            "via" : "api",
            "cause" : "db",
            "failureEffect" : "The site is down."
          } ],
          "worstSeverity" : "HIGH",
          "failedSeverity" : "HIGH",
          "propagatedSeverity" : "MEDIUM",
          "wholeSystemDown" : false,
          "unnamedDependents" : false,
          "unnamedDependentsCitations" : [ ],
          "notes" : [ ]
        }
        """);
  }

  @Test
  void impact_json_nothingAffected_hasNoPropagatedSeverity() {
    assertThat(answer("impact", "migrate", "--json")).isEqualTo("""
        {
          "failed" : [ "migrate" ],
          "phase" : "RUNTIME",
          "affected" : [ ],
          "worstSeverity" : "LOW",
          "failedSeverity" : "LOW",
          "propagatedSeverity" : null,
          "wholeSystemDown" : false,
          "unnamedDependents" : false,
          "unnamedDependentsCitations" : [ ],
          "notes" : [ ]
        }
        """);
  }

  @Test
  void impact_severalNames_countEachServiceOnce() {
    assertThat(answer("impact", "api", "logs", "db", "postgres-image", "--json"))
        .startsWith("""
        {
          "failed" : [ "api", "db", "logs" ],
        """);
  }

  @Test
  void prerequisites_byAlias_listsInStartupOrder() {
    assertThat(answer("prerequisites", "www"))
        .isEqualTo("Prerequisites of web: 4 services, in startup order\n" + context(DEFAULTS)
            + """

            SERVICE  SEVERITY  WAVE
            logs     LOW       0
            migrate  LOW       0
            db       HIGH      1
            api      MEDIUM    2
            """);
    assertThat(answer("prerequisites", "www", "--json")).isEqualTo("""
        {
          "service" : "web",
          "prerequisites" : [ "logs", "migrate", "db", "api" ]
        }
        """);
  }

  @Test
  void prerequisites_external_showAsExternal() {
    assertThat(answer("prerequisites", "api", "--externalize", "db"))
        .contains("db       HIGH      external\n");
  }

  @Test
  void prerequisites_none_saysNone() {
    assertThat(answer("prerequisites", "logs"))
        .isEqualTo("Prerequisites of logs: none\n" + context(DEFAULTS));
  }

  @Test
  void dependents_byImageName_listsInStartupOrder() {
    assertThat(answer("dependents", "postgres-image"))
        .isEqualTo("Dependents of db: 2 services, in startup order\n" + context(DEFAULTS) + """

            SERVICE  SEVERITY  WAVE
            api      MEDIUM    2
            web      LOW       3
            """);
    assertThat(answer("dependents", "postgres-image", "--json")).isEqualTo("""
        {
          "service" : "db",
          "dependents" : [ "api", "web" ]
        }
        """);
  }

  @Test
  void everyCommand_servicesShuffledAndDependenciesByOtherNames_sameBytes() {
    String shuffled = """
        {"services": [
          {"name": "migrate", "severity": "LOW", "lifecycle": "ONE_SHOT"},
          {"name": "db", "image": "postgres-image", "severity": "HIGH", "externalizable": true,
           "dependencies": [{"target": "migrate"}]},
          {"name": "logs", "severity": "LOW"},
          {"name": "api", "severity": "MEDIUM", "dependencies": [
            {"target": "db"}, {"target": "logs"}]},
          {"name": "web", "aliases": ["www"], "severity": "LOW",
           "failureEffect": "The site is down.",
           "dependencies": [{"target": "api"}]}
        ]}
        """;
    String[][] commands = {{"catalog"}, {"catalog", "--json"}, {"plan"}, {"plan", "--json"},
        {"impact", "logs", "migrate", "--phase", "startup"}, {"impact", "db", "--json"},
        {"prerequisites", "web"}, {"dependents", "migrate", "--json"},
        {"restart", "db"}, {"restart", "logs", "--json"}, {"root-cause", "web", "--json"},
        {"root-cause", "migrate", "logs"}, {"blast-radius", "--phase", "startup"},
        {"blast-radius", "--json"}, {"lint"}, {"lint", "--json"}, {"graph"},
        {"graph", "--format", "mermaid", "--impact", "db"}};
    List<String> before = new ArrayList<>();
    for (String[] command : commands) {
      before.add(answer(command));
    }
    Cli.write(dir, "small.json", shuffled);
    for (int i = 0; i < commands.length; i++) {
      assertThat(answer(commands[i])).isEqualTo(before.get(i));
    }
  }
}
