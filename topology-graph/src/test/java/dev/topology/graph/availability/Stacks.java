package dev.topology.graph.availability;

import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Small topologies for the availability tests, written as edge strings. */
final class Stacks {
  private Stacks() {}

  /**
   * MEDIUM long-running services from edge strings: {@code "a>b"} a needs b to start, {@code
   * "a?>b"} a wants b first (optional), {@code "a~>b"} a talks to b while running, {@code
   * "a~?>b"} a may talk to b (optional), {@code "a!>b"} a needs b and restarts with it, a bare
   * {@code "x"} a service without edges.
   */
  static Topology topology(String... specs) {
    Map<String, List<Dependency>> needs = new LinkedHashMap<>();
    for (String spec : specs) {
      String[] ends = spec.split("~\\?>|~>|\\?>|!>|>");
      needs.computeIfAbsent(ends[0], k -> new ArrayList<>());
      if (ends.length == 2) {
        needs.computeIfAbsent(ends[1], k -> new ArrayList<>());
        Dependency d = spec.contains("~") ? Dependency.runtime(ends[1], ends[0] + " talks to "
            + ends[1] + ".") : Dependency.startup(ends[1]);
        if (spec.contains("?>")) {
          d = d.asOptional();
        }
        if (spec.contains("!>")) {
          d = d.restartingWith();
        }
        needs.get(ends[0]).add(d);
      }
    }
    List<Service> services = new ArrayList<>();
    needs.forEach((name, deps) -> services.add(Service.builder().name(name)
        .severity(Severity.MEDIUM).dependencies(deps).build()));
    return Topology.of(services);
  }

  static Topology with(Topology t, String name, UnaryOperator<Service.Builder> change) {
    return t.withService(name, s -> change.apply(s.toBuilder()).build());
  }

  static Topology severity(Topology t, String name, Severity severity) {
    return with(t, name, b -> b.severity(severity));
  }

  static Topology lifecycle(Topology t, String name, Lifecycle lifecycle) {
    return with(t, name, b -> b.lifecycle(lifecycle));
  }

  static Topology figure(Topology t, String name, String figure) {
    return with(t, name, b -> b.reliability(Reliability.parse(figure)));
  }

  static AvailabilityModel model(Topology t, String defaultFigure) {
    return TopologyGraph.of(t).availability(
        AvailabilityInputs.fromModel().withDefault(Reliability.parse(defaultFigure)));
  }
}
