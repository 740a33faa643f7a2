package dev.topology.benchmarks;

import dev.topology.api.Reliability;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.availability.AvailabilityInputs;
import dev.topology.graph.availability.AvailabilityModel;
import dev.topology.graph.availability.ServiceAvailability;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.startup.Phase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exact availability of every service against the engine's blast radius at runtime on the
 * same graph: both need every closure, one counts it, the other sums logarithms over it. Each
 * is measured on a new engine per call (built outside the measured time), so that both pay for
 * the runtime failure graph. Two figure mixes: the realistic one (every service at a default,
 * one in twenty given one of four figures) and the worst (every service its own figure). Then a
 * what-if of one service on a model built once.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class AvailabilityBenchmarks {
  private static final Reliability CHANGED = Reliability.of(0.99999);

  @Benchmark
  public BlastRadius blastRadiusRuntime(Figures f, Fresh fresh) {
    return fresh.engine.blastRadius(Phase.RUNTIME);
  }

  @Benchmark
  public AvailabilityModel availabilityFewFigures(Figures f, Fresh fresh) {
    return fresh.engine.availability(f.few);
  }

  @Benchmark
  public AvailabilityModel availabilityDistinctFigures(Figures f, Fresh fresh) {
    return fresh.engine.availability(f.distinct);
  }

  @Benchmark
  public AvailabilityModel whatIfOneService(Figures f) {
    return f.model.whatIf(f.in.failedName(), CHANGED);
  }

  /** The shape and its figures, made once; a model built once for the what-if. */
  @State(Scope.Benchmark)
  public static class Figures {
    @Param({"DAG_100K"})
    public Shape shape;

    Input in;
    AvailabilityInputs few;
    AvailabilityInputs distinct;
    AvailabilityModel model;

    @Setup(Level.Trial)
    public void make() {
      in = Input.of(shape);
      Reliability[] some = {Reliability.of(0.99), Reliability.of(0.9995),
          Reliability.of(Duration.ofDays(30), Duration.ofMinutes(5)), Reliability.of(0.99999)};
      Map<String, Reliability> given = new LinkedHashMap<>();
      Map<String, Reliability> each = new LinkedHashMap<>();
      for (int v = 0; v < in.size(); v++) {
        if (v % 20 == 0) {
          given.put(in.names[v], some[(v / 20) % some.length]);
        }
        each.put(in.names[v], Reliability.of(0.999 + v * 1e-9));
      }
      few = AvailabilityInputs.fromModel().withDefault(Reliability.of(0.999)).toBuilder()
          .figures(given).build();
      distinct = AvailabilityInputs.builder().figures(each).build();
      TopologyGraph engine = TopologyGraph.of(in.topology);
      model = engine.availability(few);
      // Every startup edge of a generated shape is required between long-running services:
      // what a service requires at runtime is its prerequisites, itself included.
      ServiceAvailability asked = model.steadyState().service(in.askedName());
      Checks.equal("closure of " + in.askedName(), asked.dependsOn(),
          Baselines.bfs(in.needs, in.asked) + 1L);
      Checks.equal("closures of every service", engine.availability(distinct).steadyState()
          .service(in.askedName()).dependsOn(), asked.dependsOn());
    }
  }

  /** A new engine before every call, built outside the measured time. */
  @State(Scope.Thread)
  public static class Fresh {
    TopologyGraph engine;

    @Setup(Level.Invocation)
    public void build(Figures f) {
      engine = TopologyGraph.of(f.in.topology);
    }
  }
}
