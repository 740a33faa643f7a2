package dev.topology.testing.jqwik;

import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Random valid topologies, configured fluently; made by {@link TopologyArbitraries#topologies()}.
 * Each setting returns a new arbitrary and leaves this one as it is.
 *
 * <pre>{@code
 * @Provide
 * Arbitrary<Topology> stacks() {
 *   return TopologyArbitraries.topologies()
 *       .ofServices(3, 12)              // between 3 and 12 services
 *       .withDensity(2.0)               // two dependencies per service on average
 *       .withOneShotTasks(0.2)          // a fifth of the services are one-shot tasks
 *       .withSettings(0);               // no settings, hence no conditional dependencies
 * }
 * }</pre>
 *
 * <p>What is generated, and how:
 *
 * <ul>
 *   <li>Services are numbered; a service depends only on services of lower numbers, so no
 *       dependency, of either kind, ever closes a cycle. Names come from a fixed list of words
 *       ({@code db}, {@code cache}, {@code queue}, {@code auth}, {@code api}, ...), numbered
 *       once the list runs out.
 *   <li>The number of dependencies is drawn uniformly between none and twice the density times
 *       the number of services (fewer when the services cannot have that many), so a topology
 *       has on average {@linkplain #withDensity(double) density} dependencies per service.
 *   <li>Each service is, with the {@linkplain #withOneShotTasks(double) one-shot share}, a
 *       {@link dev.topology.api.Lifecycle#ONE_SHOT one-shot task}; with the {@linkplain
 *       #withStartupGates(double) gate share}, a {@link dev.topology.api.Lifecycle#STARTUP_ONLY
 *       startup-only} {@linkplain dev.topology.api.Service#startupGate() startup gate}; otherwise
 *       long-running. With the {@linkplain #withExternalServices(double) external share} it is
 *       externalizable and runs outside; at least one service always runs inside.
 *   <li>Each dependency is, with the {@linkplain #withOptionalDependencies(double) optional share},
 *       optional; with the {@linkplain #withRuntimeInteractions(double) runtime share}, a runtime
 *       interaction, unless its target is a one-shot task, which is needed to start, until it has
 *       {@linkplain dev.topology.api.Readiness#COMPLETED completed}; with the {@linkplain
 *       #withConditionalDependencies(double) conditional share}, it holds only when one of the
 *       topology's settings has one of its values (a topology without settings has no
 *       conditional dependency).
 *   <li>Up to {@linkplain #withSettings(int) the most settings} settings, each of two or three
 *       values {@code v0}, {@code v1}, {@code v2}, {@code v0} the default. With the {@linkplain
 *       #withConditionalServices(double) conditional share}, a service other than the first is
 *       present only when a setting has one of its values, and what needs it needs it only
 *       when it is present; so the topology resolves in every deployment.
 *   <li>With the {@linkplain #withReliabilityFigures(double) reliability share} (0 unless set), a
 *       service has a {@linkplain dev.topology.api.Service#reliability() reliability figure}.
 * </ul>
 *
 * <p>Shrinking keeps topologies valid: every value, shrunk or not, is built by the same
 * construction from plain choices (a number of services, numbered pairs of services, numbers
 * below ten thousand that decide each share), and shrinking makes those smaller: fewer
 * services, fewer dependencies, each share's feature off. Random values only; the arbitrary
 * has no edge cases, since the edge cases of its choices multiply into thousands.
 */
public final class TopologyArbitrary extends ArbitraryDecorator<Topology> {
  /** The most services a topology may be asked to have. */
  public static final int MOST_SERVICES = 2_000;

  /** The most settings a topology may be asked to have. */
  public static final int MOST_SETTINGS = 8;

  private final int minServices;
  private final int maxServices;
  private final double density;
  private final double optional;
  private final double runtime;
  private final double oneShot;
  private final double gates;
  private final double external;
  private final int settings;
  private final double conditional;
  private final double present;
  private final List<Severity> severities;
  private final double reliability;

  private TopologyArbitrary(int minServices, int maxServices, double density, double optional,
      double runtime, double oneShot, double gates, double external, int settings,
      double conditional, double present, List<Severity> severities, double reliability) {
    this.minServices = minServices;
    this.maxServices = maxServices;
    this.density = density;
    this.optional = optional;
    this.runtime = runtime;
    this.oneShot = oneShot;
    this.gates = gates;
    this.external = external;
    this.settings = settings;
    this.conditional = conditional;
    this.present = present;
    this.severities = severities;
    this.reliability = reliability;
  }

  /** The defaults: small, varied topologies. */
  static TopologyArbitrary defaults() {
    return new TopologyArbitrary(1, 8, 1.5, 0.15, 0.2, 0.1, 0.05, 0.1, 2, 0.15, 0.1,
        List.of(Severity.values()), 0);
  }

  /**
   * Returns this arbitrary making topologies of {@code min} to {@code max} services; 1 to 8
   * unless set.
   *
   * @param min the fewest services, at least 1
   * @param max the most services, from {@code min} to {@value #MOST_SERVICES}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the bounds are out of range
   */
  public TopologyArbitrary ofServices(int min, int max) {
    if (min < 1 || max < min || max > MOST_SERVICES) {
      throw new IllegalArgumentException("A topology arbitrary needs between 1 and "
          + MOST_SERVICES + " services, the fewest no more than the most; got " + min + " to "
          + max + ".");
    }
    return new TopologyArbitrary(min, max, density, optional, runtime, oneShot, gates, external,
        settings, conditional, present, severities, reliability);
  }

  /**
   * Returns this arbitrary making topologies with {@code density} dependencies per service on
   * average; 1.5 unless set.
   *
   * @param density the average number of dependencies per service, from 0 to 100
   * @return a new arbitrary
   * @throws IllegalArgumentException if the density is out of range
   */
  public TopologyArbitrary withDensity(double density) {
    if (!(density >= 0 && density <= 100)) {
      throw new IllegalArgumentException("A topology arbitrary needs a density from 0 to 100"
          + " dependencies per service; got " + density + ".");
    }
    return new TopologyArbitrary(minServices, maxServices, density, optional, runtime, oneShot,
        gates, external, settings, conditional, present, severities, reliability);
  }

  /**
   * Returns this arbitrary making this share of the dependencies optional; 0.15 unless set.
   *
   * @param share from 0 (none) to 1 (all)
   * @return a new arbitrary
   * @throws IllegalArgumentException if the share is not between 0 and 1
   */
  public TopologyArbitrary withOptionalDependencies(double share) {
    return new TopologyArbitrary(minServices, maxServices, density,
        share(share, "optional dependencies"), runtime, oneShot, gates, external, settings,
        conditional, present, severities, reliability);
  }

  /**
   * Returns this arbitrary making this share of the dependencies on services other than one-shot
   * tasks runtime interactions; 0.2 unless set.
   *
   * @param share from 0 (none) to 1 (all)
   * @return a new arbitrary
   * @throws IllegalArgumentException if the share is not between 0 and 1
   */
  public TopologyArbitrary withRuntimeInteractions(double share) {
    return new TopologyArbitrary(minServices, maxServices, density, optional,
        share(share, "runtime interactions"), oneShot, gates, external, settings, conditional,
        present, severities, reliability);
  }

  /**
   * Returns this arbitrary making this share of the services one-shot tasks; 0.1 unless set.
   *
   * @param share from 0 (none) to 1 (all); with the share of startup gates, at most 1
   * @return a new arbitrary
   * @throws IllegalArgumentException if the share is not between 0 and 1, or the two shares
   *     together exceed 1
   */
  public TopologyArbitrary withOneShotTasks(double share) {
    share(share, "one-shot tasks");
    lifecycles(share, gates);
    return new TopologyArbitrary(minServices, maxServices, density, optional, runtime, share,
        gates, external, settings, conditional, present, severities, reliability);
  }

  /**
   * Returns this arbitrary making this share of the services startup gates: needed only while
   * the system starts, and taking the whole system down at startup when they fail; 0.05 unless
   * set.
   *
   * @param share from 0 (none) to 1 (all); with the share of one-shot tasks, at most 1
   * @return a new arbitrary
   * @throws IllegalArgumentException if the share is not between 0 and 1, or the two shares
   *     together exceed 1
   */
  public TopologyArbitrary withStartupGates(double share) {
    share(share, "startup gates");
    lifecycles(oneShot, share);
    return new TopologyArbitrary(minServices, maxServices, density, optional, runtime, oneShot,
        share, external, settings, conditional, present, severities, reliability);
  }

  /**
   * Returns this arbitrary making this share of the services run outside the installation
   * (externalizable and external); 0.1 unless set. One service at least always runs inside.
   *
   * @param share from 0 (none) to 1 (all but one)
   * @return a new arbitrary
   * @throws IllegalArgumentException if the share is not between 0 and 1
   */
  public TopologyArbitrary withExternalServices(double share) {
    return new TopologyArbitrary(minServices, maxServices, density, optional, runtime, oneShot,
        gates, share(share, "external services"), settings, conditional, present, severities,
        reliability);
  }

  /**
   * Returns this arbitrary making topologies that declare up to {@code most} settings; 2 unless
   * set.
   *
   * @param most the most settings, from 0 to {@value #MOST_SETTINGS}
   * @return a new arbitrary
   * @throws IllegalArgumentException if the number is out of range
   */
  public TopologyArbitrary withSettings(int most) {
    if (most < 0 || most > MOST_SETTINGS) {
      throw new IllegalArgumentException("A topology arbitrary declares from 0 to "
          + MOST_SETTINGS + " settings; got " + most + ".");
    }
    return new TopologyArbitrary(minServices, maxServices, density, optional, runtime, oneShot,
        gates, external, most, conditional, present, severities, reliability);
  }

  /**
   * Returns this arbitrary making this share of the dependencies hold only under a condition on
   * a setting, in topologies that declare settings; 0.15 unless set.
   *
   * @param share from 0 (none) to 1 (all)
   * @return a new arbitrary
   * @throws IllegalArgumentException if the share is not between 0 and 1
   */
  public TopologyArbitrary withConditionalDependencies(double share) {
    return new TopologyArbitrary(minServices, maxServices, density, optional, runtime, oneShot,
        gates, external, settings, share(share, "conditional dependencies"), present, severities,
        reliability);
  }

  /**
   * Returns this arbitrary making this share of the services present only when one of the
   * topology's settings has one of its values, in topologies that declare settings; 0.1 unless
   * set. Dependencies on such a service hold only when it is present, so that every deployment
   * resolves; the first service is always present.
   *
   * @param share from 0 (none) to 1 (all but the first)
   * @return a new arbitrary
   * @throws IllegalArgumentException if the share is not between 0 and 1
   */
  public TopologyArbitrary withConditionalServices(double share) {
    return new TopologyArbitrary(minServices, maxServices, density, optional, runtime, oneShot,
        gates, external, settings, conditional, share(share, "conditional services"),
        severities, reliability);
  }

  /**
   * Returns this arbitrary giving each service one of these severities, each as likely; all
   * three unless set.
   *
   * @param severities one or more severities
   * @return a new arbitrary
   * @throws IllegalArgumentException if none is given or one is null
   */
  public TopologyArbitrary withSeverities(Severity... severities) {
    if (severities == null || severities.length == 0
        || Arrays.stream(severities).anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException("A topology arbitrary needs one or more severities to"
          + " choose from, without null; got " + (severities == null ? "null"
          : Arrays.toString(severities)) + ".");
    }
    return new TopologyArbitrary(minServices, maxServices, density, optional, runtime, oneShot,
        gates, external, settings, conditional, present, List.of(severities), reliability);
  }

  /**
   * Returns this arbitrary giving this share of the services a {@linkplain
   * dev.topology.api.Service#reliability() reliability figure}; 0 unless set, so that the
   * topologies made without asking are the ones made before figures existed. A figure is one of
   * the four forms, each as likely: an availability alone (from 90% to 100%), an MTTF and an
   * MTTR, or an availability below 100% with an MTTR or with an MTTF (durations from a second
   * to 30 days).
   *
   * @param share from 0 (none) to 1 (all)
   * @return a new arbitrary
   * @throws IllegalArgumentException if the share is not between 0 and 1
   */
  public TopologyArbitrary withReliabilityFigures(double share) {
    return new TopologyArbitrary(minServices, maxServices, density, optional, runtime, oneShot,
        gates, external, settings, conditional, present, severities,
        share(share, "reliability figures"));
  }

  private static double share(double share, String what) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("The share of " + what + " must be from 0 to 1; got "
          + share + ".");
    }
    return share;
  }

  private static void lifecycles(double oneShot, double gates) {
    if (oneShot + gates > 1) {
      throw new IllegalArgumentException("The shares of one-shot tasks (" + oneShot
          + ") and startup gates (" + gates + ") must add up to at most 1.");
    }
  }

  /**
   * Returns the arbitrary this one stands for.
   *
   * @return an arbitrary of topologies
   */
  @Override
  protected Arbitrary<Topology> arbitrary() {
    Blueprint blueprint = new Blueprint(optional, runtime, oneShot, gates, external,
        conditional, present, severities, reliability);
    return uniform(minServices, maxServices).flatMap(n -> ofSize(blueprint, n))
        .withoutEdgeCases();
  }

  private Arbitrary<Topology> ofSize(Blueprint blueprint, int n) {
    // Without figures nothing more is drawn, so that a seed makes the topologies it made before.
    boolean figures = reliability > 0;
    Arbitrary<Blueprint.ServiceChoice> service = Combinators.combine(
            draw(), draw(), Arbitraries.integers().between(0, severities.size() - 1), draw(),
            Arbitraries.integers().between(0, MOST_SETTINGS - 1),
            Arbitraries.integers().between(0, 2),
            figures ? draw() : Arbitraries.just(0),
            figures ? uniform(0, Blueprint.FIGURES - 1) : Arbitraries.just(0))
        .as(Blueprint.ServiceChoice::new);
    long pairs = (long) n * (n - 1) / 2;
    int most = (int) Math.min(pairs, Math.round(2 * density * n));
    Arbitrary<Blueprint.EdgeChoice> edge = Combinators.combine(draw(), draw(), draw(),
            Arbitraries.integers().between(0, MOST_SETTINGS - 1),
            Arbitraries.integers().between(0, 2))
        .as(Blueprint.EdgeChoice::new);
    Arbitrary<List<Blueprint.Edge>> edges = uniform(0, most).flatMap(m -> Combinators.combine(
            Arbitraries.longs().between(0, Math.max(0, pairs - 1)).list().ofSize(m),
            edge.list().ofSize(m))
        .as((numbers, choices) -> Blueprint.edges(pairs, numbers, choices)));
    Arbitrary<List<Integer>> declared =
        Arbitraries.integers().between(2, 3).list().ofMaxSize(settings);
    return Combinators.combine(service.list().ofSize(n), edges, declared)
        .as((services, chosen, values) -> blueprint.build(services, chosen, values));
  }

  /** A number below {@link Blueprint#SCALE}, uniform, shrinking to 0: a share's feature off. */
  private static Arbitrary<Integer> draw() {
    return uniform(0, Blueprint.SCALE - 1);
  }

  private static Arbitrary<Integer> uniform(int min, int max) {
    return Arbitraries.integers().between(min, max)
        .withDistribution(RandomDistribution.uniform());
  }

  @Override
  public String toString() {
    return "TopologyArbitrary[" + minServices + " to " + maxServices + " services, density "
        + density + ", optional " + optional + ", runtime " + runtime + ", one-shot " + oneShot
        + ", gates " + gates + ", external " + external + ", up to " + settings
        + " settings, conditional " + conditional + ", conditional services " + present
        + ", severities " + severities + ", reliability figures " + reliability + "]";
  }
}
