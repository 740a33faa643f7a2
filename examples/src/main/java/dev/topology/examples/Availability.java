package dev.topology.examples;

import dev.topology.api.Dependency;
import dev.topology.api.Lifecycle;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.availability.AvailabilityInputs;
import dev.topology.graph.availability.AvailabilityModel;
import dev.topology.graph.availability.Importance;
import dev.topology.graph.availability.ServiceAvailability;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * How available a small stack is, from a reliability figure per service: which service is its
 * weakest link, what a better database buys, and how long it takes to come back when the
 * database dies.
 *
 * <pre>
 *   web --&gt; api --&gt; postgres &lt;-- worker        (needs to start)
 *            |  \       ^
 *            |   +-&gt; migrator (one-shot)
 *            :
 *            +....&gt; redis &lt;.. worker (optional)   (talks to while running)
 * </pre>
 *
 * <p>postgres fails every 90 days and takes 15 minutes to repair; redis and the api are at
 * 99.95%; web at 99.9%; the worker has no figure and takes the default, 99.9% with a 10-minute
 * repair. The migrator is a one-shot task: once done it takes nothing down, so it needs no
 * figure.
 */
public final class Availability {
  private Availability() {}

  /** The stack with its figures. */
  static Topology stack() {
    return Topology.builder()
        .add(Service.builder().name("postgres").severity(Severity.HIGH)
            .addDependencies(Dependency.startup("migrator"))
            .reliability(Reliability.parse("mttf=90d mttr=15m")).build())
        .add(Service.builder().name("migrator").severity(Severity.LOW)
            .lifecycle(Lifecycle.ONE_SHOT).build())
        .add(Service.builder().name("redis").severity(Severity.MEDIUM)
            .reliability(Reliability.parse("99.95% mttr=2m")).build())
        .add(Service.builder().name("api").severity(Severity.HIGH)
            .addDependencies(Dependency.startup("postgres"),
                Dependency.runtime("redis", "The api keeps its sessions in redis."))
            .reliability(Reliability.parse("99.95% mttr=5m")).build())
        .add(Service.builder().name("worker").severity(Severity.MEDIUM)
            .addDependencies(Dependency.startup("postgres"),
                Dependency.startup("redis").asOptional())
            .build())
        .add(Service.builder().name("web").severity(Severity.MEDIUM)
            .addDependencies(Dependency.startup("api"))
            .reliability(Reliability.parse("99.9%")).build())
        .build();
  }

  /**
   * Prints every service's availability, the system's, the ranking, a what-if and a recovery.
   *
   * @param args none: a program that takes no arguments refuses any, exit code 2
   */
  public static void main(String[] args) {
    ExampleMain.noArguments("Availability", args);
    ExampleMain.run("Availability", () -> {
      TopologyGraph graph = TopologyGraph.of(stack());
      AvailabilityModel model = graph.availability(AvailabilityInputs.builder()
          .defaultFigure(Reliability.parse("99.9% mttr=10m"))
          .startDurations(Map.of("api", Duration.ofSeconds(20), "web", Duration.ofSeconds(5),
              "worker", Duration.ofSeconds(10)))
          .build());

      var state = model.steadyState();
      for (ServiceAvailability row : state.weakest()) {
        System.out.println(String.format(Locale.ROOT, "%-8s %.4f%%  %s a month down%s",
            row.service(), 100 * row.availability(), Reliability.format(
                Duration.ofSeconds(row.downtimePerMonth().getSeconds())),
            row.costliest().map(c -> ", most of it from " + c).orElse("")));
      }
      System.out.println("Assumed the default for " + state.assumed());
      System.out.println(String.format(Locale.ROOT, "No HIGH failure: %.4f%%",
          100 * state.high().availability()));

      Importance first = model.importance().get(0);
      System.out.println("One more nine buys most on " + first.service());
      var better = model.whatIf("postgres", Reliability.parse("mttf=90d mttr=5m"));
      System.out.println(String.format(Locale.ROOT, "With a 5-minute repair of postgres: %.4f%%",
          100 * better.steadyState().high().availability()));

      System.out.println(model.recovery("postgres"));
    });
  }
}
