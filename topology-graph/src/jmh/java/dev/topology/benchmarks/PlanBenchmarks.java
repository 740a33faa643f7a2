package dev.topology.benchmarks;

import dev.topology.api.Deployment;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.graph.PlanStep;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.StartupPlan;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;
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
 * The startup plan. The engine computes its plan (order and waves) when it is built, so through
 * the public API the plan costs {@link TopologyGraph#of(Topology)}: resolving the topology,
 * freezing it into arrays, then the plan. The baselines are measured both from the same {@link
 * Topology} (numbering, rows, plan) and from ready-made arrays (the plan alone).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class PlanBenchmarks {

  /** Engine construction, whose plan is ready when it returns. */
  @Benchmark
  public StartupPlan engineBuild(Graphs.AllShapes s) {
    return TopologyGraph.of(s.in.topology).startupPlan();
  }

  /** The share of construction that is the API's, not the engine's: resolving the topology. */
  @Benchmark
  public Topology apiResolve(Graphs.AllShapes s) {
    return s.in.topology.resolve(Deployment.defaults());
  }

  /** Like-with-like with {@link #engineBuild}: from the Topology to order and waves. */
  @Benchmark
  public Baselines.Plan baselinePlanFromTopology(Graphs.AllShapes s) {
    return Baselines.planFromTopology(s.in.topology);
  }

  /**
   * The engine's plan step alone, on its own ready-made arrays: like for like with {@link
   * #baselinePlanFromArrays}.
   */
  @Benchmark
  public int[] enginePlanFromArrays(Frozen f) {
    return f.step.plan();
  }

  /** Kahn layering alone, on ready-made int arrays. */
  @Benchmark
  public Baselines.Plan baselinePlanFromArrays(Graphs.AllShapes s) {
    return Baselines.kahnLayers(s.in.needs, s.in.neededBy);
  }

  /** The naive peer: a topological order of a ready-made JGraphT graph (no waves). */
  @Benchmark
  public int jgraphtOrder(JGraphT j) {
    int count = 0;
    Iterator<String> order = new TopologicalOrderIterator<>(j.graph);
    while (order.hasNext()) {
      count += order.next().length();
    }
    return count;
  }

  /** The naive peer from the same Topology: build the graph, then the order. */
  @Benchmark
  public int jgraphtBuildAndOrder(Graphs.AllShapes s) {
    Graph<String, DefaultEdge> graph = JGraphT.graph(s.in.topology);
    int count = 0;
    Iterator<String> order = new TopologicalOrderIterator<>(graph);
    while (order.hasNext()) {
      count += order.next().length();
    }
    return count;
  }

  /** The engine's arrays, frozen once per fork. */
  @State(Scope.Benchmark)
  public static class Frozen {
    PlanStep step;

    @Setup(Level.Trial)
    public void freeze(Graphs.AllShapes s) {
      step = new PlanStep(s.in.topology);
      Checks.sameOrder(s.engine, s.in, step.plan());
    }
  }

  /** A JGraphT graph of the startup dependencies, edges from dependency to dependent. */
  @State(Scope.Benchmark)
  public static class JGraphT {
    Graph<String, DefaultEdge> graph;

    @Setup(Level.Trial)
    public void build(Graphs.AllShapes s) {
      graph = graph(s.in.topology);
    }

    static Graph<String, DefaultEdge> graph(Topology topology) {
      Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
      for (Service service : topology.services()) {
        graph.addVertex(service.name());
      }
      for (Service service : topology.services()) {
        service.dependencies().forEach(d -> graph.addEdge(d.target(), service.name()));
      }
      return graph;
    }
  }
}
