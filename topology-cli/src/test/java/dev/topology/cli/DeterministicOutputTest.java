package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import dev.topology.catalog.CircleCiServer2;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The same topology file written with its services in another order and its dependencies
 * naming their targets by other names (image names, aliases): every command gives the same
 * bytes, as tables, JSON, DOT and Mermaid, answers and errors alike.
 */
class DeterministicOutputTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  Path dir;

  /** The topology's file with the services shuffled and each target renamed at random. */
  static String reshuffledFile(Topology topology, Random random) {
    List<Service> services = new ArrayList<>();
    for (Service service : topology.services()) {
      List<Dependency> dependencies = new ArrayList<>();
      for (Dependency dependency : service.dependencies()) {
        List<String> names = topology.service(dependency.target()).names();
        dependencies.add(dependency.toBuilder()
            .target(names.get(random.nextInt(names.size()))).build());
      }
      services.add(service.toBuilder().dependencies(dependencies).build());
    }
    ObjectNode document = (ObjectNode) MAPPER.readTree(
        TopologyJson.write(Topology.of(topology.settings(), services)));
    ArrayNode array = (ArrayNode) document.get("services");
    List<tools.jackson.databind.JsonNode> shuffled = new ArrayList<>();
    array.forEach(shuffled::add);
    java.util.Collections.shuffle(shuffled, random);
    array.removeAll();
    shuffled.forEach(array::add);
    return MAPPER.writeValueAsString(document);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 3, 4, 5})
  void everyCommand_reshuffledFile_sameBytes(long seed) {
    Random random = new Random(seed);
    Topology topology = seed == 1 ? CircleCiServer2.topology()
        : HostileFileProperties.randomTopology(random);
    List<String> commands = new ArrayList<>(List.of("catalog", "plan", "blast-radius",
        "blast-radius --phase startup", "lint", "diff --against-s3 --against-ldap",
        "diff --against-choose sso=on"));
    List<String> names = topology.names();
    for (int i = 0; i < 2; i++) {
      String name = names.get(random.nextInt(names.size()));
      commands.add("impact " + name);
      commands.add("impact " + name + " --phase startup");
      commands.add("prerequisites " + name);
      commands.add("dependents " + name);
      commands.add("restart " + name);
      commands.add("root-cause " + name + " " + names.get(random.nextInt(names.size())));
    }
    String original = TopologyJson.write(topology);
    String reshuffled = reshuffledFile(topology, random);
    assertThat(reshuffled).isNotEqualTo(original);
    String impacted = names.get(random.nextInt(names.size()));
    for (String graph : List.of("graph", "graph --format mermaid",
        "graph --impact " + impacted, "graph --format mermaid --impact " + impacted)) {
      assertSameBytes(graph.split(" "), original, reshuffled);
    }
    for (String command : commands) {
      for (String options : List.of("", " --s3 --ldap --json", " --choose sso=on --json")) {
        assertSameBytes((command + options).split(" "), original, reshuffled);
      }
    }
  }

  /** Runs the command on each file, written in turn at the same place, and compares. */
  private void assertSameBytes(String[] command, String original, String reshuffled) {
    String[] args = java.util.Arrays.copyOf(command, command.length + 2);
    args[command.length] = "--topology";
    args[command.length + 1] = dir.resolve("t.json").toString();
    Cli.write(dir, "t.json", original);
    Cli.Result expected = Cli.run(args);
    Cli.write(dir, "t.json", reshuffled);
    assertThat(Cli.run(args)).as(String.join(" ", args)).isEqualTo(expected);
  }
}
