package dev.topology.graph.availability;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * A random topology with figures, and the plain reference answers of the availability tests:
 * closures found by a breadth-first search over the services' own dependencies, products of
 * plain doubles.
 *
 * <p>Startup dependencies go from a higher service to a lower one (acyclic); runtime
 * interactions go anywhere, so they form cycles. Some dependencies are optional, some services
 * are one-shot or startup-only, some run outside (externalized by the deployment).
 */
final class RandomStack {
  /** Figures the "few" mode draws from: a handful of distinct values. */
  private static final Reliability[] FEW = {Reliability.parse("99%"),
      Reliability.parse("99.9%"), Reliability.parse("99.99%"),
      Reliability.of(Duration.ofDays(30), Duration.ofMinutes(5)), Reliability.parse("100%"),
      Reliability.parse("90%")};

  final Topology topology;
  final Deployment deployment;
  final Map<String, Reliability> figures = new LinkedHashMap<>();
  final TopologyGraph graph;
  private final List<Service> services;

  RandomStack(long seed, int n, boolean manyFigures) {
    Random random = new Random(seed);
    List<Service> list = new ArrayList<>();
    List<String> externalized = new ArrayList<>();
    // Names a random permutation of the nodes: name order is not dependency order.
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(String.format("s%03d", i));
    }
    java.util.Collections.shuffle(names, random);
    for (int i = 0; i < n; i++) {
      String name = names.get(i);
      List<Dependency> deps = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        String target = names.get(j);
        if (j < i && random.nextInt(n) < 2) {
          Dependency d = Dependency.startup(target);
          deps.add(random.nextInt(5) == 0 ? d.asOptional() : d);
        } else if (j != i && random.nextInt(3 * n) < 2) {
          Dependency d = Dependency.runtime(target, "said so");
          deps.add(random.nextInt(5) == 0 ? d.asOptional() : d);
        }
      }
      int life = random.nextInt(10);
      Lifecycle lifecycle = life < 7 ? Lifecycle.LONG_RUNNING
          : life < 9 ? Lifecycle.ONE_SHOT : Lifecycle.STARTUP_ONLY;
      boolean outside = random.nextInt(8) == 0;
      if (outside) {
        externalized.add(name);
      }
      Service.Builder b = Service.builder().name(name).addAliases("alias-" + name)
          .severity(Severity.values()[random.nextInt(3)]).lifecycle(lifecycle)
          .externalizable(outside).dependencies(deps);
      Reliability figure = manyFigures ? many(random) : FEW[random.nextInt(FEW.length)];
      int where = random.nextInt(3);
      if (where == 0) {
        b.reliability(figure);
      } else if (where == 1) {
        figures.put(random.nextBoolean() ? name : "alias-" + name, figure);
      }
      list.add(b.build());
    }
    this.topology = Topology.of(list);
    this.deployment = Deployment.defaults().withExternalized(externalized.toArray(String[]::new));
    this.graph = TopologyGraph.of(topology, deployment);
    this.services = graph.topology().services();
  }

  private static Reliability many(Random random) {
    return switch (random.nextInt(8)) {
      case 0 -> Reliability.of(1.0);
      case 1 -> Reliability.of(1e-300 * (1 + random.nextInt(1000)));
      case 2 -> Reliability.of(Duration.ofMinutes(1 + random.nextInt(100_000)),
          Duration.ofSeconds(1 + random.nextInt(10_000)));
      default -> Reliability.of(0.5 + random.nextDouble() * 0.4999999);
    };
  }

  /** The inputs: the given figures and a default, which the rest of the services take. */
  AvailabilityInputs inputs(Reliability fallback) {
    return AvailabilityInputs.builder().figures(figures).defaultFigure(fallback).build();
  }

  List<Service> services() {
    return services;
  }

  static boolean counts(Service s) {
    return s.lifecycle() == Lifecycle.LONG_RUNNING;
  }

  /** The services {@code s} requires at runtime, directly: the reference's own reading. */
  private List<Service> requires(Service s) {
    List<Service> direct = new ArrayList<>();
    if (!counts(s)) {
      return direct;
    }
    for (Dependency d : s.dependencies()) {
      Service target = graph.topology().service(d.target());
      // An external service's startup dependencies are met wherever it runs.
      boolean skipped = d.kind() == DependencyKind.STARTUP && s.external();
      if (d.required() && counts(target) && !skipped) {
        direct.add(target);
      }
    }
    return direct;
  }

  /** Itself and everything it requires, transitively, by name. */
  TreeSet<String> closure(Service s) {
    TreeSet<String> seen = new TreeSet<>();
    Deque<Service> todo = new ArrayDeque<>();
    seen.add(s.name());
    todo.add(s);
    while (!todo.isEmpty()) {
      for (Service next : requires(todo.poll())) {
        if (seen.add(next.name())) {
          todo.add(next);
        }
      }
    }
    return seen;
  }

  /** The union of the closures of the counted services of at least a severity. */
  TreeSet<String> systemClosure(Severity threshold) {
    TreeSet<String> all = new TreeSet<>();
    for (Service s : services) {
      if (counts(s) && s.severity().compareTo(threshold) >= 0) {
        all.addAll(closure(s));
      }
    }
    return all;
  }

  /** {@code -log(a)} of a figure, summed over names: plain doubles, in name order. */
  double negLogSum(Iterable<String> names, Map<String, Reliability> used) {
    double sum = 0;
    for (String name : names) {
      double u = used.get(name).unavailability();
      double a = used.get(name).figure();
      sum += a < 0.5 ? -Math.log(a) : -Math.log1p(-u);
    }
    return sum;
  }
}
