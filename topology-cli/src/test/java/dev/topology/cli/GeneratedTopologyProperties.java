package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.Phase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The tool on topology files of random valid topologies, from the testing kit's {@code @ForAll
 * Topology}: it answers every question in the engine's words.
 */
class GeneratedTopologyProperties {

  @Property(tries = 100)
  void plan_generatedTopologyFile_namesEveryServiceItStarts(@ForAll Topology topology)
      throws IOException {
    Path file = write(topology);
    try {
      Cli.Result result = Cli.run("plan", "--topology", file.toString());

      assertThat(result.code()).as(result.err()).isZero();
      // The default deployment starts the services present in it, external ones left out.
      for (String service : TopologyGraph.of(topology).startupPlan().order()) {
        assertThat(result.out()).contains(service);
      }
    } finally {
      Files.delete(file);
    }
  }

  @Property(tries = 100)
  void impact_generatedTopologyFile_namesWhatTheEngineTakesDown(@ForAll Topology topology)
      throws IOException {
    TopologyGraph graph = TopologyGraph.of(topology);
    String failed = graph.startupPlan().order().get(0);
    Path file = write(topology);
    try {
      Cli.Result result = Cli.run("impact", failed, "--phase", "startup", "--topology",
          file.toString());

      assertThat(result.code()).as(result.err()).isZero();
      assertThat(graph.impact(Phase.STARTUP, failed).affectedNames())
          .allSatisfy(name -> assertThat(result.out()).contains(name));
    } finally {
      Files.delete(file);
    }
  }

  private static Path write(Topology topology) throws IOException {
    Path file = Files.createTempFile("generated-topology", ".json");
    Files.writeString(file, TopologyJson.write(topology));
    return file;
  }
}
