package dev.topology.benchmarks;

import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.startup.Phase;
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
 * The full blast-radius table at startup: for every service, how many others its failure takes
 * down. The engine also finds the worst severity each failure reaches and ranks every service;
 * the baseline counts and ranks. The engine's is measured on a new engine each call (built
 * outside the measured time), since an engine keeps its table once computed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class BlastRadiusBenchmarks {

  @Benchmark
  public BlastRadius engineBlastRadius(Graphs.AllShapes s, Graphs.FreshEngine fresh) {
    return fresh.engine.blastRadius(Phase.STARTUP);
  }

  /**
   * The bitset baseline. Not run on the chains: on a chain every batch of 64 sources reaches
   * everything above it, so it is quadratic there (about 10^10 word operations for a million),
   * where the engine counts a chain by adding up, in linear time.
   */
  @Benchmark
  public int[] baselineBlastRadius(Bitset b) {
    return Baselines.ranked(Baselines.blastCounts(b.in.neededBy, b.order));
  }

  /** The shapes the bitset baseline runs on, with a topological order made once. */
  @State(Scope.Benchmark)
  public static class Bitset {
    @Param({"DAG_10K", "DAG_20K", "DAG_50K", "DAG_100K", "STAR_50K", "STAR_100K"})
    public Shape shape;

    Input in;
    int[] order;

    @Setup(Level.Trial)
    public void make() {
      in = Input.of(shape);
      order = Baselines.kahnLayers(in.needs, in.neededBy).order();
      int[] counts = Baselines.blastCounts(in.neededBy, order);
      BlastRadius engine = dev.topology.graph.TopologyGraph.of(in.topology)
          .blastRadius(Phase.STARTUP);
      for (ServiceBlast row : engine.ranking()) {
        int v = java.util.Arrays.binarySearch(in.names, row.service());
        Checks.equal("blast radius of " + row.service(), row.takesDown(), counts[v]);
      }
    }
  }
}
