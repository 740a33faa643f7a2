package dev.topology.examples;

import dev.topology.api.Severity;
import dev.topology.api.TopologyException;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.List;

/**
 * An alert router: when the alert of a service fires, it asks what else is hit while the system
 * runs, and pages, files a ticket or only logs according to the worst severity reached.
 *
 * <pre>
 * postgres is down: page the on-call (worst HIGH); also hit: api-service, ...
 * </pre>
 */
public final class AlertRouter {
  /** What the router does with an alert. */
  public enum Action {
    /** Wake someone up. */
    PAGE,
    /** Look at it in working hours. */
    TICKET,
    /** Nothing to do but keep the record. */
    LOG
  }

  /**
   * The routing of one alert.
   *
   * @param service the canonical name of the service that is down
   * @param action what to do
   * @param worst the worst severity reached: the service's own or one it takes down
   * @param alsoHit the services put at risk, worst first
   */
  public record Route(String service, Action action, Severity worst, List<String> alsoHit) {}

  private final TopologyGraph graph;

  /**
   * Creates a router over one installation.
   *
   * @param graph the engine of the installation
   */
  public AlertRouter(TopologyGraph graph) {
    this.graph = graph;
  }

  /**
   * Routes the alert of a service that is down.
   *
   * @param service any name of the service
   * @return the route
   * @throws dev.topology.api.NoSuchServiceException if no service has that name
   */
  public Route route(String service) {
    Impact impact = graph.impact(Phase.RUNTIME, service);
    Severity worst = impact.worstSeverity();
    Action action = switch (worst) {
      case HIGH -> Action.PAGE;
      case MEDIUM -> Action.TICKET;
      case LOW -> Action.LOG;
    };
    List<String> alsoHit = impact.affected().stream().map(a -> a.name()).toList();
    return new Route(impact.failed().get(0), action, worst, alsoHit);
  }

  /**
   * Routes a few alerts on the bundled catalog. A name that is no service's is a mistake of the
   * user: one line on standard error, exit code 2, nothing routed.
   *
   * @param args services whose alerts fire; a sample, with a mistyped name, when none is given
   */
  public static void main(String[] args) {
    AlertRouter router = new AlertRouter(TopologyGraph.of(CircleCiServer2.topology()));
    if (args.length == 0) {
      sample(router);
      return;
    }
    ExampleMain.run("AlertRouter", () -> {
      // Every name is checked before anything is printed: a mistyped one is the user's mistake.
      List<Route> routes = new ArrayList<>();
      for (String alert : args) {
        routes.add(router.route(alert));
      }
      routes.forEach(route -> System.out.println(route.service() + " is down: " + describe(route)));
    });
  }

  private static void sample(AlertRouter router) {
    for (String alert : List.of("postgres", "vault-cci", "mongodb-upgrader", "exim", "fronted")) {
      try {
        Route route = router.route(alert);
        System.out.println(route.service() + " is down: " + describe(route));
      } catch (TopologyException e) {
        // An alert from an unknown source still reaches a person, with the likely name.
        System.out.println(alert + ": " + e.getMessage());
      }
    }
  }

  private static String describe(Route route) {
    String what = switch (route.action()) {
      case PAGE -> "page the on-call";
      case TICKET -> "file a ticket";
      case LOG -> "log it";
    };
    return what + " (worst " + route.worst() + "); also hit: "
        + (route.alsoHit().isEmpty() ? "nothing" : String.join(", ", route.alsoHit()));
  }
}
