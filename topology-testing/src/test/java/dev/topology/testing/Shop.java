package dev.topology.testing;

import dev.topology.api.ContainerState;
import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.Observation;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;

/**
 * The small web shop the assertion tests check, written out by hand ("a --> b": a needs b to
 * start; "..>" an optional dependency; "~~>" a runtime interaction):
 *
 * <pre>
 *   web --> api --> migrate --> postgres (alias db)
 *            |  \-------------------^
 *            +..> redis
 *   worker --> migrate, postgres
 *   poller ~~> api
 *
 *   postgres HIGH, api HIGH, worker MEDIUM, web MEDIUM, poller LOW, redis LOW,
 *   migrate LOW and one-shot.
 *
 *   waves: 0 poller, postgres, redis   1 migrate   2 api, worker   3 web
 * </pre>
 */
final class Shop {
  private Shop() {}

  static Topology topology() {
    return Topology.of(
        Service.builder().name("postgres").addAliases("db").severity(Severity.HIGH).build(),
        Service.of("redis", Severity.LOW),
        Service.builder().name("migrate").severity(Severity.LOW).lifecycle(Lifecycle.ONE_SHOT)
            .addDependencies(Dependency.startup("postgres")).build(),
        Service.builder().name("api").severity(Severity.HIGH)
            .addDependencies(Dependency.startup("migrate"), Dependency.startup("postgres"),
                Dependency.startup("redis").asOptional())
            .build(),
        Service.of("worker", Severity.MEDIUM, "migrate", "postgres"),
        Service.of("web", Severity.MEDIUM, "api"),
        Service.builder().name("poller").severity(Severity.LOW)
            .addDependencies(Dependency.runtime("api", "poller talks to api.")).build());
  }

  /**
   * Every container of the shop seen, postgres, api and worker exited with code 1, migrate
   * completed, the others running. By the triage's rules: phase RUNTIME (nothing pending or
   * never started); postgres the root cause, explaining api and worker; web (needs api) and
   * poller (talks to api) at risk; HIGH; redis still runs, so not the whole system.
   */
  static Observation postgresDown() {
    return Observation.builder().complete()
        .add("postgres", ContainerState.EXITED, 1).add("api", ContainerState.EXITED, 1)
        .add("worker", ContainerState.EXITED, 1).add("migrate", ContainerState.EXITED, 0)
        .add("redis", ContainerState.RUNNING).add("web", ContainerState.RUNNING)
        .add("poller", ContainerState.RUNNING).build();
  }

  static TopologyGraph graph() {
    return TopologyGraph.of(topology());
  }
}
