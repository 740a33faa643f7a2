package dev.topology.benchmarks;

import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single queries on a built engine. The engine takes a name and returns a report (an {@link
 * Impact}: affected services worst first, explaining paths kept as parent pointers, notes,
 * whether the whole system is down; prerequisites in startup order); the baselines take a node
 * number and return a count. Only the engine's time to answer is measured, not reading the
 * report.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class QueryBenchmarks {

  /** The startup impact of one failed service. */
  @Benchmark
  public Impact engineImpact(Graphs.AllShapes s) {
    return s.engine.impact(Phase.STARTUP, s.in.failedName());
  }

  /** Reverse breadth-first search from the same service. */
  @Benchmark
  public int baselineImpact(Graphs.AllShapes s) {
    return Baselines.bfs(s.in.neededBy, s.in.failed);
  }

  /** Everything one service needs to start, in startup order. */
  @Benchmark
  public List<String> enginePrerequisites(Graphs.AllShapes s) {
    return s.engine.prerequisites(s.in.askedName());
  }

  /** Forward breadth-first search from the same service, unordered. */
  @Benchmark
  public int baselinePrerequisites(Graphs.AllShapes s) {
    return Baselines.bfs(s.in.needs, s.in.asked);
  }
}
