package dev.topology.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Lifecycle;
import dev.topology.api.Severity;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each small fixture has the shape its drawing shows; the facts are read off the drawings. */
class FixturesTest {

  @Test
  void chain_startsOneServiceAWave_fromDbToWeb() {
    TopologyGraph chain = TopologyGraph.of(Fixtures.chain());

    assertThat(chain.startupPlan().waves())
        .containsExactly(List.of("db"), List.of("queue"), List.of("api"), List.of("web"));
  }

  @Test
  void chain_failure_takesDownEverythingToItsLeft() {
    TopologyGraph chain = TopologyGraph.of(Fixtures.chain());

    for (Phase phase : Phase.values()) {
      assertThat(chain.impact(phase, "db").affectedNames()).containsExactlyInAnyOrder(
          "queue", "api", "web");
      assertThat(chain.impact(phase, "queue").affectedNames()).containsExactlyInAnyOrder(
          "api", "web");
      assertThat(chain.impact(phase, "web").affectedNames()).isEmpty();
    }
  }

  @Test
  void diamond_startsBothMiddlesTogether() {
    TopologyGraph diamond = TopologyGraph.of(Fixtures.diamond());

    assertThat(diamond.startupPlan().waves())
        .containsExactly(List.of("db"), List.of("auth", "catalog"), List.of("web"));
    assertThat(diamond.prerequisites("web")).containsExactlyInAnyOrder("auth", "catalog", "db");
  }

  @Test
  void diamond_db_takesDownAll_aMiddle_onlyWeb() {
    TopologyGraph diamond = TopologyGraph.of(Fixtures.diamond());

    assertThat(diamond.impact(Phase.RUNTIME, "db").affectedNames())
        .containsExactlyInAnyOrder("auth", "catalog", "web");
    assertThat(diamond.impact(Phase.RUNTIME, "auth").affectedNames()).containsExactly("web");
    assertThat(diamond.impact(Phase.RUNTIME, "catalog").affectedNames()).containsExactly("web");
  }

  @Test
  void star_hubTakesDownEverySpoke_aSpokeNothing() {
    TopologyGraph star = TopologyGraph.of(Fixtures.star());
    List<String> spokes = List.of("billing", "inventory", "orders", "payments", "users");

    assertThat(star.startupPlan().waves()).containsExactly(List.of("postgres"), spokes);
    assertThat(star.impact(Phase.RUNTIME, "postgres").affectedNames())
        .containsExactlyInAnyOrderElementsOf(spokes);
    for (String spoke : spokes) {
      assertThat(star.impact(Phase.RUNTIME, spoke).affectedNames()).isEmpty();
    }
  }

  @Test
  void webStack_startsInFiveWaves_migrationBeforeApi() {
    TopologyGraph stack = TopologyGraph.of(Fixtures.webStack());

    assertThat(stack.startupPlan().waves()).containsExactly(List.of("cache", "db"),
        List.of("migrate"), List.of("api"), List.of("web"), List.of("proxy"));
    assertThat(stack.topology().service("migrate").lifecycle()).isEqualTo(Lifecycle.ONE_SHOT);
  }

  @Test
  void webStack_db_takesDownTheRequestPath() {
    TopologyGraph stack = TopologyGraph.of(Fixtures.webStack());

    assertThat(stack.impact(Phase.STARTUP, "db").affectedNames())
        .containsExactlyInAnyOrder("migrate", "api", "web", "proxy");
    assertThat(stack.impact(Phase.RUNTIME, "db").affectedNames())
        .containsExactlyInAnyOrder("api", "web", "proxy");
  }

  @Test
  void webStack_migrate_mattersOnlyAtStartup_andReachesWorseThanItsOwnSeverity() {
    TopologyGraph stack = TopologyGraph.of(Fixtures.webStack());

    Impact atStartup = stack.impact(Phase.STARTUP, "migrate");
    assertThat(atStartup.affectedNames()).containsExactlyInAnyOrder("api", "web", "proxy");
    assertThat(atStartup.failedSeverity()).isEqualTo(Severity.LOW);
    assertThat(atStartup.worstSeverity()).isEqualTo(Severity.HIGH);
    assertThat(stack.impact(Phase.RUNTIME, "migrate").affectedNames()).isEmpty();
  }

  @Test
  void webStack_cache_isOptional_takesDownNothing() {
    TopologyGraph stack = TopologyGraph.of(Fixtures.webStack());

    for (Phase phase : Phase.values()) {
      assertThat(stack.impact(phase, "cache").affectedNames()).isEmpty();
    }
  }

  @Test
  void webStack_web_takesDownTheHigherProxy() {
    Impact web = TopologyGraph.of(Fixtures.webStack()).impact(Phase.RUNTIME, "web");

    assertThat(web.affectedNames()).containsExactly("proxy");
    assertThat(web.failedSeverity()).isEqualTo(Severity.MEDIUM);
    assertThat(web.worstSeverity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void fixtures_areTheSameValueOnEveryCall() {
    assertThat(Fixtures.webStack()).isSameAs(Fixtures.webStack());
    assertThat(Fixtures.chain()).isSameAs(Fixtures.chain());
  }
}
