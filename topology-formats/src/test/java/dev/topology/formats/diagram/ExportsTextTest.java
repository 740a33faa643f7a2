package dev.topology.formats.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole text of each export of one small topology, legend included: a reader of a diagram
 * relies on the legend as much as on the nodes, so a changed line shows here.
 *
 * <pre>
 *   web ──► api ──► db (external, HIGH)      gate (startup only)
 *   poller ~~┘ └──► migrate (one-shot, LOW) ──► db
 * </pre>
 */
class ExportsTextTest {
  private static TopologyGraph small() {
    Topology t = Fixtures.topology("web>api", "api>db", "migrate>db", "api>migrate",
        "poller~>api", "gate");
    t = Fixtures.with(Fixtures.with(t, "migrate", Lifecycle.ONE_SHOT), "migrate", Severity.LOW);
    t = Fixtures.with(Fixtures.externalizable(t, "db"), "db", Severity.HIGH);
    t = Fixtures.gate(t, "gate");
    return TopologyGraph.of(t, Deployment.builder().externalized(List.of("db")).build());
  }

  @Test
  void dot_topology_wholeText() {
    assertThat(Exports.dot(small())).isEqualTo("""
        // Topology of 6 services (externalized: db): 4 startup dependencies, 1 runtime interaction.
        digraph topology {
          rankdir=BT;
          node [fontname="Helvetica", fontsize=11, fontcolor="#000000"];
          edge [arrowsize=0.7];
          subgraph cluster_legend {
            label="Legend";
            fontname="Helvetica";
            color="#666666";
            "legend: HIGH" [label="HIGH severity", shape=box, style="rounded,filled", fillcolor="#f4cccc", color="#990000", penwidth=1];
            "legend: MEDIUM" [label="MEDIUM severity", shape=box, style="rounded,filled", fillcolor="#fff2cc", color="#b45f06", penwidth=1];
            "legend: LOW" [label="LOW severity", shape=box, style="rounded,filled", fillcolor="#d9ead3", color="#38761d", penwidth=1];
            "legend: one-shot" [label="one-shot task", shape=parallelogram, style=filled, fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: startup-only" [label="needed only at startup", shape=hexagon, style=filled, fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: external" [label="run outside the installation", shape=cylinder, style=filled, fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: from 0" [label="a", shape=box, style="rounded,filled", fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: to 0" [label="b", shape=box, style="rounded,filled", fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: from 0" -> "legend: to 0" [label="a needs b to start", fontname="Helvetica", fontsize=9, style=solid, color="#333333", penwidth=1];
            "legend: from 1" [label="a", shape=box, style="rounded,filled", fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: to 1" [label="b", shape=box, style="rounded,filled", fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: from 1" -> "legend: to 1" [label="a talks to b while running", fontname="Helvetica", fontsize=9, style=dashed, color="#1f4e79", penwidth=1];
          }
          node [shape=box, style="rounded,filled", fillcolor="#fff2cc", color="#b45f06", penwidth=1];
          "api";
          "poller";
          "web";
          node [shape=parallelogram, style=filled, fillcolor="#d9ead3", color="#38761d", penwidth=1];
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
  void mermaid_topology_wholeText() {
    assertThat(Exports.mermaid(small())).isEqualTo("""
        %% Topology of 6 services (externalized: db): 4 startup dependencies, 1 runtime interaction.
        flowchart BT
          classDef low fill:#d9ead3,color:#000000,stroke:#38761d,stroke-width:1px
          classDef lowFailed fill:#d9ead3,color:#000000,stroke:#000000,stroke-width:4px
          classDef medium fill:#fff2cc,color:#000000,stroke:#b45f06,stroke-width:1px
          classDef mediumFailed fill:#fff2cc,color:#000000,stroke:#000000,stroke-width:4px
          classDef high fill:#f4cccc,color:#000000,stroke:#990000,stroke-width:1px
          classDef highFailed fill:#f4cccc,color:#000000,stroke:#000000,stroke-width:4px
          classDef key fill:#ffffff,color:#000000,stroke:#666666,stroke-width:1px
          classDef keyFailed fill:#ffffff,color:#000000,stroke:#000000,stroke-width:4px
          subgraph keys ["Legend"]
            keyLOW("LOW severity"):::low
            keyMEDIUM("MEDIUM severity"):::medium
            keyHIGH("HIGH severity"):::high
            keyOneShot[/"one-shot task"/]:::key
            keyStartupOnly{{"needed only at startup"}}:::key
            keyExternal[("run outside the installation")]:::key
            keyFrom0("a"):::key
            keyTo0("b"):::key
            keyFrom0 -->|"a needs b to start"| keyTo0
            keyFrom1("a"):::key
            keyTo1("b"):::key
            keyFrom1 -.->|"a talks to b while running"| keyTo1
          end
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
  void dot_gateImpact_wholeTextWithTheFailedAndGateKeys() {
    assertThat(Exports.dot(small().impact(Phase.STARTUP, "gate"))).isEqualTo("""
        // Impact of gate failing at STARTUP: 4 services affected, the whole system down.
        digraph impact {
          rankdir=BT;
          node [fontname="Helvetica", fontsize=11, fontcolor="#000000"];
          edge [arrowsize=0.7];
          subgraph cluster_legend {
            label="Legend";
            fontname="Helvetica";
            color="#666666";
            "legend: HIGH" [label="HIGH severity", shape=box, style="rounded,filled", fillcolor="#f4cccc", color="#990000", penwidth=1];
            "legend: MEDIUM" [label="MEDIUM severity", shape=box, style="rounded,filled", fillcolor="#fff2cc", color="#b45f06", penwidth=1];
            "legend: LOW" [label="LOW severity", shape=box, style="rounded,filled", fillcolor="#d9ead3", color="#38761d", penwidth=1];
            "legend: one-shot" [label="one-shot task", shape=parallelogram, style=filled, fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: startup-only" [label="needed only at startup", shape=hexagon, style=filled, fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: external" [label="run outside the installation", shape=cylinder, style=filled, fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: failed" [label="failed", shape=box, style="rounded,filled", fillcolor="#ffffff", color="#000000", penwidth=3];
            "legend: from 0" [label="a", shape=box, style="rounded,filled", fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: to 0" [label="b", shape=box, style="rounded,filled", fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: from 0" -> "legend: to 0" [label="a needs b to start", fontname="Helvetica", fontsize=9, style=solid, color="#333333", penwidth=1];
            "legend: from 1" [label="a", shape=box, style="rounded,filled", fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: to 1" [label="b", shape=box, style="rounded,filled", fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: from 1" -> "legend: to 1" [label="a talks to b while running", fontname="Helvetica", fontsize=9, style=dashed, color="#1f4e79", penwidth=1];
            "legend: from 2" [label="a", shape=box, style="rounded,filled", fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: to 2" [label="b", shape=box, style="rounded,filled", fillcolor="#ffffff", color="#666666", penwidth=1];
            "legend: from 2" -> "legend: to 2" [label="a is down with startup gate b", fontname="Helvetica", fontsize=9, style=dotted, color="#990000", penwidth=2];
          }
          node [shape=box, style="rounded,filled", fillcolor="#fff2cc", color="#b45f06", penwidth=1];
          "api";
          "poller";
          "web";
          node [shape=parallelogram, style=filled, fillcolor="#d9ead3", color="#38761d", penwidth=1];
          "migrate";
          node [shape=hexagon, style=filled, fillcolor="#fff2cc", color="#000000", penwidth=3];
          "gate";
          edge [style=dotted, color="#990000", penwidth=2];
          "api" -> "gate";
          "migrate" -> "gate";
          "poller" -> "gate";
          "web" -> "gate";
        }
        """);
  }

  @Test
  void mermaid_gateImpact_wholeTextWithTheFailedAndGateKeys() {
    assertThat(Exports.mermaid(small().impact(Phase.STARTUP, "gate"))).isEqualTo("""
        %% Impact of gate failing at STARTUP: 4 services affected, the whole system down.
        flowchart BT
          classDef low fill:#d9ead3,color:#000000,stroke:#38761d,stroke-width:1px
          classDef lowFailed fill:#d9ead3,color:#000000,stroke:#000000,stroke-width:4px
          classDef medium fill:#fff2cc,color:#000000,stroke:#b45f06,stroke-width:1px
          classDef mediumFailed fill:#fff2cc,color:#000000,stroke:#000000,stroke-width:4px
          classDef high fill:#f4cccc,color:#000000,stroke:#990000,stroke-width:1px
          classDef highFailed fill:#f4cccc,color:#000000,stroke:#000000,stroke-width:4px
          classDef key fill:#ffffff,color:#000000,stroke:#666666,stroke-width:1px
          classDef keyFailed fill:#ffffff,color:#000000,stroke:#000000,stroke-width:4px
          subgraph keys ["Legend"]
            keyLOW("LOW severity"):::low
            keyMEDIUM("MEDIUM severity"):::medium
            keyHIGH("HIGH severity"):::high
            keyOneShot[/"one-shot task"/]:::key
            keyStartupOnly{{"needed only at startup"}}:::key
            keyExternal[("run outside the installation")]:::key
            keyFailed("failed"):::keyFailed
            keyFrom0("a"):::key
            keyTo0("b"):::key
            keyFrom0 -->|"a needs b to start"| keyTo0
            keyFrom1("a"):::key
            keyTo1("b"):::key
            keyFrom1 -.->|"a talks to b while running"| keyTo1
            keyFrom2("a"):::key
            keyTo2("b"):::key
            keyFrom2 ==>|"a is down with startup gate b"| keyTo2
          end
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
  void dot_withoutLegend_isTheWholeTextLessTheLegendCluster() {
    for (boolean impact : new boolean[] {false, true}) {
      String full = impact ? Exports.dot(small().impact(Phase.STARTUP, "migrate"))
          : Exports.dot(small());
      String bare = impact ? Exports.dot(small().impact(Phase.STARTUP, "migrate"), false)
          : Exports.dot(small(), false);
      int start = full.indexOf("  subgraph cluster_legend {\n");
      int end = full.indexOf("\n  }\n", start) + "\n  }\n".length();
      assertThat(start).isPositive();
      assertThat(bare).isEqualTo(full.substring(0, start) + full.substring(end))
          .doesNotContain("legend");
    }
  }

  @Test
  void mermaid_withoutLegend_isTheWholeTextLessTheLegendSubgraph() {
    for (boolean impact : new boolean[] {false, true}) {
      String full = impact ? Exports.mermaid(small().impact(Phase.RUNTIME, "api"))
          : Exports.mermaid(small());
      String bare = impact ? Exports.mermaid(small().impact(Phase.RUNTIME, "api"), false)
          : Exports.mermaid(small(), false);
      int start = full.indexOf("  subgraph keys [\"Legend\"]\n");
      int end = full.indexOf("\n  end\n", start) + "\n  end\n".length();
      assertThat(start).isPositive();
      assertThat(bare).isEqualTo(full.substring(0, start) + full.substring(end))
          .doesNotContain("Legend");
    }
  }
}
