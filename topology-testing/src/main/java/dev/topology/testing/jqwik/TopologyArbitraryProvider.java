package dev.topology.testing.jqwik;

import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Makes {@code @ForAll Topology} and {@code @ForAll TopologyGraph} parameters work: they get
 * {@link TopologyArbitraries#topologies()} with its defaults (an engine is built for the
 * default deployment of each). Registered with jqwik through {@code META-INF/services}; a
 * property that wants other settings uses {@code @ForAll("name")} and a {@code @Provide}
 * method.
 */
public final class TopologyArbitraryProvider implements ArbitraryProvider {
  /** Creates the provider; jqwik does, through the service loader. */
  public TopologyArbitraryProvider() {}

  /**
   * Tells whether the parameter is a {@link Topology} or a {@link TopologyGraph}.
   *
   * @param targetType the type of the parameter
   * @return true for those two types
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(Topology.class) || targetType.isOfType(TopologyGraph.class);
  }

  /**
   * Returns the arbitrary for a parameter of one of the two types.
   *
   * @param targetType the type of the parameter
   * @param subtypeProvider not used
   * @return one arbitrary, or none for another type
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    if (targetType.isOfType(Topology.class)) {
      return Set.of(TopologyArbitraries.topologies());
    }
    if (targetType.isOfType(TopologyGraph.class)) {
      return Set.of(TopologyArbitraries.topologies().map(TopologyGraph::of));
    }
    return Set.of();
  }
}
