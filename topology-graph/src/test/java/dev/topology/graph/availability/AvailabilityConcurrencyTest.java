package dev.topology.graph.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Reliability;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One model shared by threads: every thread gets the answers one thread gets alone. */
class AvailabilityConcurrencyTest {

  @Test
  void model_sharedByThreads_answersAsAlone() throws Exception {
    RandomStack t = new RandomStack(7, 120, false);
    Reliability fallback = Reliability.of(Duration.ofDays(10), Duration.ofMinutes(3));
    AvailabilityModel model = t.graph.availability(t.inputs(fallback)
        .withStartDurations(java.util.Map.of(t.services().get(0).name(), Duration.ofSeconds(9))));
    List<String> names = model.steadyState().services().stream()
        .map(ServiceAvailability::service).toList();
    List<Object> alone = answers(model, names);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Object>>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> answers(model, names)));
      }
      for (Future<List<Object>> run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Object> answers(AvailabilityModel model, List<String> names) {
    List<Object> out = new ArrayList<>();
    out.add(model.steadyState());
    out.add(model.importance());
    for (String name : names) {
      out.add(model.whatIf(name, Reliability.of(0.99999)).steadyState().high());
      if (model.figureOf(name).figure().impliedMttr().isPresent()) {
        out.add(model.recovery(name));
      }
    }
    return out;
  }
}
