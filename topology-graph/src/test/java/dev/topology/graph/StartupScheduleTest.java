package dev.topology.graph;

import static dev.topology.graph.Fixtures.graph;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Deployment;
import dev.topology.api.NoSuchServiceException;
import dev.topology.graph.startup.StartupSchedule;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupScheduleTest {

  /*
   *   web ──► api ──► db (10s)
   *   (1s)    (5s)
   *            └────► cache (2s)
   */
  private final TopologyGraph graph = graph("web>api", "api>db", "api>cache");
  private final Map<String, Duration> durations = Map.of(
      "web", ofSeconds(1), "api", ofSeconds(5), "db", ofSeconds(10), "cache", ofSeconds(2));

  @Test
  void schedule_chain_readyTimesAddUpAlongTheSlowestNeed() {
    StartupSchedule schedule = graph.startupSchedule(durations);
    // api waits for db (ready at 10s, not cache at 2s), starts at 10s, is ready at 15s.
    assertThat(schedule.startAt("api")).isEqualTo(ofSeconds(10));
    assertThat(schedule.readyAt("api")).isEqualTo(ofSeconds(15));
    assertThat(schedule.readyAt("web")).isEqualTo(ofSeconds(16));
    assertThat(schedule.totalDuration()).isEqualTo(ofSeconds(16));
    assertThat(schedule.criticalChain()).containsExactly("db", "api", "web");
    assertThat(schedule.readyTimes()).containsExactly(
        Map.entry("cache", ofSeconds(2)), Map.entry("db", ofSeconds(10)),
        Map.entry("api", ofSeconds(15)), Map.entry("web", ofSeconds(16)));
  }

  @Test
  void schedule_noDurations_criticalChainIsALongestChain() {
    StartupSchedule schedule = graph.startupSchedule(Map.of());
    assertThat(schedule.totalDuration()).isEqualTo(Duration.ZERO);
    assertThat(schedule.criticalChain()).containsExactly("cache", "api", "web");
  }

  @Test
  void schedule_externalService_isReadyAtZeroWhateverItsDuration() {
    var topology = Fixtures.externalizable(Fixtures.topology("web>api", "api>db", "api>cache"),
        "db");
    var external = TopologyGraph.of(topology, Deployment.builder().addExternalized("db").build());
    StartupSchedule schedule = external.startupSchedule(durations);
    assertThat(schedule.readyAt("db")).isEqualTo(Duration.ZERO);
    assertThat(schedule.criticalChain()).containsExactly("cache", "api", "web");
    assertThat(schedule.totalDuration()).isEqualTo(ofSeconds(8));
  }

  @Test
  void toString_chain_showsTotalAndCriticalChain() {
    assertThat(graph.startupSchedule(durations)).hasToString("""
        StartupSchedule[total PT16S, critical chain of 3 services
          db: ready at PT10S
          api: ready at PT15S
          web: ready at PT16S]""");
  }

  @Test
  void schedule_unknownName_throwsUnknownService() {
    assertThatThrownBy(() -> graph.startupSchedule(Map.of("apii", ofSeconds(1))))
        .isInstanceOf(NoSuchServiceException.class)
        .hasMessage("No service is named 'apii'. Did you mean 'api'?");
  }

  @Test
  void schedule_negativeDuration_throwsWithTheValue() {
    assertThatThrownBy(() -> graph.startupSchedule(Map.of("api", ofSeconds(-5))))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("The start duration of 'api' is negative (PT-5S);"
            + " a start duration is zero or positive.");
  }

  @Test
  void schedule_nullMapKeyOrValue_throwsWithASentence() {
    assertThatThrownBy(() -> graph.startupSchedule(null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A startup schedule needs a map of start durations, not null;"
            + " pass Map.of() for none.");
    Map<String, Duration> nullKey = new HashMap<>();
    nullKey.put(null, ofSeconds(1));
    assertThatThrownBy(() -> graph.startupSchedule(nullKey))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A service name passed to a startup schedule is null.");
    // A null key and an empty one sort alike by text; the null one is reported, every time.
    Map<String, Duration> emptyThenNull = new LinkedHashMap<>();
    emptyThenNull.put("", ofSeconds(2));
    emptyThenNull.put(null, ofSeconds(1));
    assertThatThrownBy(() -> graph.startupSchedule(emptyThenNull))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A service name passed to a startup schedule is null.");
    Map<String, Duration> nullValue = new HashMap<>();
    nullValue.put("api", null);
    assertThatThrownBy(() -> graph.startupSchedule(nullValue))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("The start duration of 'api' is null;"
            + " give a Duration such as Duration.ofSeconds(5).");
  }

  @Test
  void schedule_sameServiceUnderTwoNames_throws() {
    var topology = Fixtures.topology("api>db")
        .withService("db", s -> s.toBuilder().addAliases("postgres").build());
    Map<String, Duration> twice = new LinkedHashMap<>();
    twice.put("postgres", ofSeconds(1));
    twice.put("db", ofSeconds(2));
    assertThatThrownBy(() -> TopologyGraph.of(topology).startupSchedule(twice))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("The start durations name 'db' twice, as 'db' and 'postgres';"
            + " give one duration per service.");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void schedule_rawMapWithWrongTypes_throwsNoClassCastException() {
    Map raw = new HashMap();
    raw.put("api", 5);
    assertThatThrownBy(() -> graph.startupSchedule(raw))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("The start duration of 'api' is 5 (a java.lang.Integer), not a Duration.");
    Map rawKey = new HashMap();
    rawKey.put(7, ofSeconds(1));
    assertThatThrownBy(() -> graph.startupSchedule(rawKey))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A startup schedule was given 7 (a java.lang.Integer),"
            + " which is not a service name.");
  }

  @Test
  void schedule_hugeDurations_overflowIsReported() {
    Duration huge = Duration.ofSeconds(Long.MAX_VALUE);
    assertThatThrownBy(() -> graph.startupSchedule(Map.of("db", huge, "api", huge)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("The start durations add up to more than a Duration can hold.");
  }

  @Test
  void schedule_ties_laterWaveThenFirstByName() {
    //   top ──► a, top ──► b: a and b ready together; the chain steps back to a, first by name
    TopologyGraph fork = Fixtures.graph("top>a", "top>b");
    assertThat(fork.startupSchedule(Map.of("a", Duration.ofSeconds(1), "b",
        Duration.ofSeconds(1))).criticalChain()).containsExactly("a", "top");
    //   x ──► y, with only y taking time: both ready at 2s; x, in the later wave, ends the chain
    TopologyGraph pair = Fixtures.graph("x>y");
    assertThat(pair.startupSchedule(Map.of("y", Duration.ofSeconds(2))).criticalChain())
        .containsExactly("y", "x");
    //   a and b, independent and as slow: a, first by name, is the one ready last
    TopologyGraph apart = Fixtures.graph("a", "b");
    assertThat(apart.startupSchedule(Map.of("a", Duration.ofSeconds(3), "b",
        Duration.ofSeconds(3))).criticalChain()).containsExactly("a");
    assertThat(apart.startupSchedule(Map.of("a", Duration.ofSeconds(2), "b",
        Duration.ofSeconds(3))).criticalChain()).containsExactly("b");
  }
}
