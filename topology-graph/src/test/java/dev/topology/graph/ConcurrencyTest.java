package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupPlan;
import dev.topology.graph.startup.StartupSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One engine, sixteen threads, every kind of query at once: each thread gets exactly the
 * answers one thread got alone. The engine computes its plan when it is built and each query
 * works on its own arrays; what is computed on first use and kept is raced here (the paths of
 * one impact) and in AnalysisConcurrencyTest (the blast radius of each phase).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 3;

  /**
   * A random graph of {@code n} services: each needs up to three earlier ones to start and
   * talks to up to two others at runtime; one in ten runs once, one in twenty only at startup;
   * service 7 is a startup gate.
   */
  static Topology randomGraph(int n, long seed) {
    Random random = new Random(seed);
    List<Service> services = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Service.Builder service = Service.builder().name(BigGraphs.name("r", i))
          .severity(Severity.values()[random.nextInt(3)])
          .lifecycle(random.nextInt(10) == 0 ? Lifecycle.ONE_SHOT
              : random.nextInt(20) == 0 ? Lifecycle.STARTUP_ONLY : Lifecycle.LONG_RUNNING)
          .startupGate(i == 7);
      java.util.Set<Integer> needs = new java.util.TreeSet<>();
      for (int d = random.nextInt(4); d > 0 && i > 0; d--) {
        needs.add(random.nextInt(i));
      }
      needs.forEach(t -> service.addDependencies(Dependency.startup(BigGraphs.name("r", t))));
      java.util.Set<Integer> talks = new java.util.TreeSet<>();
      for (int d = random.nextInt(3); d > 0; d--) {
        talks.add(random.nextInt(n));
      }
      talks.remove(i);
      talks.forEach(t -> service.addDependencies(
          Dependency.runtime(BigGraphs.name("r", t), "It calls it.")));
      services.add(service.build());
    }
    return Topology.of(services);
  }

  /**
   * Every query kind, each answer turned into plain values that compare with equals; an error
   * is an answer too, as its message. {@code second} is another installation to diff against.
   */
  static Map<String, Supplier<Object>> queries(TopologyGraph graph, TopologyGraph second,
      long seed) {
    Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
    List<String> names = graph.topology().names();
    Random random = new Random(seed);
    StartupPlan plan = graph.startupPlan();
    queries.put("plan", () -> List.of(List.copyOf(plan.order()), deepCopy(plan.waves()),
        List.copyOf(plan.externalPrerequisites()), plan.toString(), graph.toString()));
    for (int i = 0; i < 12; i++) {
      String name = names.get(random.nextInt(names.size()));
      queries.put("prerequisites " + name, () -> List.copyOf(graph.prerequisites(name)));
      queries.put("dependents " + name, () -> List.copyOf(graph.dependents(name)));
      queries.put("waveOf " + name, () -> plan.waveOf(name));
      for (Phase phase : Phase.values()) {
        queries.put("impact " + phase + " " + name, () -> described(graph.impact(phase, name)));
      }
      String other = names.get(random.nextInt(names.size()));
      queries.put("impact of two " + name + " " + other,
          () -> described(graph.impact(Phase.RUNTIME, List.of(name, other))));
      Map<String, Duration> durations = Map.of(name, Duration.ofSeconds(1 + i),
          other.equals(name) ? names.get(0).equals(name) ? names.get(1) : names.get(0) : other,
          Duration.ofMillis(300));
      queries.put("schedule " + name, () -> {
        StartupSchedule schedule = graph.startupSchedule(durations);
        return List.of(schedule.totalDuration(), schedule.criticalChain(),
            Map.copyOf(schedule.readyTimes()), schedule.toString());
      });
    }
    queries.put("unknown name", () -> graph.prerequisites("no-such-service"));
    for (Phase phase : Phase.values()) {
      queries.put("blast radius " + phase, () -> {
        BlastRadius blast = graph.blastRadius(phase);
        return List.of(blast.toString(), strings(blast.ranking()),
            blast.of(names.get(0)).toString());
      });
      String observed = names.get(random.nextInt(names.size()));
      String alsoObserved = names.get(random.nextInt(names.size()));
      queries.put("root causes " + phase + " " + observed + " " + alsoObserved, () -> {
        RootCauses causes = graph.rootCauses(phase, observed, alsoObserved);
        return List.of(causes.toString(), strings(causes.candidates()), causes.exhaustive());
      });
    }
    for (int i = 0; i < 4; i++) {
      String name = names.get(random.nextInt(names.size()));
      queries.put("restart " + name, () -> {
        RestartPlan restart = graph.restartPlan(name);
        return List.of(restart.toString(), List.copyOf(restart.order()),
            deepCopy(restart.waves()), List.copyOf(restart.externalDependents()),
            described(restart.impact()));
      });
      queries.put("paths of an impact of " + name, () -> {
        Impact impact = graph.impact(Phase.STARTUP, name);
        return impact.affected().stream().map(a -> a.via()).toList();
      });
    }
    queries.put("lint", () -> strings(graph.lint()));
    queries.put("diff", () -> {
      TopologyDiff diff = TopologyDiff.of(graph, second);
      return List.of(diff.toString(), diff.isEmpty(), strings(diff.severityChanges()),
          strings(diff.waveChanges()), strings(diff.blastRadiusChanges(Phase.RUNTIME)));
    });
    Map<String, Supplier<Object>> total = new LinkedHashMap<>();
    queries.forEach((name, query) -> total.put(name, () -> {
      try {
        return query.get();
      } catch (dev.topology.api.TopologyException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
      }
    }));
    return total;
  }

  private static List<String> strings(List<?> values) {
    List<String> texts = new ArrayList<>(values.size());
    values.forEach(v -> texts.add(v.toString()));
    return texts;
  }

  private static List<List<String>> deepCopy(List<List<String>> lists) {
    List<List<String>> copy = new ArrayList<>();
    lists.forEach(l -> copy.add(List.copyOf(l)));
    return copy;
  }

  /** The whole report as values: every affected service with its path, via and cause. */
  private static List<Object> described(Impact impact) {
    List<Object> affected = new ArrayList<>();
    for (AffectedService service : impact.affected()) {
      affected.add(List.of(service.name(), service.severity(), service.path(), service.via(),
          service.cause(), service.failureEffect()));
    }
    return List.of(impact.phase(), impact.failed(), affected, List.copyOf(impact.affectedNames()),
        impact.failedSeverity(), impact.propagatedSeverity(), impact.notes(),
        impact.wholeSystemDown(), impact.toString());
  }

  @Test
  void sixteenThreads_catalog_sameAnswersAsOneThread() throws Exception {
    for (var deployment : List.of(CircleCiServer2.defaultDeployment(),
        CircleCiServer2.externalizedDeployment(), CircleCiServer2.s3Deployment())) {
      assertSameAnswers(() -> TopologyGraph.of(CircleCiServer2.topology(), deployment),
          TopologyGraph.of(CircleCiServer2.topology(), CircleCiServer2.ldapDeployment()));
    }
  }

  @Test
  void sixteenThreads_randomGraph_sameAnswersAsOneThread() throws Exception {
    Topology topology = randomGraph(2_000, 42);
    assertSameAnswers(() -> TopologyGraph.of(topology),
        TopologyGraph.of(topology.withoutService(BigGraphs.name("r", 0))));
  }

  @Test
  void sixteenThreads_oneImpact_samePathsAsOneThread() throws Exception {
    TopologyGraph engine = TopologyGraph.of(randomGraph(2_000, 7));
    for (Phase phase : Phase.values()) {
      String failed = engine.startupPlan().order().get(phase.ordinal());
      Object expected = described(engine.impact(phase, failed));
      for (int round = 0; round < 10; round++) {
        // A fresh report each round: how each service was reached is found on first use.
        Impact shared = engine.impact(phase, failed);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
          CountDownLatch start = new CountDownLatch(1);
          List<Future<Object>> answers = new ArrayList<>();
          for (int t = 0; t < THREADS; t++) {
            answers.add(pool.submit(() -> {
              start.await();
              return described(shared);
            }));
          }
          start.countDown();
          for (Future<Object> answer : answers) {
            assertThat(answer.get()).isEqualTo(expected);
          }
        } finally {
          pool.shutdownNow();
        }
      }
    }
  }

  /**
   * One engine answers alone; a second, fresh engine of the same topology answers sixteen
   * threads at once, so that what it computes on first use and keeps is computed under the race.
   */
  private static void assertSameAnswers(Supplier<TopologyGraph> engine, TopologyGraph other)
      throws Exception {
    Map<String, Object> expected = new LinkedHashMap<>();
    queries(engine.get(), other, 7).forEach((name, query) -> expected.put(name, query.get()));
    Map<String, Supplier<Object>> queries = queries(engine.get(), other, 7);
    List<String> order = new ArrayList<>(queries.keySet());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        results.add(pool.submit(() -> {
          List<String> mine = new ArrayList<>(order);
          Random random = new Random(seed);
          List<String> wrong = new ArrayList<>();
          start.await();
          for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(mine, random);
            for (String query : mine) {
              if (!expected.get(query).equals(queries.get(query).get())) {
                wrong.add(query);
              }
            }
          }
          return wrong;
        }));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertThat(result.get(50, TimeUnit.SECONDS)).as("queries answered differently")
            .isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
