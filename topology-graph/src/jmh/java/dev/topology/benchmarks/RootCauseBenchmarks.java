package dev.topology.benchmarks;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.rootcause.RootCauses;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The root-cause search for failures that share no cause, on 100,000 services: ten copies of
 * {@link Shape#DAG_10K} side by side (no dependency between copies, about 500,000 dependencies
 * in all), with the last service of each of the first {@code failures} copies observed failing
 * at startup. Each of those has most of its copy as causes, so no single service, nor any set
 * smaller than one per failure, explains them: three failures go to the exhaustive search of
 * sets of three (which meets its cap on work), ten to the greedy set.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 1, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class RootCauseBenchmarks {
  private static final int COPIES = 10;

  /** The engine and the observed services, made once per fork. */
  @State(Scope.Benchmark)
  public static class Unrelated {
    @Param({"3", "10"})
    public int failures;

    TopologyGraph engine;
    List<String> observed;

    @Setup(Level.Trial)
    public void make() {
      Shape part = Shape.DAG_10K;
      int[][] deps = part.dependencies();
      List<Service> services = new ArrayList<>(COPIES * deps.length);
      observed = new ArrayList<>();
      for (int copy = 0; copy < COPIES; copy++) {
        for (int i = 0; i < deps.length; i++) {
          Service.Builder builder = Service.builder().name(name(copy, i))
              .severity(Severity.values()[(copy + i) % Severity.values().length]);
          for (int d : deps[i]) {
            builder.addDependencies(Dependency.startup(name(copy, d)));
          }
          services.add(builder.build());
        }
        if (copy < failures) {
          observed.add(name(copy, part.askedNode()));
        }
      }
      engine = TopologyGraph.of(Topology.of(services));
      RootCauses causes = engine.rootCauses(Phase.STARTUP, observed);
      if (causes.best().orElseThrow().services().size() != failures) {
        throw new IllegalStateException("Expected sets of " + failures + ": " + causes);
      }
    }

    private static String name(int copy, int node) {
      return String.format("c%d-s%05d", copy, node);
    }
  }

  /** The search, with what ranks each candidate; the lists of names are not read. */
  @Benchmark
  public RootCauses engineRootCauses(Unrelated s) {
    return s.engine.rootCauses(Phase.STARTUP, s.observed);
  }
}
