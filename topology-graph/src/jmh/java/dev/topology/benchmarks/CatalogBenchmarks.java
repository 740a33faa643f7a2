package dev.topology.benchmarks;

import dev.topology.api.Deployment;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bundled catalog (39 services) in its default deployment. {@link CircleCiServer2#topology()}
 * hands out one topology made when the class loads, so its materialization is measured by
 * building it again from its services: every service record validated anew, then the topology
 * validated and indexed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CatalogBenchmarks {

  /** The catalog's services, and a check that both sides of the analysis agree. */
  @State(Scope.Benchmark)
  public static class Catalog {
    Topology topology;
    List<Service> services;

    @Setup(Level.Trial)
    public void check() {
      topology = CircleCiServer2.topology();
      services = topology.services();
      Checks.equal("catalog analysis", engineAnalysis(topology),
          CatalogBaseline.analyse(topology, Deployment.defaults()));
    }
  }

  @Benchmark
  public Topology catalogMaterialize(Catalog c) {
    List<Service> rebuilt = new ArrayList<>(c.services.size());
    for (Service service : c.services) {
      rebuilt.add(service.toBuilder().build());
    }
    return Topology.of(rebuilt);
  }

  @Benchmark
  public TopologyGraph catalogEngineBuild(Catalog c) {
    return TopologyGraph.of(c.topology);
  }

  /** Construction, the plan, the startup impact of every service alone, the blast radius. */
  @Benchmark
  public long catalogEngineAnalysis(Catalog c) {
    return engineAnalysis(c.topology);
  }

  @Benchmark
  public long catalogArrayBaseline(Catalog c) {
    return CatalogBaseline.analyse(c.topology, Deployment.defaults());
  }

  static long engineAnalysis(Topology topology) {
    TopologyGraph engine = TopologyGraph.of(topology);
    int waves = engine.startupPlan().waves().size();
    long impacts = 0;
    for (Service service : engine.topology().services()) {
      Impact impact = engine.impact(Phase.STARTUP, service.name());
      impacts += impact.affected().size() * 4L
          + impact.propagatedSeverity().map(Enum::ordinal).orElse(-1) + 1;
    }
    BlastRadius blast = engine.blastRadius(Phase.STARTUP);
    return CatalogBaseline.checksum(waves, impacts, blast.ranking().get(0).service());
  }
}
