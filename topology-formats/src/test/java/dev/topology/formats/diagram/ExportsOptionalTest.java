package dev.topology.formats.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.startup.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An optional dependency orders startup and carries no failure.
 *
 * <pre>
 *   web ──► api ──► db
 *    ┆              ▲
 *    └┄┄?┄► cache ──┘      web wants cache to start first, but runs without it
 * </pre>
 */
class ExportsOptionalTest {
  private static final Topology TOPOLOGY =
      Fixtures.topology("web>api", "web?>cache", "api>db", "cache>db");
  private final TopologyGraph graph = TopologyGraph.of(TOPOLOGY);

  @Test
  void exports_optionalDependency_drawnApartWithItsLegend() {
    String dot = Exports.dot(graph);
    assertThat(dot).contains("arrowhead=odot").contains("a wants b first (optional")
        .contains("  \"web\" -> \"cache\";\n");
    String mermaid = Exports.mermaid(graph);
    assertThat(mermaid).contains(" --o|\"a wants b first (optional");
    int web = TOPOLOGY.indexOf("web");
    int cache = TOPOLOGY.indexOf("cache");
    assertThat(mermaid).contains("  s" + web + " --o s" + cache + "\n")
        .doesNotContain("  s" + web + " --> s" + cache + "\n");
    assertThat(Exports.dot(Fixtures.graph("a>b"))).doesNotContain("optional");
  }

}
