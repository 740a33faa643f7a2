package dev.topology.benchmarks;

import dev.topology.graph.TopologyGraph;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.FailureGraph;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.MonteCarlo;
import dev.topology.graph.startup.Phase;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Simulated events per second of the availability simulation's kernel: every long-running
 * service fails about monthly (MTTF 30 days, MTTR 10 minutes) and, with {@code startSeconds}
 * 30, restarts in 30 seconds when what it requires comes back. Each call runs a new simulation
 * of about 2,000 failures (the horizon scaled to the shape's size, a new seed each call), its
 * preparation included. Events are failures, repairs and ends of restarts; on the DAGs a
 * failure takes hundreds of services down, each of which restarts, so restarts dominate. The
 * {@code events} counter is the figure to read, in events per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class SimulationBenchmarks {
  private static final double DAY = 86_400;

  @Benchmark
  public long simulate(Prepared p, Events counter) {
    MonteCarlo run = new MonteCarlo(p.failures, p.mttf, p.mttr, p.start, p.severity);
    run.run(p.seed++, p.horizon, Long.MAX_VALUE, 30, () -> false);
    counter.events += run.events();
    return run.events();
  }

  /** The shapes with their figures, made once per fork. */
  @State(Scope.Benchmark)
  public static class Prepared {
    @Param({"DAG_10K", "DAG_100K", "STAR_50K"})
    public Shape shape;

    @Param({"0", "30"})
    public double startSeconds;

    FailureGraph failures;
    double[] mttf;
    double[] mttr;
    double[] start;
    int[] severity;
    double horizon;
    long seed;

    @Setup(Level.Trial)
    public void make() {
      Input in = Input.of(shape);
      TopologyGraph engine = TopologyGraph.of(in.topology);
      GraphIndex g = Access.graphs().index(engine);
      failures = Access.graphs().failures(engine, Phase.RUNTIME);
      int n = g.size();
      mttf = new double[n];
      mttr = new double[n];
      start = new double[n];
      severity = new int[n];
      int counted = 0;
      for (int v = 0; v < n; v++) {
        boolean counts = g.runsOn(v) && !g.external(v);
        counted += counts ? 1 : 0;
        mttf[v] = counts ? 30 * DAY : Double.POSITIVE_INFINITY;
        mttr[v] = 600;
        start[v] = startSeconds;
        severity[v] = counts ? g.severityLevel(v) : -1;
      }
      // About 2,000 failures per call, whatever the size.
      horizon = 2_000.0 / Math.max(1, counted) * 30 * DAY;
    }
  }

  /** The events simulated, reported by JMH per second. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Events {
    public long events;

    @Setup(Level.Iteration)
    public void reset() {
      events = 0;
    }
  }
}
