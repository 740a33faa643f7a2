package dev.topology.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
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
        .containsExactly("api (nothing else down)",
            "db (3 also down: db itself, jobs, migrate)",
            "gate (5 also down: db, gate itself, jobs, migrate, poller)");
    RootCause db = causes.candidates().get(1);
    assertThat(db.services()).containsExactly("db");
    assertThat(db.explains()).containsExactly("api", "web");
    assertThat(db.alsoDown()).containsExactly("db", "jobs", "migrate");
    assertThat(db.alsoDownCount()).isEqualTo(3);
    assertThat(db.exact()).isTrue();
    assertThat(db.impact().affected("web").get().path()).containsExactly("db", "api", "web");
    assertThat(causes.exhaustive()).isTrue();
  }

  @Test
  void rootCauses_apiWebPollerAtRuntime_rankApiThenDb() {
    // At runtime the gate and the migrator play no part; db takes down api, web, poller.
    RootCauses causes = graph.rootCauses(Phase.RUNTIME, List.of("api", "web", "poller"));
    assertThat(causes.candidates()).extracting(RootCause::toString)
        .containsExactly("api (nothing else down)", "db (1 also down: db itself)");
  }

  @Test
  void rootCauses_webAndJobsAtRuntime_noSingleCause_ranksPairs() {
    // jobs is taken down by nothing at runtime (it needed the migrator only to start), and
    // nothing takes down both. One member must cause web: api, db or web itself; jobs is the
    // only cause of jobs. {jobs, web}: 0 beyond; {api, jobs}: api, jobs, web, poller, 2
    // beyond; {db, jobs}: 3 beyond.
    RootCauses causes = graph.rootCauses(Phase.RUNTIME, "web", "jobs");
    assertThat(causes.candidates()).extracting(RootCause::toString)
        .containsExactly("jobs + web (nothing else down)",
            "api + jobs (2 also down: api itself, poller)",
            "db + jobs (3 also down: api, db itself, poller)");
    assertThat(causes.candidates().get(1).alsoDown()).containsExactly("api", "poller");
    assertThat(causes.exhaustive()).isTrue();
  }

  @Test
  void rootCauses_threeUnrelatedFailures_rankTheTriplesOfTheirCauses() {
    /*
     *   a ──► x      b ──► y      c ──► z
     *
     * Nothing takes down two of a, b, c, so every explaining set has three services: one of
     * {a, x}, one of {b, y}, one of {c, z}. {a, b, c} has nothing else down; each x, y or z in
     * place of its dependent adds itself.
     */
    TopologyGraph apart = Fixtures.graph("a>x", "b>y", "c>z");
    RootCauses causes = apart.rootCauses(Phase.STARTUP, "a", "b", "c");
    assertThat(causes.candidates()).hasSize(8).extracting(RootCause::toString).startsWith(
        "a + b + c (nothing else down)", "a + b + z (1 also down: z itself)",
        "a + c + y (1 also down: y itself)", "b + c + x (1 also down: x itself)");
    assertThat(causes.candidates().get(7)).hasToString(
        "x + y + z (3 also down: x itself, y itself, z itself)");
    assertThat(causes.candidates()).allMatch(RootCause::exact);
    assertThat(causes.exhaustive()).isTrue();
    assertThat(causes.isEmpty()).isFalse();
    assertThat(causes.best().map(RootCause::services)).contains(List.of("a", "b", "c"));
  }

  @Test
  void rootCauses_sevenFailuresOneSharedCause_greedySetOfSixIsProvedExact() {
    /*
     *   a1 ──► h ◄── a2        a3   a4   a5   a6   a7
     *
     * h explains a1 and a2; the other five explain only themselves. The smallest set has six
     * services, more than the exhaustive search takes, so it is built greedily; a1 and a3 to a7
     * share no cause, which proves that no set of fewer than six exists.
     */
    TopologyGraph graph = Fixtures.graph("a1>h", "a2>h", "a3", "a4", "a5", "a6", "a7");
    RootCauses causes = graph.rootCauses(Phase.STARTUP, "a1", "a2", "a3", "a4", "a5", "a6", "a7");
    assertThat(causes.candidates()).extracting(RootCause::toString)
        .containsExactly("a3 + a4 + a5 + a6 + a7 + h (1 also down: h itself)");
    assertThat(causes.best().map(RootCause::exact)).contains(true);
    assertThat(causes.exhaustive()).isFalse();
  }

  @Test
  void rootCauses_twelveFailuresEveryPairSharingACause_buildsOneGreedySet() {
    // t01 .. t12, and for every two of them a service hXXYY that both need. Any two failures
    // share a cause, so nothing proves more than one service necessary; the smallest set has
    // six (each service explains two failures), beyond the exhaustive search, so the set is
    // built greedily and not marked exact.
    List<String> specs = new ArrayList<>();
    List<String> observed = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      observed.add(String.format("t%02d", i));
      for (int j = i + 1; j <= 12; j++) {
        String hub = String.format("h%02d%02d", i, j);
        specs.add(String.format("t%02d>%s", i, hub));
        specs.add(String.format("t%02d>%s", j, hub));
      }
    }
    RootCauses causes =
        Fixtures.graph(specs.toArray(String[]::new)).rootCauses(Phase.STARTUP, observed);
    RootCause best = causes.best().orElseThrow();
    assertThat(best.exact()).isFalse();
    assertThat(best.services()).hasSize(6).allMatch(name -> name.startsWith("h"));
    assertThat(best.explains()).isEqualTo(observed);
    assertThat(best.alsoDown()).isEqualTo(best.services());
    assertThat(causes.exhaustive()).isFalse();
    assertThat(causes.toString()).startsWith("RootCauses[STARTUP failure of t01, t02, t03,")
        .contains(": 1 candidate, found greedily\n  1. h")
        .endsWith(" (greedy; 6 also down: " + best.services().stream()
            .map(name -> name + " itself").collect(java.util.stream.Collectors.joining(", "))
            + ")]");
  }

  @Test
  void rootCauses_tenUnrelatedFailures_greedySetIsProvedExact() {
    // Ten failures with no cause in common need ten services: the greedy set has ten, so it is
    // the smallest, though other sets of ten (through each failure's dependency) exist too.
    List<String> specs = new ArrayList<>();
    List<String> observed = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      specs.add("s" + i + ">d" + i);
      observed.add("s" + i);
    }
    RootCauses causes =
        Fixtures.graph(specs.toArray(String[]::new)).rootCauses(Phase.STARTUP, observed);
    RootCause best = causes.best().orElseThrow();
    assertThat(best.services()).isEqualTo(observed);
    assertThat(best.alsoDownCount()).isZero();
    assertThat(best.exact()).isTrue();
    assertThat(causes.exhaustive()).isFalse();
    assertThat(causes.candidates()).hasSize(1);
    assertThat(causes.toString())
        .contains(": 1 candidate, found greedily, of the smallest size\n");
  }

  @Test
  void rootCauses_nothingObserved_isAnEmptyAnswerThatSaysSo() {
    RootCauses causes = graph.rootCauses(Phase.RUNTIME);
    assertThat(causes.isEmpty()).isTrue();
    assertThat(causes.best()).isEmpty();
    assertThat(causes.candidates()).isEmpty();
    assertThat(causes.observed()).isEmpty();
    assertThat(causes).hasToString("RootCauses[RUNTIME: nothing observed failing, no candidate]")
        .isEqualTo(graph.rootCauses(Phase.RUNTIME, List.of()));
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
    assertThat(causes.candidates().get(0)).hasToString("a2999 + b2999 (nothing else down)");
    // Then the two pairs with one more service down, by name.
    assertThat(causes.candidates().subList(1, 3)).extracting(RootCause::toString)
        .containsExactly("a2998 + b2999 (1 also down: a2998 itself)",
            "a2999 + b2998 (1 also down: b2998 itself)");
    assertThat(causes.toString()).startsWith("RootCauses[STARTUP failure of a2999, b2999: ")
        .contains(" candidates (search cut at its cap on work)\n  1. a2999 + b2999");
  }

  @Test
  void toString_startup_listsCandidatesWithWhatElseIsDown() {
    assertThat(graph.rootCauses(Phase.STARTUP, "web", "api")).hasToString(
        "RootCauses[STARTUP failure of api, web: 3 candidates\n  1. api (nothing else down)"
            + "\n  2. db (3 also down: db itself, jobs, migrate)"
            + "\n  3. gate (5 also down: db, gate itself, jobs, migrate, poller)]");
  }

  @Test
  void rootCauses_nullArguments_areRejected() {
    assertThatThrownBy(() -> graph.rootCauses(null, "api"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A root-cause search needs a phase, not null: Phase.STARTUP or"
            + " Phase.RUNTIME.");
    assertThatThrownBy(() -> graph.rootCauses(Phase.STARTUP, (List<String>) null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A root-cause search needs the observed services, not null.");
  }

  @Test
  void equals_sameSearchOnAnotherEngine_isEqual() {
    assertThat(graph.rootCauses(Phase.STARTUP, "api"))
        .isEqualTo(TopologyGraph.of(topology()).rootCauses(Phase.STARTUP, "api"))
        .isNotEqualTo(graph.rootCauses(Phase.RUNTIME, "api"));
  }
}
