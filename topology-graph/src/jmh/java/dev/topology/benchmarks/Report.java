package dev.topology.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one JMH JSON result into the tables of README's Performance section: per operation and
 * shape, the engine's time, the baseline's, their ratio, and the growth from the shape of half
 * the size; then the memory per dependency.
 *
 * <p>{@code java -cp topology-graph/target/benchmarks.jar dev.topology.benchmarks.Report
 * target/jmh.json}
 */
public final class Report {
  private static final String[][] GROWTH = {
    {"DAG_20K", "DAG_10K"}, {"DAG_100K", "DAG_50K"}, {"CHAIN_1M", "CHAIN_500K"},
    {"STAR_100K", "STAR_50K"}};
  private static final String[] SHAPES = {"DAG_10K", "DAG_20K", "DAG_50K", "DAG_100K",
      "CHAIN_500K", "CHAIN_1M", "STAR_50K", "STAR_100K"};

  /** Score in milliseconds by "benchmark method/shape"; secondary results by the same key. */
  private final Map<String, Double> millis = new LinkedHashMap<>();
  private final Map<String, Double> error = new LinkedHashMap<>();
  private final Map<String, Double> counters = new LinkedHashMap<>();
  /** Throughput benchmarks (the simulation): "shape/startSeconds" to its events per second. */
  private final Map<String, double[]> eventRates = new LinkedHashMap<>();

  private Report(JsonNode results) {
    for (JsonNode result : results) {
      String method = result.get("benchmark").asString();
      method = method.substring(method.lastIndexOf('.') + 1);
      JsonNode params = result.get("params");
      // The root-cause benchmark is parameterized by its number of failures, not a shape.
      JsonNode shape = params == null ? null
          : params.has("shape") ? params.get("shape") : params.get("failures");
      String key = method + "/" + (shape == null ? "" : shape.asString());
      JsonNode primary = result.get("primaryMetric");
      if (primary.get("scoreUnit").asString().equals("ops/s")) {
        JsonNode events = result.get("secondaryMetrics").get("events");
        JsonNode start = params == null ? null : params.get("startSeconds");
        eventRates.put(key.substring(key.indexOf('/') + 1) + "/"
            + (start == null ? "" : start.asString()), new double[] {
                events == null ? Double.NaN : events.get("score").asDouble(),
                events == null || !events.get("scoreError").isNumber() ? Double.NaN
                    : events.get("scoreError").asDouble()});
        continue;
      }
      double scale = toMillis(primary.get("scoreUnit").asString());
      millis.put(key, primary.get("score").asDouble() * scale);
      // JMH writes "NaN" as a string when it has no error, as for a single shot.
      JsonNode scoreError = primary.get("scoreError");
      error.put(key, scoreError.isNumber() ? scoreError.asDouble() * scale : Double.NaN);
      for (Map.Entry<String, JsonNode> secondary : result.get("secondaryMetrics").properties()) {
        counters.put(key + ":" + secondary.getKey(), secondary.getValue().get("score").asDouble());
      }
    }
  }

  public static void main(String[] args) throws IOException {
    JsonNode results = JsonMapper.builder().build().readTree(Files.readString(Path.of(args[0])));
    new Report(results).print();
  }

  private static double toMillis(String unit) {
    return switch (unit) {
      case "s/op" -> 1e3;
      case "ms/op" -> 1;
      case "us/op" -> 1e-3;
      case "ns/op" -> 1e-6;
      default -> throw new IllegalArgumentException(unit);
    };
  }

  private void print() {
    table("Startup plan: the engine's plan step vs Kahn layering, both on ready-made arrays",
        "enginePlanFromArrays", "baselinePlanFromArrays");
    table("Startup plan: engine construction vs Kahn layering from the same Topology",
        "engineBuild", "baselinePlanFromTopology");
    table("Startup plan: engine construction vs Kahn layering on ready-made arrays",
        "engineBuild", "baselinePlanFromArrays");
    table("Resolving the topology (topology-api, inside construction) vs the same baseline",
        "apiResolve", "baselinePlanFromTopology");
    table("JGraphT: TopologicalOrderIterator on a ready-made graph vs Kahn on arrays",
        "jgraphtOrder", "baselinePlanFromArrays");
    table("JGraphT: graph built from the Topology, then ordered, vs engine construction",
        "jgraphtBuildAndOrder", "engineBuild");
    table("Single failure impact vs reverse BFS", "engineImpact", "baselineImpact");
    table("Prerequisites vs forward BFS", "enginePrerequisites", "baselinePrerequisites");
    table("Blast radius vs the bitset baseline", "engineBlastRadius", "baselineBlastRadius");
    table("Availability of every service, few figures, vs blast radius at runtime",
        "availabilityFewFigures", "blastRadiusRuntime");
    table("Availability of every service, every figure distinct, vs blast radius at runtime",
        "availabilityDistinctFigures", "blastRadiusRuntime");
    table("What-if of one service vs the model built again", "whatIfOneService",
        "availabilityFewFigures");
    simulation();
    catalog();
    rootCauses();
    memory();
  }

  private void simulation() {
    if (eventRates.isEmpty()) {
      return;
    }
    System.out.printf("%n#### Simulation: simulated events per second%n%n");
    System.out.println("| shape | start duration (s) | events per second |");
    System.out.println("|---|---:|---:|");
    eventRates.forEach((key, rate) -> System.out.printf(Locale.ROOT, "| %s | %s | %s ± %s |%n",
        key.substring(0, key.indexOf('/')), key.substring(key.indexOf('/') + 1),
        number(rate[0]), Double.isNaN(rate[1]) ? "?" : number(rate[1])));
  }

  private void rootCauses() {
    System.out.printf("%n#### Root causes of unrelated failures, 100,000 services%n%n");
    System.out.println("| failures | engineRootCauses (ms) |");
    System.out.println("|---:|---:|");
    for (String failures : new String[] {"3", "10"}) {
      if (millis.containsKey("engineRootCauses/" + failures)) {
        System.out.printf(Locale.ROOT, "| %s | %s |%n", failures,
            timed("engineRootCauses/" + failures));
      }
    }
  }

  private void table(String title, String engine, String baseline) {
    System.out.printf("%n#### %s%n%n", title);
    System.out.println("| shape | " + engine + " (ms) | " + baseline
        + " (ms) | ratio | growth " + engine + " | growth " + baseline + " |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (String shape : SHAPES) {
      Double e = millis.get(engine + "/" + shape);
      Double b = millis.get(baseline + "/" + shape);
      if (e == null && b == null) {
        continue;
      }
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", shape,
          timed(engine + "/" + shape), timed(baseline + "/" + shape),
          e == null || b == null ? "-" : String.format(Locale.ROOT, "%.2f", e / b),
          growth(engine, shape), growth(baseline, shape));
    }
  }

  private String timed(String key) {
    Double score = millis.get(key);
    if (score == null) {
      return "-";
    }
    Double err = error.get(key);
    return String.format(Locale.ROOT, "%s ± %s", number(score),
        err == null || err.isNaN() ? "?" : number(err));
  }

  private static String number(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
        : value >= 1 ? String.format(Locale.ROOT, "%.2f", value)
        : String.format(Locale.ROOT, "%.4f", value);
  }

  private String growth(String method, String shape) {
    for (String[] pair : GROWTH) {
      if (pair[0].equals(shape)) {
        Double big = millis.get(method + "/" + pair[0]);
        Double small = millis.get(method + "/" + pair[1]);
        if (big != null && small != null) {
          return String.format(Locale.ROOT, "%.2f", big / small);
        }
      }
    }
    return "";
  }

  private void catalog() {
    System.out.printf("%n#### The catalog (39 services), microseconds%n%n");
    System.out.println("| benchmark | µs | ratio to catalogArrayBaseline |");
    System.out.println("|---|---:|---:|");
    Double base = millis.get("catalogArrayBaseline/");
    for (String method : new String[] {"catalogMaterialize", "catalogEngineBuild",
        "catalogEngineAnalysis", "catalogArrayBaseline"}) {
      Double score = millis.get(method + "/");
      if (score != null) {
        System.out.printf(Locale.ROOT, "| %s | %.2f ± %.2f | %s |%n", method, score * 1e3,
            error.get(method + "/") * 1e3,
            base == null ? "-" : String.format(Locale.ROOT, "%.2f", score / base));
      }
    }
  }

  private void memory() {
    System.out.printf("%n#### Retained heap, bytes per dependency%n%n");
    System.out.println("| shape | dependencies | raw CSR (both directions) | engine | ratio"
        + " | engine without resolved copy | ratio | engine with blast radius | JGraphT |");
    System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String shape : SHAPES) {
      String key = "footprint/" + shape + ":";
      Double edges = counters.get(key + "edges");
      if (edges == null) {
        continue;
      }
      double csr = counters.get(key + "csrBytes") / edges;
      double engine = counters.get(key + "engineBytes") / edges;
      double arrays = counters.get(key + "engineArraysBytes") / edges;
      System.out.printf(Locale.ROOT,
          "| %s | %.0f | %.1f | %.1f | %.2f | %.1f | %.2f | %.1f | %.1f |%n", shape, edges, csr,
          engine, engine / csr, arrays, arrays / csr,
          counters.get(key + "engineBlastBytes") / edges,
          counters.get(key + "jgraphtBytes") / edges);
    }
  }
}
