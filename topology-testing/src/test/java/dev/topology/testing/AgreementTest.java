package dev.topology.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.topology.api.Deployment;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupPlan;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Each assertion passes exactly when the engine's answer says what it checks, for every pair of
 * services of the bundled catalog (postgres and mongo run outside, so that externals are met).
 */
class AgreementTest {
  private static final TopologyGraph CATALOG = TopologyGraph.of(CircleCiServer2.topology(),
      Deployment.builder().addExternalized("postgres", "mongo").build());
  private static final List<String> NAMES = CATALOG.topology().names();

  private static boolean passes(Runnable check) {
    Throwable thrown = catchThrowable(check::run);
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(AssertionError.class).hasMessageStartingWith("Expected");
    }
    return thrown == null;
  }

  @Test
  void impact_takesDownAndSpares_agreeWithIsAffected() {
    for (Phase phase : Phase.values()) {
      for (String failed : List.of("frontend", "ready-agent", "vault-cci", "rabbitmq")) {
        Impact impact = CATALOG.impact(phase, failed);
        ImpactAssert check = TopologyAssertions.assertThat(impact);
        for (String name : NAMES) {
          boolean affected = impact.isAffected(name);
          boolean failing = impact.failed().contains(name);
          assertThat(passes(() -> check.takesDown(name))).as("%s takes down %s", impact, name)
              .isEqualTo(affected);
          assertThat(passes(() -> check.spares(name))).as("%s spares %s", impact, name)
              .isEqualTo(!affected && !failing);
          assertThat(passes(() -> check.hasFailed(name))).isEqualTo(failing);
        }
        assertThat(passes(() -> check.takesDownExactly(
            impact.affectedNames().toArray(String[]::new)))).isTrue();
        assertThat(passes(() -> check.isWholeSystemDown())).isEqualTo(impact.wholeSystemDown());
        assertThat(passes(() -> check.isNotWholeSystemDown()))
            .isEqualTo(!impact.wholeSystemDown());
      }
    }
  }

  @Test
  void startupPlan_startsBefore_agreesWithTheWaves() {
    StartupPlan plan = CATALOG.startupPlan();
    StartupPlanAssert check = TopologyAssertions.assertThat(plan);
    for (String a : NAMES) {
      for (String b : NAMES) {
        int wa = plan.waveOf(a).orElse(-1);
        int wb = plan.waveOf(b).orElse(-1);
        assertThat(passes(() -> check.startsBefore(a, b))).as("%s before %s", a, b)
            .isEqualTo(wa < wb);
        if (!a.equals(b)) {
          assertThat(passes(() -> check.inSameWave(a, b))).isEqualTo(wa == wb);
        }
      }
      for (int wave = 0; wave < plan.waves().size(); wave++) {
        int k = wave;
        assertThat(passes(() -> check.startsInWave(a, k)))
            .isEqualTo(plan.waveOf(a).orElse(-1) == k);
      }
    }
  }

  @Test
  void restartPlan_restarts_agreesWithTheWaves() {
    RestartPlan plan = CATALOG.restartPlan("frontend");
    RestartPlanAssert check = TopologyAssertions.assertThat(plan);
    for (String a : NAMES) {
      OptionalInt wave = plan.waveOf(a);
      assertThat(passes(() -> check.restarts(a))).as("restarts %s", a)
          .isEqualTo(wave.isPresent());
      assertThat(passes(() -> check.doesNotRestart(a))).isEqualTo(wave.isEmpty());
      for (String b : NAMES) {
        OptionalInt other = plan.waveOf(b);
        assertThat(passes(() -> check.restartsBefore(a, b))).isEqualTo(wave.isPresent()
            && other.isPresent() && wave.getAsInt() < other.getAsInt());
      }
    }
  }
}
