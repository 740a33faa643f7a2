package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine asked by 16 threads at once, its kept results computed under the race. */
class AnalysisConcurrencyTest {
  private static final int THREADS = 16;

  private static List<Object> answers(TopologyGraph graph) {
    List<Object> answers = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      answers.add(graph.blastRadius(phase));
      answers.add(graph.rootCauses(phase, "api-service", "frontend"));
    }
    answers.add(graph.lint());
    answers.add(graph.restartPlan("postgres"));
    // Explaining paths are found on first use, under the race too.
    answers.add(graph.impact(Phase.STARTUP, "postgres").affected().stream()
        .map(a -> a.via()).toList());
    return answers;
  }

  @Test
  void analyses_sixteenThreadsOnAFreshEngine_giveTheSingleThreadedAnswers() throws Exception {
    List<Object> expected = answers(TopologyGraph.of(CircleCiServer2.topology()));
    for (int round = 0; round < 5; round++) {
      TopologyGraph shared = TopologyGraph.of(CircleCiServer2.topology());
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        List<Future<List<Object>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          Callable<List<Object>> task = () -> {
            start.await();
            return answers(shared);
          };
          results.add(pool.submit(task));
        }
        start.countDown();
        for (Future<List<Object>> result : results) {
          assertThat(result.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
