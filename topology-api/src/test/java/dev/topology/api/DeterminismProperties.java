package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.json.TopologyJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The same topology given in another order, with its dependencies naming their targets by
 * other names: equal canonical forms and the same canonical JSON, byte for byte.
 */
@AddLifecycleHook(TriesCap.class)
class DeterminismProperties {
  @Provide
  Arbitrary<Topology> topologies() {
    return Topologies.valid(12);
  }

  /**
   * The topology's services in a shuffled order, each with its dependencies and aliases
   * shuffled and every dependency naming its target by a random one of the target's names.
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
      List<String> aliases = new ArrayList<>(service.aliases());
      Collections.shuffle(aliases, random);
      services.add(service.toBuilder().dependencies(dependencies).aliases(aliases).build());
    }
    Collections.shuffle(services, random);
    return services;
  }

  @Property(tries = 300)
  void canonical_reshuffled_sameBytes(@ForAll("topologies") Topology topology, @ForAll long seed) {
    Topology variant = Topology.of(topology.settings(), reshuffled(topology, new Random(seed)));

    assertThat(variant.canonical()).isEqualTo(topology.canonical());
    assertThat(TopologyJson.write(variant.canonical()))
        .isEqualTo(TopologyJson.write(topology.canonical()));
    for (Deployment deployment : List.of(Deployment.defaults(),
        Topologies.lastValues(topology))) {
      String resolved = resolvedJson(topology, deployment);
      assertThat(resolvedJson(variant, deployment)).isEqualTo(resolved);
    }
  }

  @Property(tries = 200)
  void canonical_isIdempotentAndKeepsTheTopologysMeaning(
      @ForAll("topologies") Topology topology) {
    Topology canonical = topology.canonical();

    assertThat(canonical.canonical()).isSameAs(canonical);
    assertThat(canonical.names()).isEqualTo(topology.names());
    for (Service service : topology.services()) {
      Service other = canonical.service(service.name());
      assertThat(other.names()).containsExactlyInAnyOrderElementsOf(service.names());
      assertThat(other.dependencies()).hasSameSizeAs(service.dependencies());
      for (Dependency dependency : service.dependencies()) {
        assertThat(other.dependencies()).contains(dependency.toBuilder()
            .target(topology.service(dependency.target()).name()).build());
      }
    }
  }

  private static String resolvedJson(Topology topology, Deployment deployment) {
    try {
      return TopologyJson.write(topology.canonical().resolve(deployment).canonical())
          + TopologyJson.write(topology.resolve(deployment).canonical());
    } catch (InvalidTopologyException e) {
      return e.getMessage();
    }
  }
}
