package dev.topology.graph.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The simulation against the exact steady state on random topologies: with zero start durations
 * a service is up exactly when everything in its closure works, so the exact product lies in
 * the simulated interval.
 *
 * <p>Each try draws its topology, figures and the simulation's seed from one seed that jqwik
 * generates, so a failing try is replayed exactly. The intervals are at 1 - 1e-6 each: with up
 * to eleven checks per try (eight services and three system figures) and 100 tries, a correct
 * simulation fails a run with probability about 1100 x 1e-6 (Bonferroni), while the intervals
 * stay narrow enough to catch a wrong figure (checked by the width bound below, and by {@link
 * SimulationTest#simulate_wrongFigure_fallsOutsideTheInterval()}).
 */
class SimulationProperties {
  private static final double HOUR = 3_600;
  private static final double MINUTE = 60;

  @Property(tries = 100)
  void simulate_zeroStarts_exactFiguresInsideTheIntervals(@ForAll("cases") long seed) {
    Random random = new Random(seed);
    SimData data = SimData.of(randomTopology(random));
    for (Service s : data.topology.services()) {
      data.figure(s.name(), (2 + 18 * random.nextDouble()) * HOUR,
          (2 + 18 * random.nextDouble()) * MINUTE);
    }

    Simulation sim = data.run(SimulationOptions.builder().seed(random.nextLong())
        .horizon(Duration.ofDays(3 * 365)).confidence(1 - 1e-6).build());

    assertThat(sim.end()).isEqualTo(SimulationEnd.HORIZON);
    for (SimulatedService s : sim.services()) {
      assertThat(data.exact(s.service())).as("%s in %s", s, data.topology)
          .isBetween(s.lower(), s.upper());
      assertThat(s.upper() - s.lower()).as("width of %s", s).isLessThan(0.1);
      assertThat(s.restarts()).isZero();
    }
    for (SimulatedSystem system : sim.systems()) {
      assertThat(data.exactSystem(system.severity())).as("%s", system)
          .isBetween(system.lower(), system.upper());
    }
  }

  @Provide
  Arbitrary<Long> cases() {
    return Arbitraries.longs();
  }

  /**
   * Two to eight services, some one-shot; startup dependencies from a higher number to a lower
   * one (acyclic), runtime interactions in any direction (cycles allowed), a fifth optional.
   */
  private static Topology randomTopology(Random random) {
    int n = 2 + random.nextInt(7);
    List<List<Dependency>> deps = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      deps.add(new ArrayList<>());
    }
    int edges = random.nextInt(2 * n + 1);
    for (int e = 0; e < edges; e++) {
      int a = random.nextInt(n);
      int b = random.nextInt(n);
      if (a == b) {
        continue;
      }
      boolean runtime = random.nextInt(3) == 0;
      Dependency d = runtime ? Dependency.runtime("s" + b, "said so.")
          : Dependency.startup("s" + Math.min(a, b));
      int owner = runtime ? a : Math.max(a, b);
      if (deps.get(owner).stream().anyMatch(x -> x.target().equals(d.target())
          && x.kind() == d.kind())) {
        continue;
      }
      deps.get(owner).add(random.nextInt(5) == 0 ? d.asOptional() : d);
    }
    List<Service> services = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      services.add(Service.builder().name("s" + a)
          .severity(Severity.values()[random.nextInt(3)])
          .lifecycle(random.nextInt(6) == 0 ? Lifecycle.ONE_SHOT : Lifecycle.LONG_RUNNING)
          .dependencies(deps.get(a)).build());
    }
    return Topology.of(services);
  }
}
