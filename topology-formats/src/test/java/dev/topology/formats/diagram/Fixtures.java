package dev.topology.formats.diagram;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small topologies written as edge strings. */
final class Fixtures {
  private Fixtures() {}

  /**
   * Builds a topology of MEDIUM long-running services from edge strings: {@code "api>db"} says
   * api needs db to start, {@code "web?>cache"} that web wants cache to start first (an optional
   * dependency), {@code "poller~>api"} that poller talks to api while running, and a bare {@code
   * "exim"} adds a service with no edge; {@code "api!>db"} is a startup dependency that declares
   * api restarts with db (Compose {@code restart: true}).
   */
  static Topology topology(String... specs) {
    Map<String, List<Dependency>> needs = new LinkedHashMap<>();
    for (String spec : specs) {
      boolean runtime = spec.contains("~>");
      boolean optional = spec.contains("?>");
      boolean restarts = spec.contains("!>");
      String[] ends = spec.split(runtime ? "~>" : optional ? "\\?>" : restarts ? "!>" : ">");
      needs.computeIfAbsent(ends[0], k -> new ArrayList<>());
      if (ends.length == 2) {
        needs.computeIfAbsent(ends[1], k -> new ArrayList<>());
        Dependency dependency = runtime
            ? Dependency.runtime(ends[1], ends[0] + " talks to " + ends[1] + ".")
            : Dependency.startup(ends[1]);
        needs.get(ends[0]).add(optional ? dependency.asOptional()
            : restarts ? dependency.restartingWith() : dependency);
      }
    }
    List<Service> services = new ArrayList<>();
    needs.forEach((name, dependencies) -> services.add(
        Service.builder().name(name).severity(Severity.MEDIUM).dependencies(dependencies).build()));
    return Topology.of(services);
  }

  /**
   * The topology of the impact and blast-radius tests; services are MEDIUM unless marked.
   *
   * <pre>
   *   web ──► api ──► db (HIGH) ◄── migrate (one-shot, LOW) ◄── jobs (HIGH)
   *            ▲
   *   poller ~~┘  (runtime)                 gate (startup only, system-wide)
   * </pre>
   */
  static Topology withMigrationAndGate() {
    Topology t = topology("web>api", "api>db", "migrate>db", "jobs>migrate", "poller~>api",
        "gate");
    t = with(t, "migrate", Lifecycle.ONE_SHOT);
    t = with(t, "migrate", Severity.LOW);
    t = with(t, "jobs", Severity.HIGH);
    t = with(t, "db", Severity.HIGH);
    return gate(t, "gate");
  }

  static TopologyGraph graph(String... specs) {
    return TopologyGraph.of(topology(specs));
  }

  static Topology with(Topology topology, String name, Lifecycle lifecycle) {
    return topology.withService(name, s -> s.toBuilder().lifecycle(lifecycle).build());
  }

  static Topology with(Topology topology, String name, Severity severity) {
    return topology.withService(name, s -> s.toBuilder().severity(severity).build());
  }

  static Topology gate(Topology topology, String name) {
    return topology.withService(name, s -> s.toBuilder()
        .lifecycle(Lifecycle.STARTUP_ONLY).startupGate(true).build());
  }

  static Topology externalizable(Topology topology, String name) {
    return topology.withService(name, s -> s.toBuilder().externalizable(true).build());
  }

  static Topology broad(Topology topology, String name, DependencyKind kind, String citation) {
    return topology.withService(name, s -> s.toBuilder()
        .broadDependents(dev.topology.api.BroadDependents.of(kind, citation)).build());
  }
}
