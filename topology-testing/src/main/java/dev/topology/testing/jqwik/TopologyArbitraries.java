package dev.topology.testing.jqwik;

import dev.topology.api.ContainerState;
import dev.topology.api.Deployment;
import dev.topology.api.Health;
import dev.topology.api.Lifecycle;
import dev.topology.api.Observation;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import dev.topology.testing.Observations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for properties of code built on the SDK: random valid topologies, failures
 * planted in them with the containers Docker would show, and deployments.
 *
 * <pre>{@code
 * @Property(tries = 200)
 * void everyServiceStartsAfterItsDependencies(@ForAll Topology topology) { ... }
 *
 * @Provide
 * Arbitrary<SimulatedFailure> failures() {
 *   return TopologyArbitraries.topologies().ofServices(2, 10)
 *       .flatMap(TopologyArbitraries::failures);
 * }
 * }</pre>
 *
 * <p>{@code @ForAll Topology} and {@code @ForAll TopologyGraph} parameters get {@link
 * #topologies()} with its defaults, through {@link TopologyArbitraryProvider}.
 */
public final class TopologyArbitraries {
  /** The exit codes a failed container is shown with: an error, a misuse, killed, terminated. */
  private static final int[] EXIT_CODES = {1, 2, 137, 143};

  private TopologyArbitraries() {}

  /**
   * Returns random valid topologies, acyclic by construction, small and varied unless
   * configured; see {@link TopologyArbitrary} for the settings and how shrinking keeps each
   * topology valid.
   *
   * @return the arbitrary, with its defaults
   */
  public static TopologyArbitrary topologies() {
    return TopologyArbitrary.defaults();
  }

  /**
   * Returns failures of one to three services planted in the default installation of a
   * topology; see {@link #failures(TopologyGraph, int)}.
   *
   * @param topology the topology
   * @return the arbitrary
   * @throws IllegalArgumentException if the topology is null or its default installation
   *     starts no service
   * @throws dev.topology.graph.startup.StartupCycleException if its startup dependencies form
   *     cycles
   */
  public static Arbitrary<SimulatedFailure> failures(Topology topology) {
    return failures(graphOf(topology), 3);
  }

  /**
   * Returns failures planted in an installation, with what they take down and the containers
   * Docker would show.
   *
   * <p>Each failure has a phase and one to {@code most} failed services: at {@link
   * Phase#STARTUP} any services the installation starts, at {@link Phase#RUNTIME} long-running
   * ones (the only ones whose failure matters then; the phase is always startup when the
   * installation has none). What they take down is {@code graph.impact(phase, failed)}. The
   * observation has one container per service the installation starts, none for external ones:
   *
   * <ul>
   *   <li>a failed service: exited with a non-zero code, or, unless a one-shot task, running
   *       with a failing health check;
   *   <li>at startup, a service taken down: created, never started;
   *   <li>at runtime, a service taken down: exited with code 1, or still running (at risk);
   *   <li>the others: running (healthy, or without a health check), one-shot tasks exited with
   *       code 0.
   * </ul>
   *
   * @param graph the engine of the installation
   * @param most the most services that fail together, at least 1
   * @return the arbitrary
   * @throws IllegalArgumentException if the graph is null, {@code most} is below 1, or the
   *     installation starts no service
   */
  public static Arbitrary<SimulatedFailure> failures(TopologyGraph graph, int most) {
    Objects.requireNonNull(graph, "the engine of the installation that fails");
    if (most < 1) {
      throw new IllegalArgumentException("A simulated failure needs at least one failed"
          + " service; the most was given as " + most + ".");
    }
    Topology topology = graph.topology();
    List<String> started = new ArrayList<>();
    List<String> running = new ArrayList<>();
    for (Service service : topology.services()) {
      if (!service.external()) {
        started.add(service.name());
        if (service.lifecycle() == Lifecycle.LONG_RUNNING) {
          running.add(service.name());
        }
      }
    }
    if (started.isEmpty()) {
      throw new IllegalArgumentException("A simulated failure needs a service the installation"
          + " starts, but every service of " + topology.names() + " runs outside it.");
    }
    Arbitrary<Phase> phases = running.isEmpty() ? Arbitraries.just(Phase.STARTUP)
        : Arbitraries.of(Phase.STARTUP, Phase.RUNTIME);
    Arbitrary<List<Integer>> looks =
        Arbitraries.integers().between(0, 99).list().ofSize(topology.size());
    return phases.flatMap(phase -> {
      List<String> candidates = phase == Phase.STARTUP ? started : running;
      Arbitrary<Set<String>> failed = Arbitraries.subsetOf(candidates).ofMinSize(1)
          .ofMaxSize(Math.min(most, candidates.size()));
      return Combinators.combine(failed, looks)
          .as((names, look) -> failure(graph, phase, names, look));
    });
  }

  /**
   * Returns observations of the default installation of a topology after one to three services
   * failed: the {@linkplain SimulatedFailure#observation() observations} of {@link
   * #failures(Topology)}.
   *
   * @param topology the topology
   * @return the arbitrary
   * @throws IllegalArgumentException as {@link #failures(Topology)}
   */
  public static Arbitrary<Observation> observations(Topology topology) {
    return failures(topology).map(SimulatedFailure::observation);
  }

  /**
   * Returns deployments of a topology: a value for each of its settings, each value as likely,
   * and a random set of its externalizable services present in that deployment run outside.
   *
   * <p>Every deployment fits the topology's settings; whether the topology resolves in each is
   * the topology's affair (one whose required dependency points to a service some deployment
   * leaves out does not resolve in that one).
   *
   * @param topology the topology
   * @return the arbitrary
   * @throws IllegalArgumentException if the topology is null
   */
  public static Arbitrary<Deployment> deployments(Topology topology) {
    if (topology == null) {
      throw new IllegalArgumentException("Deployments are made for a topology, not null.");
    }
    List<Setting> settings = topology.settings();
    Arbitrary<Deployment> chosen;
    if (settings.isEmpty()) {
      chosen = Arbitraries.just(Deployment.defaults());
    } else {
      List<Arbitrary<String>> values = new ArrayList<>();
      for (Setting setting : settings) {
        values.add(Arbitraries.of(setting.values()));
      }
      chosen = Combinators.combine(values).as(picked -> {
        TreeMap<String, String> choice = new TreeMap<>();
        for (int i = 0; i < settings.size(); i++) {
          choice.put(settings.get(i).name(), picked.get(i));
        }
        return Deployment.builder().chooseAll(choice).build();
      });
    }
    return chosen.flatMap(deployment -> {
      List<String> externalizable = new ArrayList<>();
      for (Service service : topology.services()) {
        if (service.externalizable() && service.isPresentIn(deployment)) {
          externalizable.add(service.name());
        }
      }
      if (externalizable.isEmpty()) {
        return Arbitraries.just(deployment);
      }
      return Arbitraries.subsetOf(externalizable).map(outside ->
          deployment.toBuilder().addAllExternalized(new TreeSet<>(outside)).build());
    });
  }

  private static TopologyGraph graphOf(Topology topology) {
    if (topology == null) {
      throw new IllegalArgumentException("A simulated failure needs a topology, not null.");
    }
    return TopologyGraph.of(topology);
  }

  private static SimulatedFailure failure(
      TopologyGraph graph, Phase phase, Set<String> failed, List<Integer> looks) {
    Impact impact = graph.impact(phase, new TreeSet<>(failed));
    Set<String> down = new TreeSet<>(failed);
    Set<String> affected = new TreeSet<>(impact.affectedNames());
    Observations seen = Observations.allRunning(graph.topology(), graph.deployment())
        .project(SimulatedFailure.PROJECT);
    List<Service> services = graph.topology().services();
    for (int i = 0; i < services.size(); i++) {
      Service service = services.get(i);
      if (service.external()) {
        continue;
      }
      String name = service.name();
      int look = looks.get(i);
      boolean task = service.lifecycle() == Lifecycle.ONE_SHOT;
      if (down.contains(name)) {
        seen = task || look % 2 == 0 ? seen.exited(name, EXIT_CODES[look / 2 % 4])
            : seen.unhealthy(name);
      } else if (affected.contains(name)) {
        if (phase == Phase.STARTUP) {
          seen = seen.state(name, ContainerState.CREATED, Health.NONE);
        } else if (look % 2 == 0) {
          seen = seen.exited(name, 1);
        }
      } else if (!task && look % 2 != 0) {
        seen = seen.state(name, ContainerState.RUNNING, Health.HEALTHY);
      }
    }
    return new SimulatedFailure(graph, impact, seen.observation());
  }
}
