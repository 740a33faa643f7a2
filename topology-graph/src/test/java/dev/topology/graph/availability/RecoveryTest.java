package dev.topology.graph.availability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Reliability;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.availability.ServiceRecovery.Way;
import dev.topology.graph.restart.RestartRule;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recovery times on topologies drawn by hand, the timeline worked out in each comment. */
class RecoveryTest {
  private static final Reliability DB = Reliability.of(Duration.ofDays(30), Duration.ofMinutes(5));

  private static Duration s(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  private static ServiceRecovery row(String service, Way way, Integer wave, long backAt) {
    ServiceRecovery.Builder b = ServiceRecovery.builder().service(service).way(way)
        .backAt(s(backAt));
    if (wave != null) {
      b.wave(wave);
    }
    return b.build();
  }

  /*
   *   web ──► api ──► db ◄── worker        poller ~~► api (runtime)
   *
   *   start durations: api 30s, worker 10s, web 5s, poller none; db's MTTR 5m.
   *   db fails; nothing declares a restart, so everything at risk restarts (ALL_AT_RISK):
   *     5m00s  db repaired; wave 0 starts: api, poller, worker (need no restarting service)
   *     5m00s  poller back (no start duration); 5m10s worker; 5m30s api: wave 0 ends
   *     5m30s  wave 1 starts: web (needs api); 5m35s web back, the last
   */
  @Test
  void recovery_allAtRisk_repairThenWavesEachAsLongAsItsSlowest() {
    Topology t = Stacks.topology("web>api", "api>db", "worker>db", "poller~>api");
    AvailabilityModel model = TopologyGraph.of(t).availability(AvailabilityInputs.builder()
        .defaultFigure(Reliability.of(0.999)).putFigures("db", DB)
        .startDurations(Map.of("api", s(30), "worker", s(10), "web", s(5))).build());
    Recovery recovery = model.recovery("db");
    assertThat(recovery.rule()).isEqualTo(RestartRule.ALL_AT_RISK);
    assertThat(recovery.repair()).isEqualTo(Duration.ofMinutes(5));
    assertThat(recovery.waves()).containsExactly(
        RecoveryWave.builder().wave(0).services(List.of("api", "poller", "worker"))
            .start(s(300)).duration(s(30)).build(),
        RecoveryWave.builder().wave(1).services(List.of("web")).start(s(330))
            .duration(s(5)).build());
    assertThat(recovery.waves().get(1).end()).isEqualTo(s(335));
    assertThat(recovery.services()).containsExactly(
        row("db", Way.REPAIRED, null, 300),
        row("poller", Way.RESTARTED, 0, 300),
        row("worker", Way.RESTARTED, 0, 310),
        row("api", Way.RESTARTED, 0, 330),
        row("web", Way.RESTARTED, 1, 335));
    assertThat(recovery.total()).isEqualTo(s(335));
    assertThat(recovery.toString()).isEqualTo("Recovery[after db: repaired at 5m, all back at"
        + " 5m35s, all at risk\n  wave 0 at 5m for 30s: [api, poller, worker]"
        + "\n  wave 1 at 5m30s for 5s: [web]]");
  }

  /*
   *   jobs ══► api ══► db ◄── worker        web ──► api      (══► declares a restart)
   *
   *   start durations: api 30s, jobs 10s, web 5s, worker 7s; db's MTTR 5m.
   *   db fails; the topology declares restarts (DECLARED): api and jobs restart, web and
   *   worker are at risk but declare nothing, so they are back when what they require is:
   *     5m00s  db repaired: worker (requires db only) is back; wave 0 starts: api
   *     5m30s  api back, and so web (requires api and db); wave 1 starts: jobs
   *     5m40s  jobs back, the last
   */
  @Test
  void recovery_declared_restartsTheDeclaredAndTheRestFollowWhatTheyRequire() {
    Topology t = Stacks.topology("api!>db", "jobs!>api", "web>api", "worker>db");
    AvailabilityModel model = TopologyGraph.of(t).availability(AvailabilityInputs.builder()
        .defaultFigure(Reliability.of(0.999)).putFigures("db", DB)
        .startDurations(Map.of("api", s(30), "jobs", s(10), "web", s(5), "worker", s(7)))
        .build());
    Recovery recovery = model.recovery("db");
    assertThat(recovery.rule()).isEqualTo(RestartRule.DECLARED);
    assertThat(recovery.waves()).extracting(RecoveryWave::services)
        .containsExactly(List.of("api"), List.of("jobs"));
    assertThat(recovery.services()).containsExactly(
        row("db", Way.REPAIRED, null, 300),
        row("worker", Way.FOLLOWS, null, 300),
        row("api", Way.RESTARTED, 0, 330),
        row("web", Way.FOLLOWS, null, 330),
        row("jobs", Way.RESTARTED, 1, 340));
    assertThat(recovery.total()).isEqualTo(s(340));
  }

  /*
   *   api ──► db     db at 99.9% with an MTTR of 10m (the MTTF follows); nothing started.
   */
  @Test
  void recovery_availabilityWithMttr_andNothingToRestart() {
    Reliability figure = Reliability.builder().availability(0.999).mttr(Duration.ofMinutes(10))
        .build();
    AvailabilityModel model = TopologyGraph.of(Stacks.topology("api>db", "cron"))
        .availability(AvailabilityInputs.fromModel().withDefault(figure));
    Recovery db = model.recovery("db");
    // api restarts at once (no start duration): back with db at 10m.
    assertThat(db.total()).isEqualTo(Duration.ofMinutes(10));
    assertThat(db.services()).extracting(ServiceRecovery::service).containsExactly("db", "api");
    Recovery cron = model.recovery("cron");
    assertThat(cron.waves()).isEmpty();
    assertThat(cron.services()).containsExactly(row("cron", Way.REPAIRED, null, 600));
  }

  @Test
  void serviceRecovery_waveExactlyWhenRestarted() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> row("a", Way.RESTARTED, null, 1))
        .isInstanceOf(dev.topology.graph.InvalidQueryException.class)
        .hasMessage("A service's recovery has a wave exactly when it is restarted; 'a' is"
            + " RESTARTED with no wave.");
    assertThat(row("a", Way.RESTARTED, 2, 61).toString())
        .isEqualTo("a back at 1m1s (RESTARTED in wave 2)");
  }
}
