package dev.topology.benchmarks;

import dev.topology.graph.TopologyGraph;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The JMH states shared by the benchmarks on generated shapes. */
public final class Graphs {
  private Graphs() {}

  /** Every shape, with its input made and an engine built once per fork. */
  @State(Scope.Benchmark)
  public static class AllShapes {
    @Param({"DAG_10K", "DAG_20K", "DAG_50K", "DAG_100K", "CHAIN_500K", "CHAIN_1M", "STAR_50K",
        "STAR_100K"})
    public Shape shape;

    Input in;
    TopologyGraph engine;

    @Setup(Level.Trial)
    public void make() {
      in = Input.of(shape);
      engine = TopologyGraph.of(in.topology);
      Checks.agree(in, engine);
    }
  }

  /**
   * A new engine before every call, built outside the measured time: what an engine computes
   * on first use and keeps (the blast radius) is then measured, not read back.
   */
  @State(Scope.Thread)
  public static class FreshEngine {
    TopologyGraph engine;

    @Setup(Level.Invocation)
    public void build(AllShapes shapes) {
      engine = TopologyGraph.of(shapes.in.topology);
    }
  }
}
