package dev.topology.cli;

import static dev.topology.cli.AnalysesOnFileTest.answerOn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Deployment;
import dev.topology.api.json.TopologyJson;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.formats.diagram.Exports;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.Phase;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} between two files and two deployments, and {@code graph}, which prints the
 * engine's exports as they are.
 */
class DiffAndGraphTest {
  /**
   * The small topology, changed: {@code logs} gone, {@code cache} new and needed by {@code api}
   * while running, {@code web} MEDIUM.
   */
  private static final String NEXT = """
      {"services": [
        {"name": "web", "aliases": ["www"], "severity": "MEDIUM",
         "dependencies": [{"target": "api"}]},
        {"name": "api", "severity": "MEDIUM", "dependencies": [
          {"target": "postgres-image"}, {"target": "cache", "kind": "RUNTIME"}]},
        {"name": "cache", "severity": "LOW"},
        {"name": "db", "image": "postgres-image", "severity": "HIGH", "externalizable": true,
         "dependencies": [{"target": "migrate"}]},
        {"name": "migrate", "severity": "LOW", "lifecycle": "ONE_SHOT"}
      ]}
      """;

  @TempDir
  Path dir;

  private String small;
  private String next;

  @BeforeEach
  void writeTopologies() {
    small = Cli.write(dir, "small.json", Cli.SMALL).toString();
    next = Cli.write(dir, "next.json", NEXT).toString();
  }

  @Test
  void diff_twoFiles_everyKindOfChange() {
    assertThat(answerOn(small, "diff", "--against", next)).isEqualTo("""
        Diff of two installations: 7 differences
        Before: '%s'
        After:  '%s'

        CHANGE                   SERVICE  BEFORE                    AFTER
        service added            cache                              LOW
        service removed          logs     LOW
        severity                 web      LOW                       MEDIUM
        dependency added         api                                needs cache while running
        dependency removed       api      needs logs to start
        blast radius at startup  api      takes down 1 (worst LOW)  takes down 1 (worst MEDIUM)
        blast radius at runtime  api      takes down 1 (worst LOW)  takes down 1 (worst MEDIUM)
        """.formatted(small, next));
  }

  @Test
  void diff_json_givesBothSidesAndEveryChange() {
    assertThat(answerOn(small, "diff", "--against", next, "--json")).isEqualTo("""
        {
          "before" : {
            "topology" : "%s",
            "deployment" : {
              "choices" : { },
              "externalized" : [ ]
            }
          },
          "after" : {
            "topology" : "%s",
            "deployment" : {
              "choices" : { },
              "externalized" : [ ]
            }
          },
          "addedServices" : [ "cache" ],
          "removedServices" : [ "logs" ],
          "severityChanges" : [ {
            "service" : "web",
            "before" : "LOW",
            "after" : "MEDIUM"
          } ],
          "addedDependencies" : [ {
            "from" : "api",
            "to" : "cache",
            "kind" : "RUNTIME",
            "required" : true
          } ],
          "removedDependencies" : [ {
            "from" : "api",
            "to" : "logs",
            "kind" : "STARTUP",
            "required" : true
          } ],
          "waveChanges" : [ ],
          "blastRadiusChanges" : [ {
            "phase" : "STARTUP",
            "service" : "api",
            "before" : {
              "takesDown" : 1,
              "propagatedSeverity" : "LOW"
            },
            "after" : {
              "takesDown" : 1,
              "propagatedSeverity" : "MEDIUM"
            }
          }, {
            "phase" : "RUNTIME",
            "service" : "api",
            "before" : {
              "takesDown" : 1,
              "propagatedSeverity" : "LOW"
            },
            "after" : {
              "takesDown" : 1,
              "propagatedSeverity" : "MEDIUM"
            }
          } ]
        }
        """.formatted(json(small), json(next)));
  }

  private static String json(String text) {
    return text.replace("\\", "\\\\");
  }

  @Test
  void diff_againstExternalize_keepsTheTopologyAndChangesTheDeployment() {
    assertThat(answerOn(small, "diff", "--against-externalize", "postgres-image")).isEqualTo("""
        Diff of two installations: 5 differences
        Before: '%1$s'
        After:  '%1$s'
          deployment: externalized: postgres-image

        CHANGE                   SERVICE  BEFORE                     AFTER
        dependency removed       db       needs migrate to start
        startup wave             api      wave 2                     wave 1
        startup wave             db       wave 1                     external
        startup wave             web      wave 3                     wave 2
        blast radius at startup  migrate  takes down 3 (worst HIGH)  takes down 0
        """.formatted(small));
  }

  @Test
  void diff_emptyAgainstExternalize_externalizesNothing_andMirrorsTheOtherWay() {
    String there = answerOn(small, "diff", "--against-externalize", "db", "--json");
    String back = answerOn(small, "diff", "--externalize", "db", "--against-externalize=",
        "--json");
    assertThat(back).contains("\"waveChanges\" : [ {\n    \"service\" : \"api\",\n"
        + "    \"before\" : 1,\n    \"after\" : 2\n  }")
        .contains("\"service\" : \"db\",\n    \"before\" : null,\n    \"after\" : 1\n");
    assertThat(there).contains("\"service\" : \"db\",\n    \"before\" : 1,\n    \"after\" : null\n");
  }

  @Test
  void diff_sameTopologyTwice_saysNoDifferences() {
    assertThat(answerOn(small, "diff", "--against", small)).isEqualTo("""
        Diff of two installations: no differences
        Before: '%1$s'
        After:  '%1$s'
        """.formatted(small));
  }

  @Test
  void diff_catalogDeployments_ldapS3AndExternalPostgres() {
    Cli.Result result = Cli.run("diff", "--against-ldap", "--against-s3",
        "--against-externalize", "postgres");
    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("""
        Diff of two installations: 22 differences
        Before: bundled CircleCI Server 2.x catalog
          deployment: ldap=off, objectStorage=fileserved
        After:  bundled CircleCI Server 2.x catalog
          deployment: ldap=on, objectStorage=s3; externalized: postgres

        CHANGE                  SERVICE                       BEFORE                  AFTER
        service removed         fileserved                    HIGH
        severity                federation-service            MEDIUM                  HIGH
        dependency removed      audit-log-service             needs fileserved while
                                                              running
        """).contains("""
        startup wave            postgres                      wave 0                  external
        """).endsWith("""
        blast radius at         ready-agent                   takes down 38 (worst    takes down 36 (worst
        startup                                               HIGH)                   HIGH)
        """);
  }

  @Test
  void diff_negatedFlag_turnsTheFirstSidesChoiceOff() {
    Cli.Result result = Cli.run("diff", "--ldap", "--no-against-ldap", "--json");
    assertThat(result.out()).contains("""
          "severityChanges" : [ {
            "service" : "federation-service",
            "before" : "HIGH",
            "after" : "MEDIUM"
          } ],
        """);
  }

  @Test
  void diff_isTheMirrorOfTheOtherWay() {
    String there = Cli.run("diff", "--against-s3", "--json").out();
    String back = Cli.run("diff", "--s3", "--no-against-s3", "--json").out();
    assertThat(there).contains("\"removedServices\" : [ \"fileserved\" ]")
        .contains("\"addedServices\" : [ ]");
    assertThat(back).contains("\"addedServices\" : [ \"fileserved\" ]")
        .contains("\"removedServices\" : [ ]");
  }

  @Test
  void graph_defaultsToDotOfTheWholeTopology_asTheEngineExportsIt() {
    TopologyGraph graph = TopologyGraph.of(TopologyJson.read(Cli.SMALL));
    assertThat(answerOn(small, "graph")).isEqualTo(Exports.dot(graph))
        .startsWith("// Topology of 5 services").contains("\n  \"api\" -> \"db\";\n");
    assertThat(answerOn(small, "graph", "--format", "mermaid"))
        .isEqualTo(Exports.mermaid(graph)).contains("\nflowchart BT\n");
  }

  @Test
  void graph_impact_drawsTheImpactInItsPhase() {
    TopologyGraph graph = TopologyGraph.of(TopologyJson.read(Cli.SMALL));
    assertThat(answerOn(small, "graph", "--impact", "migrate", "--phase", "startup"))
        .isEqualTo(Exports.dot(graph.impact(Phase.STARTUP, "migrate")));
    assertThat(answerOn(small, "graph", "--impact", "postgres-image,logs", "--format", "MERMAID"))
        .isEqualTo(Exports.mermaid(graph.impact(Phase.RUNTIME, "db", "logs")));
  }

  @Test
  void graph_catalog_isNeverColouredAndFollowsTheDeployment() {
    Cli.Result result = Cli.run(new Terminal(true, false), "graph", "--format", "mermaid",
        "--s3");
    Deployment s3 = CircleCiServer2.s3Deployment();
    assertThat(result.out())
        .isEqualTo(Exports.mermaid(TopologyGraph.of(CircleCiServer2.topology(), s3)))
        .doesNotContain("\u001b", "fileserved");
  }

  @Test
  void graph_json_wrapsTheText() {
    TopologyGraph graph = TopologyGraph.of(TopologyJson.read(Cli.SMALL));
    String json = answerOn(small, "graph", "--json", "--format", "mermaid");
    assertThat(json).startsWith("""
        {
          "format" : "MERMAID",
          "text" : "%% Topology of 5 services""")
        .contains(Exports.mermaid(graph).lines().skip(1).findFirst().orElseThrow());
  }
}
