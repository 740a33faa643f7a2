package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.Deployment;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same topology given in shuffled orders, its dependencies listed in shuffled orders and
 * naming their targets by other names: every answer of the engine is the same, down to the
 * text of its reports and the bytes of its DOT and Mermaid exports.
 */
class DeterminismTest {
  /**
   * The topology's services shuffled, each with its dependencies shuffled and naming their
   * targets by a random one of the target's names.
   */
  static List<Service> reshuffled(Topology topology, Random random) {
    List<Service> services = new ArrayList<>();
    for (Service service : topology.services()) {
      List<Dependency> dependencies = new ArrayList<>();
      for (Dependency dependency : service.dependencies()) {
        List<String> names = topology.service(dependency.target()).names();
        dependencies.add(dependency.toBuilder()
            .target(names.get(random.nextInt(names.size()))).build());
      }
      Collections.shuffle(dependencies, random);
      services.add(service.toBuilder().dependencies(dependencies).build());
    }
    Collections.shuffle(services, random);
    return services;
  }

  /** A random graph whose services each have an alias, so that targets can vary. */
  private static Topology randomGraphWithImages(long seed) {
    List<Service> services = new ArrayList<>();
    for (Service service : ConcurrencyTest.randomGraph(400, seed).services()) {
      services.add(service.toBuilder().addAliases("image-" + service.name()).build());
    }
    return Topology.of(services);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void everyQuery_reshuffledTopology_sameAnswers(long seed) {
    for (Topology topology : List.of(CircleCiServer2.topology(), randomGraphWithImages(seed))) {
      Topology variant = Topology.of(topology.settings(), reshuffled(topology, new Random(seed)));
      for (Deployment deployment : List.of(CircleCiServer2.defaultDeployment(),
          CircleCiServer2.externalizedDeployment(), CircleCiServer2.s3Deployment())) {
        // Only the catalog declares the choices and services these deployments name.
        if (topology.contains("fileserved") || deployment.equals(Deployment.defaults())) {
          assertSameAnswers(topology, variant, deployment, seed);
        }
      }
    }
  }

  private static void assertSameAnswers(
      Topology topology, Topology variant, Deployment deployment, long seed) {
    Map<String, Supplier<Object>> expected = ConcurrencyTest.queries(
        TopologyGraph.of(topology, deployment), TopologyGraph.of(topology), seed);
    Map<String, Supplier<Object>> actual = ConcurrencyTest.queries(
        TopologyGraph.of(variant, deployment), TopologyGraph.of(variant), seed);
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((query, answer) ->
        assertThat(actual.get(query).get()).as(query).isEqualTo(answer.get()));
  }
}
