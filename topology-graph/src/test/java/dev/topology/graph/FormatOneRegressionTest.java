package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Deployment;
import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import dev.topology.graph.startup.Phase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents that release 0.1.0 wrote in format 1 (its catalog, unresolved and resolved for each
 * of its deployments, and random topologies), read by today's reader, give 0.1.0's answers: the
 * same startup waves and, for each service and phase, the same affected services. How the files
 * were made: src/test/resources/format1/README.md.
 */
class FormatOneRegressionTest {
  private static final Path FILES = Path.of("src", "test", "resources", "format1");

  static Stream<String[]> cases() throws IOException {
    return Files.readAllLines(FILES.resolve("cases.tsv")).stream()
        .filter(line -> !line.isBlank()).map(line -> line.split("\t"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void read_formatOneDocument_sameAnswersAsRelease010(String name, String document,
      String deployment, String answers) throws IOException {
    Topology topology = TopologyJson.read(Files.readString(FILES.resolve(document)));
    Deployment chosen = deployment.equals("-") ? Deployment.defaults()
        : TopologyJson.readDeployment(Files.readString(FILES.resolve(deployment)));
    TopologyGraph graph = TopologyGraph.of(topology, chosen);

    List<Set<String>> expectedWaves = new ArrayList<>();
    List<String> expectedImpacts = new ArrayList<>();
    for (String line : Files.readAllLines(FILES.resolve(answers))) {
      String[] field = line.split("\t", -1);
      if (field[0].equals("wave")) {
        expectedWaves.add(set(field[2]));
      } else {
        expectedImpacts.add(field[1] + " " + field[2] + " -> " + set(field[3]));
      }
    }
    List<Set<String>> waves = new ArrayList<>();
    for (List<String> wave : graph.startupPlan().waves()) {
      waves.add(new TreeSet<>(wave));
    }
    List<String> impacts = new ArrayList<>();
    for (String line : expectedImpacts) {
      String[] words = line.split(" ");
      Phase phase = Phase.valueOf(words[0]);
      impacts.add(phase + " " + words[1] + " -> "
          + new TreeSet<>(graph.impact(phase, words[1]).affectedNames()));
    }

    assertThat(expectedImpacts).isNotEmpty();
    assertThat(waves).as("startup waves").isEqualTo(expectedWaves);
    assertThat(impacts).as("affected services").isEqualTo(expectedImpacts);
    Set<String> services = new TreeSet<>();
    expectedImpacts.forEach(line -> services.add(line.split(" ")[1]));
    assertThat(topology.resolve(chosen).names()).as("services").containsExactlyElementsOf(services);
  }

  private static Set<String> set(String names) {
    return names.isEmpty() ? new TreeSet<>() : new TreeSet<>(Arrays.asList(names.split(",")));
  }
}
