package dev.topology.testing;

import dev.topology.api.Dependency;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.Readiness;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.formats.compose.ComposeProject;
import dev.topology.graph.TopologyGraph;
import java.util.List;

/**
 * Ready-made topologies for tests: four small ones whose shape is drawn below, the bundled
 * catalog in each of its deployments, and Compose and topology JSON files from the test class
 * path.
 *
 * <pre>{@code
 * TopologyGraph graph = TopologyGraph.of(Fixtures.webStack());
 * graph.impact(Phase.RUNTIME, "db").affectedNames();     // api, web, proxy
 * Topology shop = Fixtures.compose("compose/shop.yml");   // src/test/resources/compose/shop.yml
 * TopologyGraph ldap = Fixtures.catalogGraph("ldap");
 * }</pre>
 *
 * <p>In the drawings an arrow {@code a ──► b} says that {@code a} needs {@code b} to start (a
 * required startup dependency), {@code a ··► b} an optional one. Every value returned is
 * immutable; the small topologies are built once.
 */
public final class Fixtures {
  private static final Topology CHAIN = Topology.of(
      Service.of("web", Severity.MEDIUM, "api"),
      Service.of("api", Severity.HIGH, "queue"),
      Service.of("queue", Severity.MEDIUM, "db"),
      Service.of("db", Severity.HIGH));

  private static final Topology DIAMOND = Topology.of(
      Service.of("web", Severity.MEDIUM, "auth", "catalog"),
      Service.of("auth", Severity.HIGH, "db"),
      Service.of("catalog", Severity.MEDIUM, "db"),
      Service.of("db", Severity.HIGH));

  private static final List<String> SPOKES =
      List.of("billing", "inventory", "orders", "payments", "users");

  private static final Topology STAR = Topology.builder()
      .add(Service.of("postgres", Severity.HIGH))
      .addAll(SPOKES.stream().map(s -> Service.of(s, Severity.MEDIUM, "postgres")).toList())
      .build();

  private static final Topology WEB_STACK = Topology.of(
      service("proxy", Severity.HIGH, "nginx:1.27", "Takes every request from outside.",
          "Nothing is reachable from outside.").addDependencies(Dependency.startup("web"))
          .build(),
      service("web", Severity.MEDIUM, "shop/web:1.4", "Renders the pages.",
          "No page is shown.").addDependencies(Dependency.startup("api")).build(),
      service("api", Severity.HIGH, "shop/api:1.4", "Serves the shop's data.",
          "No order can be placed.").addDependencies(Dependency.startup("db"),
              Dependency.startup("migrate").withReadiness(Readiness.COMPLETED),
              Dependency.startup("cache").asOptional()).build(),
      service("migrate", Severity.LOW, "shop/api:1.4", "Migrates the schema, then exits.",
          "The api cannot start on an old schema.").lifecycle(Lifecycle.ONE_SHOT)
          .addDependencies(Dependency.startup("db")).build(),
      service("cache", Severity.LOW, "redis:7.4", "Caches pages and sessions.",
          "Pages are slower.").build(),
      service("db", Severity.HIGH, "postgres:16", "Keeps orders, users and products.",
          "Nothing works; data written since the last backup may be lost.").build());

  private Fixtures() {}

  private static Service.Builder service(String name, Severity severity, String image,
      String role, String failureEffect) {
    return Service.builder().name(name).severity(severity).image(image).role(role)
        .failureEffect(failureEffect);
  }

  /**
   * Returns four long-running services in a line, for startup order and transitive impact.
   *
   * <pre>
   *   web ──► api (HIGH) ──► queue ──► db (HIGH)        the others MEDIUM
   * </pre>
   *
   * <p>One service a wave: {@code [[db], [queue], [api], [web]]}; a failure takes down
   * everything to its left, in either phase.
   *
   * @return the topology
   */
  public static Topology chain() {
    return CHAIN;
  }

  /**
   * Returns a diamond: two paths from {@code web} to {@code db}, for shared prerequisites that
   * count once.
   *
   * <pre>
   *          ┌──► auth (HIGH) ──┐
   *   web ───┤                  ├──► db (HIGH)          the others MEDIUM
   *          └──► catalog ──────┘
   * </pre>
   *
   * <p>Waves {@code [[db], [auth, catalog], [web]]}; {@code db} takes down the other three,
   * {@code auth} or {@code catalog} only {@code web}.
   *
   * @return the topology
   */
  public static Topology diamond() {
    return DIAMOND;
  }

  /**
   * Returns a star: one hub that many need, for a single point of failure and a wide wave.
   *
   * <pre>
   *   billing ───┐
   *   inventory ─┤
   *   orders ────┼──► postgres (HIGH)                   the spokes MEDIUM
   *   payments ──┤
   *   users ─────┘
   * </pre>
   *
   * <p>Waves {@code [[postgres], [billing, inventory, orders, payments, users]]}; {@code
   * postgres} takes down all five spokes, a spoke takes down nothing.
   *
   * @return the topology
   */
  public static Topology star() {
    return STAR;
  }

  /**
   * Returns a small web shop: a chain of requests, a one-shot schema migration that the api
   * waits for to complete, and a cache the api uses if it is there. Each service has an image,
   * a role and a failure effect.
   *
   * <pre>
   *   proxy (HIGH) ──► web ──► api (HIGH) ──► db (HIGH)
   *                             │   │          ▲
   *                             │   └──► migrate (one-shot, LOW; api waits for it to complete)
   *                             └··► cache (LOW, optional)
   * </pre>
   *
   * <p>Waves {@code [[cache, db], [migrate], [api], [web], [proxy]]}. What it is for:
   *
   * <ul>
   *   <li>{@code db} takes down {@code migrate}, {@code api}, {@code web} and {@code proxy} at
   *       startup, and all but {@code migrate} at runtime;
   *   <li>{@code migrate} (LOW) takes down {@code api}, {@code web} and {@code proxy} at startup,
   *       so the worst severity reached (HIGH) is above its own, and nothing at runtime;
   *   <li>{@code cache} takes down nothing: its dependent only wants it;
   *   <li>{@code web} (MEDIUM) takes down {@code proxy} (HIGH).
   * </ul>
   *
   * @return the topology
   */
  public static Topology webStack() {
    return WEB_STACK;
  }

  /**
   * Returns the bundled catalog, CircleCI Server 2.x, with its deployment choices unresolved:
   * {@link CircleCiServer2#topology()}.
   *
   * @return the catalog
   */
  public static Topology catalog() {
    return CircleCiServer2.topology();
  }

  /**
   * Returns the names of the catalog's deployments, as {@link #catalog(String)} takes them.
   *
   * @return {@code [default, ldap, s3, externalized]}
   */
  public static List<String> catalogDeployments() {
    return CatalogDeployments.NAMES;
  }

  /**
   * Returns one of the catalog's deployments by name.
   *
   * @param name {@code default} (no LDAP, {@code fileserved} for object storage), {@code ldap}
   *     (LDAP in use), {@code s3} (S3 for object storage) or {@code externalized} (every
   *     externalizable service run outside), in any case
   * @return the deployment, such as {@link CircleCiServer2#ldapDeployment()}
   * @throws IllegalArgumentException if no deployment has that name; the message lists them
   */
  public static Deployment catalogDeployment(String name) {
    return CatalogDeployments.named(name);
  }

  /**
   * Returns the catalog resolved against one of its deployments: the concrete topology of that
   * installation.
   *
   * @param deployment a name of {@link #catalogDeployments()}
   * @return the resolved catalog
   * @throws IllegalArgumentException if no deployment has that name; the message lists them
   */
  public static Topology catalog(String deployment) {
    return CircleCiServer2.resolved(catalogDeployment(deployment));
  }

  /**
   * Returns the engine over the catalog in one of its deployments.
   *
   * <p>Cost: builds the engine on each call, O(V + E).
   *
   * @param deployment a name of {@link #catalogDeployments()}
   * @return the engine
   * @throws IllegalArgumentException if no deployment has that name; the message lists them
   */
  public static TopologyGraph catalogGraph(String deployment) {
    return TopologyGraph.of(CircleCiServer2.topology(), catalogDeployment(deployment));
  }

  /**
   * Reads a Compose file from the test class path into its topology, as {@link
   * #composeProject(String)} does.
   *
   * @param resource the file's path on the class path, such as {@code "compose/stack.yml"}
   * @return the topology of the file's services, with a choice per profile
   * @throws IllegalArgumentException if there is no such resource; the message says where it
   *     was looked for
   * @throws dev.topology.formats.compose.ComposeFileException as the reader raises it, listing
   *     every problem of the file
   */
  public static Topology compose(String resource) {
    return composeProject(resource).topology();
  }

  /**
   * Reads a Compose file from the test class path with {@link
   * dev.topology.formats.compose.ComposeReader}, as {@code docker compose} reads it from its
   * folder: the files it names ({@code extends: file:}, {@code include}) are resources of the
   * class path relative to its folder, and a {@code .env} resource in that folder, if there is
   * one, gives the variables it interpolates. No other variable is set: the environment is not
   * read.
   *
   * <p>The resource is looked for with the current thread's context class loader, then with
   * the kit's own class loader; a leading {@code /} is ignored.
   *
   * @param resource the file's path on the class path, such as {@code "compose/stack.yml"}
   * @return the project: its topology, profiles and name
   * @throws IllegalArgumentException if there is no such resource; the message says where it
   *     was looked for
   * @throws dev.topology.formats.compose.ComposeFileException as the reader raises it, listing
   *     every problem of the file (a file it names that is not on the class path among them)
   */
  public static ComposeProject composeProject(String resource) {
    return ComposeResources.read(ClassPathResources.name(resource, "A Compose file"));
  }

  /**
   * Reads a topology written as the library's JSON ({@link TopologyJson}) from the test class
   * path.
   *
   * @param resource the file's path on the class path, such as {@code "topologies/shop.json"}
   * @return the topology
   * @throws IllegalArgumentException if there is no such resource; the message says where it
   *     was looked for
   * @throws dev.topology.api.json.TopologyJsonException if the text is not such JSON
   * @throws dev.topology.api.InvalidTopologyException if the topology it describes is not valid
   */
  public static Topology json(String resource) {
    String name = ClassPathResources.name(resource, "A topology's JSON");
    return TopologyJson.read(ClassPathResources.read(name, "a topology's JSON"));
  }
}
