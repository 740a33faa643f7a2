package dev.topology.benchmarks;

import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
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
import org.openjdk.jol.info.GraphLayout;

/**
 * Retained heap, measured by walking object graphs with JOL and reported as JMH secondary
 * results (bytes in total; the report divides by the dependencies). What something retains is
 * what the walk from it finds beyond what the input {@link Topology} already holds: the walk from
 * both, less the walk from the topology alone.
 *
 * <ul>
 *   <li>{@code csrBytes}: the raw rows, both directions (offsets and targets, payload only).
 *   <li>{@code engineBytes}: a built engine, its resolved copy of the topology included.
 *   <li>{@code engineArraysBytes}: the same without the resolved topology, which a topology
 *       without conditions need not be copied into: the engine's own structures.
 *   <li>{@code engineBlastBytes}: the engine once it keeps its startup blast radius.
 *   <li>{@code jgraphtBytes}: a JGraphT {@code DefaultDirectedGraph} of the same edges.
 * </ul>
 *
 * <p>The time reported for this benchmark is meaningless.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
// JOL reads record fields only through its own field-offset lookup.
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-Djol.magicFieldOffset=true"})
public class FootprintBenchmarks {

  /** The shapes measured. */
  @State(Scope.Benchmark)
  public static class Subject {
    @Param({"DAG_10K", "DAG_100K", "CHAIN_500K", "STAR_100K"})
    public Shape shape;
  }

  /** The sizes, measured once per fork and reported with every iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Footprint {
    public long edges;
    public long csrBytes;
    public long engineBytes;
    public long engineArraysBytes;
    public long engineBlastBytes;
    public long jgraphtBytes;
    private long[] measured;

    @Setup(Level.Trial)
    public void measure(Subject subject) {
      Input in = Input.of(subject.shape);
      Topology topology = in.topology;
      long input = GraphLayout.parseInstance(topology).totalSize();
      TopologyGraph engine = TopologyGraph.of(topology);
      long withResolved = GraphLayout.parseInstance(topology, engine.topology()).totalSize();
      long built = GraphLayout.parseInstance(topology, engine).totalSize() - input;
      long arrays = GraphLayout.parseInstance(topology, engine).totalSize() - withResolved;
      engine.blastRadius(Phase.STARTUP);
      long analysed = GraphLayout.parseInstance(topology, engine).totalSize() - input;
      Object jgrapht = PlanBenchmarks.JGraphT.graph(topology);
      long peer = GraphLayout.parseInstance(topology, jgrapht).totalSize() - input;
      measured = new long[] {in.edgeCount(), in.needs.payloadBytes() + in.neededBy.payloadBytes(),
          built, arrays, analysed, peer};
    }

    /** JMH clears the counters as an iteration starts, so they are set in the call itself. */
    void report() {
      edges = measured[0];
      csrBytes = measured[1];
      engineBytes = measured[2];
      engineArraysBytes = measured[3];
      engineBlastBytes = measured[4];
      jgraphtBytes = measured[5];
    }
  }

  @Benchmark
  public long footprint(Footprint f) {
    f.report();
    return f.edges;
  }
}
