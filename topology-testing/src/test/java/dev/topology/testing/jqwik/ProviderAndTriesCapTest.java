package dev.topology.testing.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import java.util.ServiceLoader;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

class ProviderAndTriesCapTest {
  private final TopologyArbitraryProvider provider = new TopologyArbitraryProvider();

  @Test
  void serviceLoader_arbitraryProviders_listTheKitsProvider() {
    assertThat(ServiceLoader.load(ArbitraryProvider.class).stream()
        .map(ServiceLoader.Provider::type)).contains(TopologyArbitraryProvider.class);
  }

  @Test
  void canProvideFor_topologyAndGraph_onlyThose() {
    assertThat(provider.canProvideFor(TypeUsage.of(Topology.class))).isTrue();
    assertThat(provider.canProvideFor(TypeUsage.of(TopologyGraph.class))).isTrue();
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    assertThat(provider.provideFor(TypeUsage.of(String.class), null)).isEmpty();
  }

  @Test
  void provideFor_graph_enginesOfGeneratedTopologies() {
    Arbitrary<?> graphs = provider.provideFor(TypeUsage.of(TopologyGraph.class), null)
        .iterator().next();
    Arbitrary<?> topologies = provider.provideFor(TypeUsage.of(Topology.class), null)
        .iterator().next();

    assertThat(graphs.sample()).isInstanceOf(TopologyGraph.class);
    assertThat(topologies.sample()).isInstanceOf(Topology.class);
  }

  @Test
  void most_positiveNumber_isTheCap() {
    assertThat(TriesCap.most("25")).isEqualTo(25);
    assertThat(TriesCap.most(" 3 ")).isEqualTo(3);
  }

  @Test
  void most_notAPositiveNumber_refusedWithTheValue() {
    assertThatThrownBy(() -> TriesCap.most("many"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The system property topology.tries.cap caps the tries of each property and"
            + " must be a positive whole number; got 'many'.");
    assertThatThrownBy(() -> TriesCap.most("0")).isInstanceOf(IllegalArgumentException.class);
  }
}
