package dev.topology.formats.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import dev.topology.formats.TriesCap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

@AddLifecycleHook(TriesCap.class)
class ExportsProperties {

  @Provide
  Arbitrary<RandomTopology> dags() {
    return RandomTopologies.dags(16, 2);
  }

  @Property(tries = 60)
  void exports_shuffledInsertionAndAliases_areByteIdentical(@ForAll("dags") RandomTopology t,
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 15) int failed) {
    TopologyGraph plain = TopologyGraph.of(t.topology());
    TopologyGraph shuffled = TopologyGraph.of(t.topology(new Random(seed)));
    assertThat(Exports.dot(shuffled)).isEqualTo(Exports.dot(plain));
    assertThat(Exports.mermaid(shuffled)).isEqualTo(Exports.mermaid(plain));
    String name = t.names[failed % t.n];
    for (Phase phase : Phase.values()) {
      assertThat(Exports.dot(shuffled.impact(phase, "alias-" + name)))
          .isEqualTo(Exports.dot(plain.impact(phase, name)));
      assertThat(Exports.mermaid(shuffled.impact(phase, "alias-" + name)))
          .isEqualTo(Exports.mermaid(plain.impact(phase, name)));
    }
  }

  @Property(tries = 60)
  void exports_topology_holdEveryServiceAndEveryDependencyOnce(
      @ForAll("dags") RandomTopology t) {
    TopologyGraph graph = TopologyGraph.of(t.topology());
    List<String> names = graph.topology().names();
    List<String> dotLines = Arrays.asList(Exports.dot(graph).split("\n"));
    List<String> mermaidLines = Arrays.asList(Exports.mermaid(graph).split("\n"));
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      assertThat(dotLines).containsOnlyOnce("  \"" + name + "\";");
      String node = "  s" + i + "[(\\[{].*";
      assertThat(mermaidLines.stream().filter(l -> l.matches(node))).singleElement()
          .asString().contains("\"" + name + "\"").endsWith(":::"
              + graph.topology().service(name).severity().name().toLowerCase(Locale.ROOT));
    }
    List<String> dotEdges = new ArrayList<>();
    List<String> mermaidEdges = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (Dependency d : graph.topology().service(names.get(i)).dependencies()) {
        boolean startup = d.kind() == DependencyKind.STARTUP;
        dotEdges.add((startup ? "S" : "R") + "  \"" + names.get(i) + "\" -> \"" + d.target()
            + "\";");
        mermaidEdges.add("  s" + i + (startup ? " --> s" : " -.-> s")
            + names.indexOf(d.target()));
      }
    }
    List<String> foundDot = new ArrayList<>();
    String kind = "S";
    for (String line : dotLines) {
      if (line.startsWith("  edge [style=dashed")) {
        kind = "R";
      } else if (line.contains(" -> ") && !line.contains("legend")) {
        foundDot.add(kind + line);
      }
    }
    assertThat(foundDot).containsExactlyInAnyOrderElementsOf(dotEdges);
    assertThat(mermaidLines.stream().filter(l -> l.startsWith("  s") && l.contains("->")))
        .containsExactlyInAnyOrderElementsOf(mermaidEdges);
  }
}
