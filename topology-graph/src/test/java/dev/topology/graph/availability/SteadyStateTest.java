package dev.topology.graph.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.topology.api.Dependency;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exact steady state on topologies drawn by hand; every figure worked out in a comment. */
class SteadyStateTest {

  /*
   *   a ──► b ──► d
   *   └───► c ──┘      every service at 0.99
   */
  @Test
  void steadyState_diamond_countsTheSharedDependencyOnce() {
    Availability answer = Stacks.model(Stacks.topology("a>b", "a>c", "b>d", "c>d"), "0.99")
        .steadyState();
    // C(a) = {a, b, c, d}: 0.99^4 = 0.96059601, not 0.99^5 = 0.9509900499.
    assertThat(answer.service("a").availability()).isCloseTo(0.96059601, within(1e-15));
    assertThat(answer.service("a").unavailability()).isCloseTo(0.03940399, within(1e-15));
    assertThat(answer.service("a").dependsOn()).isEqualTo(4);
    // C(b) = {b, d}: 0.9801.
    assertThat(answer.service("b").availability()).isCloseTo(0.9801, within(1e-15));
    assertThat(answer.service("d").availability()).isCloseTo(0.99, within(1e-15));
    assertThat(answer.service("d").dependsOn()).isEqualTo(1);
    // Every service of the diamond is MEDIUM: the MEDIUM system is C(a), the HIGH one empty.
    assertThat(answer.mediumOrWorse().availability()).isCloseTo(0.96059601, within(1e-15));
    assertThat(answer.mediumOrWorse().dependsOn()).isEqualTo(4);
    assertThat(answer.mediumOrWorse().services()).isEqualTo(4);
    assertThat(answer.high().availability()).isEqualTo(1.0);
    assertThat(answer.high().unavailability()).isZero();
    assertThat(answer.high().dependsOn()).isZero();
    assertThat(answer.high().downtimePerMonth()).isEqualTo(Duration.ZERO);
  }

  @Test
  void steadyState_chainOfThirty_isTheFigureToTheThirtieth() {
    List<String> edges = new ArrayList<>();
    for (int i = 1; i < 30; i++) {
      edges.add(String.format("s%02d>s%02d", i, i - 1));
    }
    ServiceAvailability head = Stacks.model(Stacks.topology(edges.toArray(String[]::new)),
        "99.99%").steadyState().service("s29");
    // 0.9999^30 = 1 - 30e-4 + 435e-8 - 4060e-12 + ... = 0.99700434594..., so 0.997004.
    assertThat(head.availability()).isCloseTo(Math.pow(0.9999, 30), within(1e-15));
    assertThat(String.format("%.6f", head.availability())).isEqualTo("0.997004");
    assertThat(head.dependsOn()).isEqualTo(30);
  }

  /*
   *   a ?──► b       optional startup dependency: ordering only
   *   a ~?─► c       optional runtime interaction
   *   a ~──► d       required runtime interaction: counts
   */
  @Test
  void steadyState_optionalDependencies_countForNothing() {
    Topology t = Stacks.topology("a?>b", "a~?>c", "a~>d");
    Availability answer = Stacks.model(t, "90%").steadyState();
    // C(a) = {a, d}: 0.9 * 0.9 = 0.81.
    assertThat(answer.service("a").availability()).isCloseTo(0.81, within(1e-15));
    assertThat(answer.service("a").dependsOn()).isEqualTo(2);
    assertThat(answer.service("a").costliest()).contains("d");
  }

  /*
   *   app ──► migrate (one-shot) ──► db        web ──► gate (startup only, system-wide)
   */
  @Test
  void steadyState_oneShotTasksAndStartupGates_countForNothingAndNeedNoFigure() {
    Topology t = Stacks.topology("app>migrate", "migrate>db", "web>gate");
    t = Stacks.lifecycle(t, "migrate", Lifecycle.ONE_SHOT);
    t = Stacks.with(t, "gate", b -> b.lifecycle(Lifecycle.STARTUP_ONLY).startupGate(true));
    t = Stacks.figure(t, "app", "99%");
    t = Stacks.figure(t, "db", "90%");
    t = Stacks.figure(t, "web", "98%");
    // No default: migrate and gate need none, as nothing needs them while the system runs.
    Availability answer = TopologyGraph.of(t).availability(AvailabilityInputs.fromModel())
        .steadyState();
    assertThat(answer.services()).extracting(ServiceAvailability::service)
        .containsExactly("app", "db", "web");
    // C(app) = {app}: migrate's edge to db carries no runtime failure. C(web) = {web}.
    assertThat(answer.service("app").availability()).isCloseTo(0.99, within(1e-15));
    assertThat(answer.service("app").costliest()).isEmpty();
    assertThat(answer.service("web").availability()).isCloseTo(0.98, within(1e-15));
    assertThat(answer.assumed()).isEmpty();
  }

  /*
   *   poller ~~► api ──► db            a ~~► b ~~► a,  b ──► c
   */
  @Test
  void steadyState_runtimeInteractionsAndCycles_count() {
    Topology t = Stacks.topology("poller~>api", "api>db", "a~>b", "b~>a", "b>c");
    t = Stacks.figure(t, "db", "99%");
    Availability answer = Stacks.model(t, "99.9%").steadyState();
    // C(poller) = {poller, api, db}: 0.999^2 * 0.99.
    assertThat(answer.service("poller").availability())
        .isCloseTo(0.999 * 0.999 * 0.99, within(1e-15));
    assertThat(answer.service("poller").costliest()).contains("db");
    // a and b require each other: both have C = {a, b, c}, 0.999^3.
    assertThat(answer.service("a").availability()).isCloseTo(Math.pow(0.999, 3), within(1e-15));
    assertThat(answer.service("b")).usingRecursiveComparison().ignoringFields("service")
        .isEqualTo(answer.service("a").toBuilder().costliest("a").build());
    assertThat(answer.service("a").costliest()).contains("b");
    assertThat(answer.service("a").dependsOn()).isEqualTo(3);
  }

  /*
   *   api ──► redis   only when cache=on
   */
  @Test
  void steadyState_conditionalDependency_settlesPerDeployment() {
    Service api = Service.builder().name("api").severity(Severity.HIGH)
        .addDependencies(Dependency.startup("redis").when(SettingCondition.when("cache", "on")))
        .build();
    Service redis = Service.of("redis", Severity.LOW);
    Topology t = Topology.of(List.of(Setting.onOff("cache")), List.of(api, redis));
    AvailabilityInputs inputs = AvailabilityInputs.fromModel().withDefault(Reliability.of(0.9));
    Availability off = TopologyGraph.of(t).availability(inputs).steadyState();
    Availability on = TopologyGraph.of(t, Deployment.defaults().with("cache", "on"))
        .availability(inputs).steadyState();
    assertThat(off.service("api").availability()).isCloseTo(0.9, within(1e-15));
    assertThat(on.service("api").availability()).isCloseTo(0.81, within(1e-15));
    // The HIGH system is api alone, and with the cache on, api and redis.
    assertThat(off.high().dependsOn()).isEqualTo(1);
    assertThat(on.high().dependsOn()).isEqualTo(2);
  }

  /*
   *   api ──► db (external: run outside, with the figure the caller gives)
   */
  @Test
  void steadyState_externalService_takesTheCallersFigure() {
    Topology t = Stacks.with(Stacks.topology("api>db"), "db", b -> b.externalizable(true));
    TopologyGraph graph = TopologyGraph.of(t, Deployment.defaults().withExternalized("db"));
    AvailabilityModel model = graph.availability(AvailabilityInputs.fromModel()
        .withDefault(Reliability.of(0.999)).withFigure("db", Reliability.of(0.99)));
    assertThat(model.steadyState().service("api").availability())
        .isCloseTo(0.999 * 0.99, within(1e-15));
    assertThat(model.steadyState().service("db").availability()).isCloseTo(0.99, within(1e-15));
    assertThat(model.figureOf("db").source()).isEqualTo(FigureSource.GIVEN);
    assertThat(model.figureOf("api").source()).isEqualTo(FigureSource.DEFAULT);
  }

  /*
   *   api (99.9%) ──► db (99%)
   */
  @Test
  void serviceAvailability_costliestDependencyAndDowntime_asWorkedOut() {
    Topology t = Stacks.figure(Stacks.figure(Stacks.topology("api>db"), "api", "99.9%"), "db",
        "99%");
    ServiceAvailability api = TopologyGraph.of(t).availability(AvailabilityInputs.fromModel())
        .steadyState().service("api");
    // u(api) = 1 - 0.999 * 0.99 = 0.01099; db's own 0.01 is 0.01 / 0.01099 of it.
    assertThat(api.unavailability()).isCloseTo(0.01099, within(1e-15));
    assertThat(api.costliest()).contains("db");
    assertThat(api.costliestShare()).isCloseTo(0.01 / 0.01099, within(1e-12));
    // 0.01099 of 30 days (2,592,000 s) is 28,486.08 s: 7h54m46.08s.
    assertThat(api.downtimePerMonth().toMillis()).isEqualTo(28_486_080);
    assertThat(api.source()).isEqualTo(FigureSource.MODEL);
    assertThat(api.toString()).isEqualTo(
        "api (MEDIUM) 98.90%, 7h54m46s a month, costliest db (91.0%), depends on 2");
  }

  @Test
  void serviceAvailability_neverFailingDependency_isNeverTheCostliest() {
    Topology t = Stacks.figure(Stacks.figure(Stacks.topology("api>db"), "api", "99.9%"), "db",
        "100%");
    ServiceAvailability api = TopologyGraph.of(t).availability(AvailabilityInputs.fromModel())
        .steadyState().service("api");
    assertThat(api.costliest()).isEmpty();
    assertThat(api.costliestShare()).isZero();
    assertThat(api.availability()).isCloseTo(0.999, within(1e-15));
  }

  /*
   *   web (HIGH) ──► api (MEDIUM) ──► db (HIGH)      report (LOW) ──► db
   *   jobs (MEDIUM) ──► queue (LOW)
   */
  @Test
  void systemAvailability_unionOfTheClosuresOfEachSeverity() {
    Topology t = Stacks.topology("web>api", "api>db", "report>db", "jobs>queue");
    t = Stacks.severity(t, "web", Severity.HIGH);
    t = Stacks.severity(t, "db", Severity.HIGH);
    t = Stacks.severity(t, "report", Severity.LOW);
    t = Stacks.severity(t, "queue", Severity.LOW);
    Availability answer = Stacks.model(t, "99%").steadyState();
    // HIGH: C(web) ∪ C(db) = {web, api, db}: 0.99^3. MEDIUM or worse adds jobs and queue.
    assertThat(answer.high().availability()).isCloseTo(Math.pow(0.99, 3), within(1e-15));
    assertThat(answer.high().services()).isEqualTo(2);
    assertThat(answer.high().dependsOn()).isEqualTo(3);
    assertThat(answer.mediumOrWorse().availability()).isCloseTo(Math.pow(0.99, 5),
        within(1e-15));
    assertThat(answer.mediumOrWorse().services()).isEqualTo(4);
    assertThat(answer.mediumOrWorse().dependsOn()).isEqualTo(5);
    // 1 - 0.99^3 = 0.029701 of 30 days (2,592,000 s) is 76,984.992 s.
    assertThat(answer.high().downtimePerMonth().toMillis()).isEqualTo(76_984_992);
  }

  @Test
  void availability_sources_sayWhatWasAssumed() {
    Topology t = Stacks.figure(Stacks.topology("a>b", "b>c"), "a", "99%");
    AvailabilityModel model = TopologyGraph.of(t).availability(AvailabilityInputs.fromModel()
        .withDefault(Reliability.of(0.95)).withFigure("b", Reliability.of(0.9)));
    assertThat(model.figureOf("a")).isEqualTo(ServiceFigure.of("a", Reliability.of(0.99),
        FigureSource.MODEL));
    assertThat(model.figureOf("b").source()).isEqualTo(FigureSource.GIVEN);
    assertThat(model.figureOf("c").source()).isEqualTo(FigureSource.DEFAULT);
    assertThat(model.steadyState().assumed()).containsExactly("c");
    // a: 0.99 * 0.9 * 0.95.
    assertThat(model.steadyState().service("a").availability())
        .isCloseTo(0.99 * 0.9 * 0.95, within(1e-15));
    // A given figure takes the place of the model's.
    assertThat(model.whatIf("a", Reliability.of(0.5)).figureOf("a").source())
        .isEqualTo(FigureSource.GIVEN);
  }

  @Test
  void availability_lists_byNameAndWorstFirst() {
    Topology t = Stacks.figure(Stacks.topology("a>b", "c"), "c", "90%");
    Availability answer = Stacks.model(t, "99%").steadyState();
    // a: 0.9801, b: 0.99, c: 0.9.
    assertThat(answer.services()).extracting(ServiceAvailability::service)
        .containsExactly("a", "b", "c");
    assertThat(answer.weakest()).extracting(ServiceAvailability::service)
        .containsExactly("c", "a", "b");
    assertThat(answer.service("a")).isEqualTo(answer.services().get(0));
    assertThat(answer).isEqualTo(Stacks.model(t, "99%").steadyState());
    assertThat(answer).isNotEqualTo(Stacks.model(t, "98%").steadyState());
  }

  @Test
  void importance_rankedByWhatOneMoreNineGains() {
    // web (HIGH) needs db; db at 99%, web at 99.9%: R = 0.999 * 0.99 = 0.98901.
    Topology t = Stacks.severity(Stacks.topology("web>db"), "web", Severity.HIGH);
    t = Stacks.figure(Stacks.figure(t, "web", "99.9%"), "db", "99%");
    List<Importance> ranking = TopologyGraph.of(t).availability(AvailabilityInputs.fromModel())
        .importance();
    assertThat(ranking).extracting(Importance::service).containsExactly("db", "web");
    // db: Birnbaum R / 0.99 = 0.999; gain 0.999 * 0.9 * 0.01 = 0.008991.
    assertThat(ranking.get(0).birnbaum()).isCloseTo(0.999, within(1e-15));
    assertThat(ranking.get(0).gainPerNine()).isCloseTo(0.008991, within(1e-15));
    // web: Birnbaum 0.99; gain 0.99 * 0.9 * 0.001 = 0.000891.
    assertThat(ranking.get(1).birnbaum()).isCloseTo(0.99, within(1e-15));
    assertThat(ranking.get(1).gainPerNine()).isCloseTo(0.000891, within(1e-15));
    assertThat(ranking.get(1).availability()).isCloseTo(0.999, within(1e-15));
  }

  @Test
  void importance_withoutHighServices_isEmpty() {
    assertThat(Stacks.model(Stacks.topology("a>b"), "99%").importance()).isEmpty();
  }

  @Test
  void whatIf_changesOnlyWhatRequiresTheChangedService() {
    // web ──► api ──► db,  batch ──► queue
    AvailabilityModel model = Stacks.model(Stacks.topology("web>api", "api>db", "batch>queue"),
        "99%");
    AvailabilityModel better = model.whatIf("db", Reliability.of(0.9999));
    // web: 0.99^2 * 0.9999; batch unchanged at 0.99^2.
    assertThat(better.steadyState().service("web").availability())
        .isCloseTo(0.99 * 0.99 * 0.9999, within(1e-15));
    assertThat(better.steadyState().service("batch"))
        .isEqualTo(model.steadyState().service("batch"));
    assertThat(better.steadyState().service("web").costliest()).contains("api");
    // The model it came from is unchanged.
    assertThat(model.steadyState().service("web").availability())
        .isCloseTo(Math.pow(0.99, 3), within(1e-15));
    assertThat(better.graph()).isSameAs(model.graph());
  }

  @Test
  void toStrings_forPeople() {
    AvailabilityModel model = Stacks.model(Stacks.topology("a>b"), "99%");
    assertThat(model.toString()).isEqualTo("AvailabilityModel[2 services, figures {DEFAULT=2};"
        + " HIGH or worse: 100%, 0s a month (0 services, depending on 0); MEDIUM or worse:"
        + " 98.01%, 14h19m40s a month (2 services, depending on 2)]");
    assertThat(model.steadyState().toString()).isEqualTo("Availability[2 services"
        + "\n  HIGH or worse: 100%, 0s a month (0 services, depending on 0)"
        + "\n  MEDIUM or worse: 98.01%, 14h19m40s a month (2 services, depending on 2)"
        + "\n  a (MEDIUM) 98.01%, 14h19m40s a month, costliest b (50.3%), depends on 2"
        + "\n  b (MEDIUM) 99.00%, 7h12m a month, depends on 1"
        + "\n  assumed the default for a, b]");
    assertThat(model.figureOf("a").toString()).isEqualTo("a: 99% (DEFAULT)");
    assertThat(Optional.of(model.importance())).contains(List.of());
  }
}
