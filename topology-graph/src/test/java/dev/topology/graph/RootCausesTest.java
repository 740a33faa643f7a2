package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootCausesTest {

  /*
   *   web ──► api ──► db ◄── migrate (one-shot) ◄── jobs
   *            ▲
   *   poller ~~┘  (runtime)                 gate (startup only, system-wide)
   */
  private static Topology topology() {
    Topology t = Fixtures.topology("web>api", "api>db", "migrate>db", "jobs>migrate",
        "poller~>api", "gate");
    t = Fixtures.with(t, "migrate", Lifecycle.ONE_SHOT);
    t = Fixtures.with(t, "migrate", Severity.LOW);
    return Fixtures.gate(t, "gate");
  }

  private final TopologyGraph graph = TopologyGraph.of(topology());

  @Test
  void rootCauses_apiAndWebAtStartup_rankApiThenDbThenTheGate() {
    // web is taken down by api, so only api needs explaining. Its causes: api itself, db
    // (api needs it), and the gate (takes everything down). Closures: api {api, web}, 0
    // beyond; db {db, api, web, migrate, jobs}, 3 beyond; gate: all 7, 5 beyond.
    RootCauses causes = graph.rootCauses(Phase.STARTUP, "web", "api");
    assertThat(causes.observed()).containsExactly("api", "web");
    assertThat(causes.candidates()).extracting(RootCause::toString)
        .containsExactly("api (0 more down)", "db (3 more down)", "gate (5 more down)");
    RootCause db = causes.candidates().get(1);
    assertThat(db.services()).containsExactly("db");
    assertThat(db.explains()).containsExactly("api", "web");
    assertThat(db.alsoDown()).containsExactly("db", "jobs", "migrate");
    assertThat(db.impact().affected("web").get().path()).containsExactly("db", "api", "web");
    assertThat(causes.exhaustive()).isTrue();
  }

  @Test
  void rootCauses_apiWebPollerAtRuntime_rankApiThenDb() {
    // At runtime the gate and the migrator play no part; db takes down api, web, poller.
    RootCauses causes = graph.rootCauses(Phase.RUNTIME, List.of("api", "web", "poller"));
    assertThat(causes.candidates()).extracting(RootCause::toString)
        .containsExactly("api (0 more down)", "db (1 more down)");
  }

  @Test
  void rootCauses_webAndJobsAtRuntime_noSingleCause_ranksPairs() {
    // jobs is taken down by nothing at runtime (it needed the migrator only to start), and
    // nothing takes down both. One member must cause web: api, db or web itself; jobs is the
    // only cause of jobs. {jobs, web}: 0 beyond; {api, jobs}: api, jobs, web, poller, 2
    // beyond; {db, jobs}: 3 beyond.
    RootCauses causes = graph.rootCauses(Phase.RUNTIME, "web", "jobs");
    assertThat(causes.candidates()).extracting(RootCause::toString)
        .containsExactly("jobs + web (0 more down)", "api + jobs (2 more down)",
            "db + jobs (3 more down)");
    assertThat(causes.candidates().get(1).alsoDown()).containsExactly("api", "poller");
    assertThat(causes.exhaustive()).isTrue();
  }

  @Test
  void rootCauses_threeUnrelatedFailures_findsNoCandidate() {
    TopologyGraph apart = Fixtures.graph("a", "b", "c");
    RootCauses causes = apart.rootCauses(Phase.STARTUP, "a", "b", "c");
    assertThat(causes.candidates()).isEmpty();
    assertThat(causes).hasToString("RootCauses[STARTUP failure of a, b, c: 0 candidates]");
  }

  @Test
  void rootCauses_pairsOnTwoLongChains_stopAtTheCapWithTheBestPairFirst() {
    // a0000 <- a0001 <- ... <- a2999, and the same for b: each chain's last service is taken
    // down by every service of its chain, and no service reaches both chains. 3000 x 3000
    // pairs, each costing a search of up to 6000 services: far over the cap. The search starts
    // from the causes that take down least, a2999 and b2999, so the exact pair comes first.
    List<Service> services = new ArrayList<>();
    for (String chain : List.of("a", "b")) {
      for (int i = 0; i < 3000; i++) {
        services.add(i == 0 ? Service.of(chain + "0000", Severity.LOW)
            : Service.of(String.format("%s%04d", chain, i), Severity.LOW,
                String.format("%s%04d", chain, i - 1)));
      }
    }
    RootCauses causes =
        TopologyGraph.of(Topology.of(services)).rootCauses(Phase.STARTUP, "a2999", "b2999");
    assertThat(causes.exhaustive()).isFalse();
    assertThat(causes.candidates().get(0)).hasToString("a2999 + b2999 (0 more down)");
    // Then the two pairs with one more service down, by name.
    assertThat(causes.candidates().subList(1, 3)).extracting(RootCause::toString)
        .containsExactly("a2998 + b2999 (1 more down)", "a2999 + b2998 (1 more down)");
    assertThat(causes.toString()).startsWith("RootCauses[STARTUP failure of a2999, b2999: ")
        .contains(" candidates (search cut at its cap on work)\n  1. a2999 + b2999");
  }

  @Test
  void toString_startup_listsCandidatesWithWhatElseIsDown() {
    assertThat(graph.rootCauses(Phase.STARTUP, "web", "api")).hasToString(
        "RootCauses[STARTUP failure of api, web: 3 candidates\n  1. api (0 more down)"
            + "\n  2. db (3 more down): db, jobs, migrate"
            + "\n  3. gate (5 more down): db, gate, jobs, migrate, poller]");
  }

  @Test
  void rootCauses_badArguments_areRejectedWithAnExample() {
    assertThatThrownBy(() -> graph.rootCauses(Phase.STARTUP))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A root-cause search needs at least one observed service, such as"
            + " rootCauses(Phase.RUNTIME, \"api\", \"web\").");
    assertThatThrownBy(() -> graph.rootCauses(null, "api"))
        .hasMessage("A root-cause search needs a phase, not null: Phase.STARTUP or"
            + " Phase.RUNTIME.");
    assertThatThrownBy(() -> graph.rootCauses(Phase.STARTUP, (List<String>) null))
        .hasMessage("A root-cause search needs the observed services, not null.");
  }

  @Test
  void equals_sameSearchOnAnotherEngine_isEqual() {
    assertThat(graph.rootCauses(Phase.STARTUP, "api"))
        .isEqualTo(TopologyGraph.of(topology()).rootCauses(Phase.STARTUP, "api"))
        .isNotEqualTo(graph.rootCauses(Phase.RUNTIME, "api"));
  }
}
