package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.json.TopologyJson;
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
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One topology and the JSON codec used by sixteen threads at once: lookups, suggestions,
 * resolving, deriving variants, reading and writing give exactly the answers of one thread.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int ROUNDS = 3;

  @Test
  void sixteenThreads_sameAnswersAsOneThread() throws Exception {
    Arbitrary<Topology> topologies = Topologies.valid(12);
    List<Topology> samples = topologies.sampleStream().limit(20).toList();
    Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
    for (int i = 0; i < samples.size(); i++) {
      Topology topology = samples.get(i);
      String json = TopologyJson.write(topology);
      String name = topology.names().get(0);
      queries.put(i + " write", () -> TopologyJson.write(topology));
      queries.put(i + " read", () -> TopologyJson.read(json));
      queries.put(i + " lookups", () -> List.of(topology.service(name), topology.find("zz"),
          topology.closestNames(name + "x"), topology.contains(name), topology.toString(),
          topology.indexOf(name)));
      queries.put(i + " unknown", () -> {
        try {
          return topology.service(name + "-typo");
        } catch (NoSuchServiceException e) {
          return e.getMessage();
        }
      });
      for (Deployment deployment : List.of(Deployment.defaults(),
          Topologies.lastValues(topology))) {
        queries.put(i + " resolve " + deployment, () -> {
          try {
            return TopologyJson.write(topology.resolve(deployment));
          } catch (InvalidTopologyException e) {
            return e.getMessage();
          }
        });
      }
      queries.put(i + " without", () -> topology.withoutService(name));
    }
    Map<String, Object> expected = new LinkedHashMap<>();
    queries.forEach((key, query) -> expected.put(key, query.get()));

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Random random = new Random(t);
        results.add(pool.submit(() -> {
          List<String> order = new ArrayList<>(queries.keySet());
          List<String> wrong = new ArrayList<>();
          start.await();
          for (int round = 0; round < ROUNDS; round++) {
            Collections.shuffle(order, random);
            for (String key : order) {
              if (!expected.get(key).equals(queries.get(key).get())) {
                wrong.add(key);
              }
            }
          }
          return wrong;
        }));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertThat(result.get(50, TimeUnit.SECONDS)).as("answers that differ").isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
