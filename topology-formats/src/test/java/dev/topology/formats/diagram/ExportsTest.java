package dev.topology.formats.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Dependency;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportsTest {

  /*
   *   web ──► api ──► db (external, HIGH)      gate (startup only)
   *   poller ~~┘ └──► migrate (one-shot, LOW) ──► db
   */
  private static TopologyGraph small() {
    Topology t = Fixtures.topology("web>api", "api>db", "migrate>db", "api>migrate",
        "poller~>api", "gate");
    t = Fixtures.with(Fixtures.with(t, "migrate", Lifecycle.ONE_SHOT), "migrate", Severity.LOW);
    t = Fixtures.with(Fixtures.externalizable(t, "db"), "db", Severity.HIGH);
    t = Fixtures.gate(t, "gate");
    return TopologyGraph.of(t, Deployment.builder().externalized(List.of("db")).build());
  }

  /** What follows the legend. */
  private static String body(String text, String legendEnd) {
    return text.substring(text.indexOf(legendEnd) + legendEnd.length());
  }

  @Test
  void dot_smallTopology_groupsNodesByStyleThenEdgesByKind() {
    // Services by shape (box, parallelogram, hexagon, cylinder), then severity, then name;
    // startup edges solid, then runtime edges dashed, each by source then target.
    String dot = Exports.dot(small());
    assertThat(dot).startsWith("// Topology of 6 services (externalized: db): 4 startup"
        + " dependencies, 1 runtime interaction.\ndigraph topology {\n  rankdir=BT;\n");
    assertThat(body(dot, "\n  }\n")).isEqualTo("""
          node [shape=box, style="rounded,filled", fillcolor="#fff2cc", color="#b45f06", \
        penwidth=1];
          "api";
          "poller";
          "web";
          node [shape=parallelogram, style=filled, fillcolor="#d9ead3", color="#38761d", \
        penwidth=1];
          "migrate";
          node [shape=hexagon, style=filled, fillcolor="#fff2cc", color="#b45f06", penwidth=1];
          "gate";
          node [shape=cylinder, style=filled, fillcolor="#f4cccc", color="#990000", penwidth=1];
          "db";
          edge [style=solid, color="#333333", penwidth=1];
          "api" -> "db";
          "api" -> "migrate";
          "migrate" -> "db";
          "web" -> "api";
          edge [style=dashed, color="#1f4e79", penwidth=1];
          "poller" -> "api";
        }
        """);
  }

  @Test
  void mermaid_smallTopology_usesSafeIdsAndShapesPerLifecycle() {
    // Ids by name order: api s0, db s1, gate s2, migrate s3, poller s4, web s5.
    String mermaid = Exports.mermaid(small());
    assertThat(mermaid).startsWith("%% Topology of 6 services").contains("\nflowchart BT\n")
        .contains("\n  classDef high fill:#f4cccc,color:#000000,stroke:#990000,"
            + "stroke-width:1px\n")
        .contains("\n    keyFrom1 -.->|\"a talks to b while running\"| keyTo1\n");
    assertThat(body(mermaid, "\n  end\n")).isEqualTo("""
          s0("api"):::medium
          s1[("db")]:::high
          s2{{"gate"}}:::medium
          s3[/"migrate"/]:::low
          s4("poller"):::medium
          s5("web"):::medium
          s0 --> s1
          s0 --> s3
          s3 --> s1
          s5 --> s0
          s4 -.-> s0
        """);
  }

  @Test
  void exports_gateImpact_drawOneDottedEdgePerServiceToTheGate() {
    // The gate takes down every started service: each is drawn with the last step of its path,
    // [gate, service], which no dependency carries. db runs outside and is not affected.
    Impact impact = small().impact(Phase.STARTUP, "gate");
    String dot = Exports.dot(impact);
    assertThat(dot).startsWith("// Impact of gate failing at STARTUP: 4 services affected,"
        + " the whole system down.\ndigraph impact {\n")
        .contains("\n  node [shape=hexagon, style=filled, fillcolor=\"#fff2cc\","
            + " color=\"#000000\", penwidth=3];\n  \"gate\";\n")
        .endsWith("  edge [style=dotted, color=\"#990000\", penwidth=2];\n  \"api\" -> \"gate\";\n"
            + "  \"migrate\" -> \"gate\";\n  \"poller\" -> \"gate\";\n  \"web\" -> \"gate\";\n}\n")
        .doesNotContain("\"db\";");
    assertThat(body(Exports.mermaid(impact), "\n  end\n")).isEqualTo("""
          s0("api"):::medium
          s2{{"gate"}}:::mediumFailed
          s3[/"migrate"/]:::low
          s4("poller"):::medium
          s5("web"):::medium
          s0 ==> s2
          s3 ==> s2
          s4 ==> s2
          s5 ==> s2
        """);
  }

  @Test
  void exports_runtimeImpact_drawEachStepAsTheDependencyItFollows() {
    // db fails while running: api needs it to start (solid), web needs api (solid), poller
    // talks to api (dotted); migrate has exited.
    String mermaid = Exports.mermaid(small().impact(Phase.RUNTIME, "db"));
    assertThat(body(mermaid, "\n  end\n")).isEqualTo("""
          s0("api"):::medium
          s1[("db")]:::highFailed
          s4("poller"):::medium
          s5("web"):::medium
          s0 --> s1
          s5 --> s0
          s4 -.-> s0
        """);
  }

  @Test
  void exports_oddNames_areQuotedAndEscaped() {
    // Names may hold any character but white space and control characters.
    Topology odd = Topology.of(
        Service.of("a\\", Severity.LOW), Service.of("x\"y", Severity.LOW, "a\\"),
        Service.builder().name("c#d<&>`").severity(Severity.LOW)
            .addDependencies(Dependency.runtime("x\"y", "said so")).build(),
        Service.of("end", Severity.LOW, "c#d<&>`"));
    TopologyGraph graph = TopologyGraph.of(odd);
    assertThat(Exports.dot(graph)).contains("\n  \"a\\\\\";\n", "\n  \"x\\\"y\";\n",
        "\n  \"c#d<&>`\";\n", "\n  \"x\\\"y\" -> \"a\\\\\";\n",
        "\n  \"c#d<&>`\" -> \"x\\\"y\";\n");
    assertThat(Exports.mermaid(graph)).contains("\n  s0(\"a\\\"):::low\n",
        "\n  s1(\"c#35;d#lt;#amp;#gt;#96;\"):::low\n", "\n  s2(\"end\"):::low\n",
        "\n  s3(\"x#quot;y\"):::low\n", "\n  s2 --> s1\n", "\n  s1 -.-> s3\n");
  }

  @Test
  void exports_null_isRejected() {
    assertThatThrownBy(() -> Exports.dot((TopologyGraph) null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("An export needs an engine, not null; build one with"
            + " TopologyGraph.of(topology).");
    assertThatThrownBy(() -> Exports.mermaid((Impact) null))
        .hasMessage("An export needs an impact, not null; ask the engine for one with"
            + " graph.impact(Phase.STARTUP, \"db\").");
  }

  @Test
  void dot_impactOfFourteenFailures_titleNamesTwelveAndCountsTheRest() {
    // Fourteen of fifteen independent services fail: none affected, the system not all down.
    String[] names = new String[15];
    for (int i = 0; i < names.length; i++) {
      names[i] = String.format("s%02d", i + 1);
    }
    TopologyGraph graph = TopologyGraph.of(Fixtures.topology(names));
    List<String> failed = List.of(names).subList(0, 14);
    assertThat(Exports.dot(graph.impact(Phase.RUNTIME, failed))).startsWith("// Impact of s01,"
        + " s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12 and 2 more failing at RUNTIME:"
        + " 0 services affected.\n");
    assertThat(Exports.mermaid(graph.impact(Phase.RUNTIME, failed.subList(0, 12))))
        .startsWith("%% Impact of s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12"
            + " failing at RUNTIME: 0 services affected.\n");
  }
}
