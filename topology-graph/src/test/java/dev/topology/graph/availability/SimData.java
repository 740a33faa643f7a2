package dev.topology.graph.availability;

import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.AvailabilityData;
import dev.topology.graph.internal.GraphIndex;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of a simulation, built by hand for tests, with the exact steady-state figures
 * computed the plain way: a product over each closure found by a breadth-first walk of the
 * services' own dependency lists.
 */
final class SimData {
  final Topology topology;
  final TopologyGraph graph;
  final GraphIndex g;
  private final Map<String, double[]> figures = new HashMap<>();
  private final Map<String, Double> starts = new HashMap<>();

  private SimData(Topology topology) {
    this.topology = topology;
    this.graph = TopologyGraph.of(topology);
    this.g = Access.graphs().index(graph);
  }

  static SimData of(Topology topology) {
    return new SimData(topology);
  }

  /**
   * A topology of long-running MEDIUM services from specs: {@code "api>db"} (api needs db to
   * start), {@code "poller~>api"} (talks to it while running), {@code "web?>cache"} (optional),
   * {@code "web!>api"} (restarts with it), {@code "db=HIGH"} or {@code "migrate=ONE_SHOT"}.
   */
  static Topology topology(String... specs) {
    Map<String, List<Dependency>> needs = new LinkedHashMap<>();
    Map<String, Severity> severity = new HashMap<>();
    Map<String, Lifecycle> lifecycle = new HashMap<>();
    for (String spec : specs) {
      if (spec.contains("=")) {
        String[] parts = spec.split("=");
        needs.computeIfAbsent(parts[0], k -> new ArrayList<>());
        if (Arrays.stream(Severity.values()).anyMatch(s -> s.name().equals(parts[1]))) {
          severity.put(parts[0], Severity.valueOf(parts[1]));
        } else {
          lifecycle.put(parts[0], Lifecycle.valueOf(parts[1]));
        }
        continue;
      }
      String arrow = spec.contains("~>") ? "~>" : spec.contains("?>") ? "?>"
          : spec.contains("!>") ? "!>" : ">";
      String[] ends = spec.split(java.util.regex.Pattern.quote(arrow));
      needs.computeIfAbsent(ends[0], k -> new ArrayList<>());
      needs.computeIfAbsent(ends[1], k -> new ArrayList<>());
      Dependency d = arrow.equals("~>") ? Dependency.runtime(ends[1], "said so.")
          : Dependency.startup(ends[1]);
      needs.get(ends[0]).add(arrow.equals("?>") ? d.asOptional()
          : arrow.equals("!>") ? d.restartingWith() : d);
    }
    List<Service> services = new ArrayList<>();
    needs.forEach((name, deps) -> services.add(Service.builder().name(name)
        .severity(severity.getOrDefault(name, Severity.MEDIUM))
        .lifecycle(lifecycle.getOrDefault(name, Lifecycle.LONG_RUNNING))
        .dependencies(deps).build()));
    return Topology.of(services);
  }

  /** Every service that has no figure yet gets this MTTF and MTTR, in seconds. */
  SimData every(double mttf, double mttr) {
    for (Service s : topology.services()) {
      figures.putIfAbsent(s.name(), new double[] {mttf, mttr, mttr / (mttf + mttr)});
    }
    return this;
  }

  SimData figure(String name, double mttf, double mttr) {
    figures.put(name, new double[] {mttf, mttr, mttr / (mttf + mttr)});
    return this;
  }

  /** An availability alone: no time scale. */
  SimData availability(String name, double availability) {
    figures.put(name, new double[] {Double.NaN, Double.NaN, 1 - availability});
    return this;
  }

  SimData start(String name, double seconds) {
    starts.put(name, seconds);
    return this;
  }

  private boolean counted(Service s) {
    return s.lifecycle() == Lifecycle.LONG_RUNNING && !s.external();
  }

  AvailabilityData data() {
    int n = g.size();
    boolean[] counted = new boolean[n];
    double[] u = new double[n];
    double[] mttf = new double[n];
    double[] mttr = new double[n];
    double[] start = new double[n];
    for (int v = 0; v < n; v++) {
      Service s = g.service(v);
      counted[v] = counted(s);
      double[] f = figures.getOrDefault(s.name(), new double[] {Double.NaN, Double.NaN, 0});
      mttf[v] = f[0];
      mttr[v] = f[1];
      u[v] = counted[v] ? f[2] : 0;
      start[v] = starts.getOrDefault(s.name(), 0.0);
    }
    return new AvailabilityData(graph, g, counted, u, mttf, mttr, start);
  }

  Simulation run(SimulationOptions options) {
    return Simulation.run(data(), options);
  }

  /** The service and what it requires at runtime, transitively, by a plain walk. */
  List<String> closure(String name) {
    List<String> seen = new ArrayList<>(List.of(name));
    Deque<String> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      Service s = topology.service(todo.poll());
      for (Dependency d : s.dependencies()) {
        Service target = topology.service(d.target());
        if (d.required() && counted(s) && counted(target) && !seen.contains(target.name())) {
          seen.add(target.name());
          todo.add(target.name());
        }
      }
    }
    return seen;
  }

  private double up(List<String> names) {
    double product = 1;
    for (String name : names) {
      product *= 1 - figures.getOrDefault(name, new double[] {0, 0, 0})[2];
    }
    return product;
  }

  /** The exact steady-state availability of a service: the product over its closure. */
  double exact(String name) {
    return up(closure(name));
  }

  /** The exact share of time every counted service of at least {@code level} is up. */
  double exactSystem(Severity level) {
    List<String> union = new ArrayList<>();
    for (Service s : topology.services()) {
      if (counted(s) && s.severity().compareTo(level) >= 0) {
        closure(s.name()).stream().filter(x -> !union.contains(x)).forEach(union::add);
      }
    }
    return up(union);
  }
}
