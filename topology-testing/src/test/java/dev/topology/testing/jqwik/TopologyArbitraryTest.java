package dev.topology.testing.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.Readiness;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;

class TopologyArbitraryTest {

  @Property(tries = 200)
  void forAllTopology_defaults_validAcyclicAndSmall(@ForAll Topology topology) {
    assertThat(topology.size()).isBetween(1, 8);
    assertThat(isAcyclic(topology)).as(topology.toString()).isTrue();
    TopologyGraph graph = TopologyGraph.of(topology);
    long inside = topology.services().stream()
        .filter(s -> !s.external() && s.presentWhen().isEmpty()).count();
    assertThat(inside).isPositive();
    inside = graph.topology().services().stream().filter(s -> !s.external()).count();
    assertThat(graph.startupPlan().order()).hasSize((int) inside);
  }

  @Property(tries = 100)
  void forAllTopologyGraph_defaults_engineOfAValidTopology(@ForAll TopologyGraph graph) {
    assertThat(graph.topology().size()).isBetween(1, 8);
    assertThat(isAcyclic(graph.topology())).isTrue();
  }

  @Provide
  Arbitrary<Topology> larger() {
    return TopologyArbitraries.topologies().ofServices(5, 9).withDensity(3).withSettings(3);
  }

  @Property(tries = 100)
  void ofServices_fiveToNine_sizesWithinAndStillValid(@ForAll("larger") Topology topology) {
    assertThat(topology.size()).isBetween(5, 9);
    assertThat(topology.settings()).hasSizeLessThanOrEqualTo(3);
    assertThat(isAcyclic(topology)).isTrue();
    TopologyGraph.of(topology);
  }

  @Example
  void shares_asked_nearlyMetOverManySamples() {
    TopologyArbitrary arbitrary = TopologyArbitraries.topologies().ofServices(10, 20)
        .withDensity(1).withOptionalDependencies(0.3).withRuntimeInteractions(0.4)
        .withOneShotTasks(0.2).withStartupGates(0.1).withExternalServices(0.25)
        .withSettings(2).withConditionalDependencies(0.5).withConditionalServices(0.3);
    Counts counts = counts(sample(arbitrary, 300, 1));

    assertThat(counts.edges / (double) counts.services).isCloseTo(1.0, within(0.1));
    assertThat(counts.optional / (double) counts.edges).isCloseTo(0.3, within(0.04));
    assertThat(counts.runtime / (double) counts.edgesToNonTasks).isCloseTo(0.4, within(0.04));
    assertThat(counts.oneShot / (double) counts.services).isCloseTo(0.2, within(0.03));
    assertThat(counts.gates / (double) counts.services).isCloseTo(0.1, within(0.03));
    assertThat(counts.external / (double) counts.services).isCloseTo(0.25, within(0.03));
    assertThat(counts.conditional / (double) counts.edgesWithSettings).isCloseTo(0.5,
        within(0.05));
    assertThat(counts.edgesWithSettings).isPositive();
    assertThat(counts.conditionalServices / (double) counts.servicesWithSettings)
        .isCloseTo(0.3, within(0.04));
  }

  @Example
  void shares_zero_giveNone() {
    TopologyArbitrary arbitrary = TopologyArbitraries.topologies().ofServices(3, 12)
        .withOptionalDependencies(0).withRuntimeInteractions(0).withOneShotTasks(0)
        .withStartupGates(0).withExternalServices(0).withConditionalDependencies(0)
        .withConditionalServices(0);
    Counts counts = counts(sample(arbitrary, 200, 2));

    assertThat(counts.edges).isPositive();
    assertThat(counts.edgesWithSettings).isPositive();
    assertThat(counts.servicesWithSettings).isPositive();
    assertThat(List.of(counts.optional, counts.runtime, counts.oneShot, counts.gates,
        counts.external, counts.conditional, counts.conditionalServices)).containsOnly(0);
  }

  @Example
  void densityAndSettings_zero_giveNoDependencyAndNoSetting() {
    List<Topology> topologies = sample(TopologyArbitraries.topologies().withDensity(0)
        .withSettings(0), 100, 3);

    assertThat(topologies).allSatisfy(t -> {
      assertThat(t.settings()).isEmpty();
      assertThat(t.services()).allSatisfy(s -> assertThat(s.dependencies()).isEmpty());
    });
  }

  @Example
  void shares_all_giveAllButOneServiceInside() {
    List<Topology> topologies = sample(TopologyArbitraries.topologies().ofServices(2, 6)
        .withStartupGates(0).withOneShotTasks(1).withExternalServices(1)
        .withOptionalDependencies(1), 100, 4);

    assertThat(topologies).allSatisfy(t -> {
      assertThat(t.services()).allSatisfy(s -> {
        assertThat(s.lifecycle()).isEqualTo(Lifecycle.ONE_SHOT);
        assertThat(s.dependencies()).allSatisfy(d -> {
          assertThat(d.required()).isFalse();
          assertThat(d.kind()).isEqualTo(DependencyKind.STARTUP);
          assertThat(d.readiness()).isEqualTo(Readiness.COMPLETED);
        });
      });
      assertThat(t.services().stream().filter(s -> !s.external()).count()).isEqualTo(1);
    });
  }

  @Example
  void withSeverities_one_everyServiceHasIt() {
    List<Topology> topologies =
        sample(TopologyArbitraries.topologies().withSeverities(Severity.MEDIUM), 50, 5);

    assertThat(topologies).allSatisfy(t -> assertThat(t.services())
        .extracting(Service::severity).containsOnly(Severity.MEDIUM));
  }

  @Example
  void generator_sameSeed_sameTopologies() {
    TopologyArbitrary arbitrary = TopologyArbitraries.topologies().ofServices(1, 15);

    assertThat(sample(arbitrary, 30, 42)).isEqualTo(sample(arbitrary, 30, 42))
        .isNotEqualTo(sample(arbitrary, 30, 43));
  }

  @Example
  void shrinking_topologyWithDependencies_walksDownThroughValidTopologies() {
    TopologyArbitrary arbitrary = TopologyArbitraries.topologies().ofServices(1, 8)
        .withDensity(2).withSettings(3);
    RandomGenerator<Topology> generator = arbitrary.generator(1000);
    Random random = new Random(11);
    Shrinkable<Topology> current = generator.next(random);
    while (current.value().size() < 6 || dependencies(current.value()) < 4) {
      current = generator.next(random);
    }
    Topology start = current.value();
    int checked = 0;
    boolean shrunk = true;
    while (shrunk && checked < 300) {
      shrunk = false;
      for (Shrinkable<Topology> candidate : (Iterable<Shrinkable<Topology>>)
          current.shrink().limit(20)::iterator) {
        Topology topology = candidate.value();
        checked++;
        assertThat(isAcyclic(topology)).isTrue();
        TopologyGraph.of(topology);
        if (dependencies(topology) > 0) {
          current = candidate;
          shrunk = true;
          break;
        }
      }
    }

    Topology smallest = current.value();
    assertThat(checked).isGreaterThan(20);
    assertThat(dependencies(smallest)).isPositive();
    assertThat(weight(smallest)).as(smallest.toString()).isLessThan(weight(start));
    assertThat(smallest.size()).isLessThan(start.size());
  }

  @Example
  void settings_outOfRange_refusedWithTheValue() {
    TopologyArbitrary arbitrary = TopologyArbitraries.topologies();

    assertThatThrownBy(() -> arbitrary.ofServices(0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A topology arbitrary needs between 1 and 2000 services, the fewest no more"
            + " than the most; got 0 to 3.");
    assertThatThrownBy(() -> arbitrary.ofServices(4, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> arbitrary.ofServices(1, 2001))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> arbitrary.withDensity(-0.5))
        .hasMessage("A topology arbitrary needs a density from 0 to 100 dependencies per"
            + " service; got -0.5.");
    assertThatThrownBy(() -> arbitrary.withDensity(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> arbitrary.withOptionalDependencies(1.5))
        .hasMessage("The share of optional dependencies must be from 0 to 1; got 1.5.");
    assertThatThrownBy(() -> arbitrary.withRuntimeInteractions(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> arbitrary.withExternalServices(2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> arbitrary.withConditionalDependencies(-0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> arbitrary.withConditionalServices(1.01))
        .hasMessage("The share of conditional services must be from 0 to 1; got 1.01.");
    assertThatThrownBy(() -> arbitrary.withOneShotTasks(0.7).withStartupGates(0.5))
        .hasMessage("The shares of one-shot tasks (0.7) and startup gates (0.5) must add up to"
            + " at most 1.");
    assertThatThrownBy(() -> arbitrary.withStartupGates(0.5).withOneShotTasks(0.7))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> arbitrary.withSettings(9))
        .hasMessage("A topology arbitrary declares from 0 to 8 settings; got 9.");
    assertThatThrownBy(() -> arbitrary.withSettings(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> arbitrary.withSeverities())
        .hasMessage("A topology arbitrary needs one or more severities to choose from, without"
            + " null; got [].");
    assertThatThrownBy(() -> arbitrary.withSeverities(Severity.LOW, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> arbitrary.withSeverities((Severity[]) null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Example
  void settings_atTheirBounds_accepted() {
    assertThat(sample(TopologyArbitraries.topologies().ofServices(1, 1).withDensity(100)
        .withSettings(8).withOneShotTasks(0.5).withStartupGates(0.5), 10, 6))
        .allSatisfy(t -> assertThat(t.size()).isEqualTo(1));
  }

  @Example
  void blueprintName_pastTheWords_numbered() {
    assertThat(Blueprint.name(0)).isEqualTo("db");
    assertThat(Blueprint.name(11)).isEqualTo("metrics");
    assertThat(Blueprint.name(12)).isEqualTo("db-2");
    assertThat(Blueprint.name(25)).isEqualTo("cache-3");
  }

  @Example
  void blueprintEdges_numberedPairs_decodedBelowTheDiagonal() {
    Blueprint.EdgeChoice none = new Blueprint.EdgeChoice(0, 0, 0, 0, 0);
    List<Blueprint.Edge> edges =
        Blueprint.edges(10, List.of(5L, 0L, 1L, 2L, 3L, 6L, 3L, 9L, 9L), List.of(none, none,
            none, none, none, none, none, none, none));

    assertThat(edges).extracting(e -> e.from() + ">" + e.to())
        .containsExactly("1>0", "2>0", "2>1", "3>0", "3>1", "3>2", "4>0", "4>1", "4>3");
  }

  static List<Topology> sample(Arbitrary<Topology> arbitrary, int count, long seed) {
    RandomGenerator<Topology> generator = arbitrary.generator(1000);
    Random random = new Random(seed);
    List<Topology> topologies = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      topologies.add(generator.next(random).value());
    }
    return topologies;
  }

  /** What shrinking makes smaller: the services first, then the dependencies. */
  private static int weight(Topology topology) {
    return topology.size() * 1_000 + dependencies(topology);
  }

  private static int dependencies(Topology topology) {
    return topology.services().stream().mapToInt(s -> s.dependencies().size()).sum();
  }

  /** Whether removing services without dependencies left, again and again, removes them all. */
  static boolean isAcyclic(Topology topology) {
    Map<String, Set<String>> needs = new HashMap<>();
    for (Service service : topology.services()) {
      Set<String> targets = new HashSet<>();
      for (Dependency dependency : service.dependencies()) {
        targets.add(topology.service(dependency.target()).name());
      }
      needs.put(service.name(), targets);
    }
    boolean removed = true;
    while (removed) {
      removed = false;
      for (String name : new ArrayList<>(needs.keySet())) {
        if (needs.get(name).isEmpty()) {
          needs.remove(name);
          needs.values().forEach(targets -> targets.remove(name));
          removed = true;
        }
      }
    }
    return needs.isEmpty();
  }

  /** Counts of what the shares decide, over many topologies. */
  private static final class Counts {
    int services;
    int edges;
    int optional;
    int runtime;
    int edgesToNonTasks;
    int oneShot;
    int gates;
    int external;
    int conditional;
    int edgesWithSettings;
    int servicesWithSettings;
    int conditionalServices;
  }

  private static Counts counts(List<Topology> topologies) {
    Counts counts = new Counts();
    for (Topology topology : topologies) {
      for (Service service : topology.services()) {
        counts.services++;
        counts.oneShot += service.lifecycle() == Lifecycle.ONE_SHOT ? 1 : 0;
        counts.gates += service.startupGate() ? 1 : 0;
        counts.external += service.external() ? 1 : 0;
        if (!topology.settings().isEmpty() && !service.name().equals(Blueprint.name(0))) {
          counts.servicesWithSettings++;
          counts.conditionalServices += service.presentWhen().isPresent() ? 1 : 0;
        }
        for (Dependency dependency : service.dependencies()) {
          counts.edges++;
          counts.optional += dependency.required() ? 0 : 1;
          if (topology.service(dependency.target()).lifecycle() != Lifecycle.ONE_SHOT) {
            counts.edgesToNonTasks++;
            counts.runtime += dependency.kind() == DependencyKind.RUNTIME ? 1 : 0;
          }
          if (!topology.settings().isEmpty()) {
            counts.edgesWithSettings++;
            counts.conditional += dependency.condition().isPresent() ? 1 : 0;
          }
        }
      }
    }
    return counts;
  }
}
