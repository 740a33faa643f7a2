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

  /**
   * Restart waits draw nothing, so with the same seed the failures and repairs happen at the
   * same times with and without start durations: the starts can only add downtime. Every
   * service is up no more often with them, exactly, and a service that waits and needs one that
   * failed is up strictly less.
   */
  @Property(tries = 50)
  void simulate_withStarts_neverMoreAvailableThanWithout(@ForAll("cases") long seed) {
    Random random = new Random(seed);
    Topology topology = randomTopology(random);
    SimData without = SimData.of(topology);
    SimData with = SimData.of(topology);
    for (Service s : topology.services()) {
      double mttf = (2 + 18 * random.nextDouble()) * HOUR;
      double mttr = (2 + 18 * random.nextDouble()) * MINUTE;
      without.figure(s.name(), mttf, mttr);
      with.figure(s.name(), mttf, mttr).start(s.name(), random.nextInt(4) * MINUTE);
    }
    SimulationOptions options = SimulationOptions.builder().seed(random.nextLong())
        .horizon(Duration.ofDays(365)).build();

    Simulation plain = without.run(options);
    Simulation slowed = with.run(options);

    for (SimulatedService s : slowed.services()) {
      SimulatedService base = plain.service(s.service());
      assertThat(s.failures()).isEqualTo(base.failures());
      assertThat(s.availability()).as("%s", s).isLessThanOrEqualTo(base.availability() + 1e-12);
      if (s.restarts() > 0) {
        assertThat(s.availability()).as("%s", s).isLessThan(base.availability());
      }
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
