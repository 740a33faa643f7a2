package dev.topology.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Reliability;
import dev.topology.formats.compose.ComposeReader;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.availability.AvailabilityInputs;
import dev.topology.graph.availability.AvailabilityModel;
import dev.topology.graph.availability.SimulatedService;
import dev.topology.graph.availability.SimulatedSystem;
import dev.topology.graph.availability.Simulation;
import dev.topology.graph.availability.SimulationOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The availability answers as JSON, on a stack read from Compose labels:
 *
 * <pre>
 *   web (MEDIUM, 99%) ──► db (HIGH, mttf=99h mttr=1h: 99 / 100)
 * </pre>
 *
 * <p>db: 0.99, 1% of 30 days down (25,920,000 ms). web: 0.99 * 0.99 = 0.9801, 1.99% down
 * (51,580,800 ms); its costliest dependency is db, 1% of its 1.99%. The HIGH system is db alone
 * (Birnbaum 1, one more nine gains 0.9 * 0.01); the MEDIUM-or-worse one, web and db.
 */
class AvailabilityJsonTest {
  private static final String YAML = """
      services:
        db:
          labels: {dev.topology.severity: HIGH, dev.topology.mttf: 99h, dev.topology.mttr: 1h}
        web:
          depends_on: [db]
          labels: {dev.topology.availability: 99%}
      """;

  private static final AvailabilityModel MODEL =
      TopologyGraph.of(ComposeReader.defaults().read(YAML).topology()).availability(
          AvailabilityInputs.fromModel().withStartDurations(Map.of("web", Duration.ofSeconds(3))));

  private static final JsonMapper CONSUMER =
      JsonMapper.builder().addModule(new TopologyAnswersModule()).build();

  private static String compact(Object answer) {
    String text = AnswerJson.writeCompact(answer);
    assertThat(CONSUMER.writeValueAsString(answer)).isEqualTo(text);
    return text;
  }

  @Test
  void write_steadyState_rowsSystemsAndAssumed() {
    String text = compact(MODEL.steadyState());

    assertThat(text).startsWith("{\"services\":[{\"name\":\"db\",\"severity\":\"HIGH\","
        + "\"source\":\"MODEL\",\"availability\":0.99,").contains(
            "\"downtimePerMonthMillis\":25920000,\"costliest\":null,\"costliestShare\":0.0,"
                + "\"dependsOn\":1},{\"name\":\"web\",\"severity\":\"MEDIUM\","
                + "\"source\":\"MODEL\",\"availability\":0.9801,")
        .contains("\"downtimePerMonthMillis\":51580800,\"costliest\":\"db\",")
        .contains("\"dependsOn\":2}],\"high\":{\"threshold\":\"HIGH\",\"services\":1,"
            + "\"dependsOn\":1,\"availability\":0.99,")
        .contains("\"mediumOrWorse\":{\"threshold\":\"MEDIUM\",\"services\":2,\"dependsOn\":2,"
            + "\"availability\":0.9801,")
        .endsWith("\"assumed\":[]}");
  }

  @Test
  void write_importanceAndFigure() {
    assertThat(compact(MODEL.importance())).startsWith("[{\"name\":\"db\",\"availability\":0.99,"
        + "\"birnbaum\":1.0,\"gainPerNine\":0.00900000000000");
    assertThat(compact(MODEL.figureOf("db"))).isEqualTo("{\"name\":\"db\","
        + "\"figure\":\"mttf=4d3h mttr=1h\",\"source\":\"MODEL\"}");
    assertThat(compact(MODEL.whatIf("web", Reliability.parse("99.9%")).figureOf("web")))
        .isEqualTo("{\"name\":\"web\",\"figure\":\"99.9%\",\"source\":\"GIVEN\"}");
  }

  @Test
  void write_recovery_repairThenWavesInMillis() {
    // db is repaired after its MTTR, 1 h; web restarts in wave 0, 3 s: back at 1h0m3s.
    assertThat(compact(MODEL.recovery("db"))).isEqualTo("{\"failed\":\"db\","
        + "\"rule\":\"ALL_AT_RISK\",\"repairMillis\":3600000,\"totalMillis\":3603000,"
        + "\"waves\":[{\"wave\":0,\"services\":[\"web\"],\"startMillis\":3600000,"
        + "\"durationMillis\":3000}],\"services\":[{\"name\":\"db\",\"way\":\"REPAIRED\","
        + "\"wave\":null,\"backAtMillis\":3600000},{\"name\":\"web\",\"way\":\"RESTARTED\","
        + "\"wave\":0,\"backAtMillis\":3603000}]}");
  }

  @Test
  void write_simulation_runThenServicesThenSystemsWorstFirst() {
    // web's 99% has no time scale: the default MTTR of 1 h gives it one. Ten years of 365.25
    // days are 315,576,000,000 ms.
    Simulation simulation = MODEL.simulate(SimulationOptions.builder().seed(3).years(10)
        .defaultMttr(Duration.ofHours(1)).build());
    String text = compact(simulation);

    assertThat(text).startsWith("{\"seed\":3,\"horizonMillis\":315576000000,"
        + "\"simulatedMillis\":315576000000,\"events\":" + simulation.events() + ","
        + "\"end\":\"HORIZON\",\"stoppedEarly\":false,\"confidence\":0.95,"
        + "\"services\":[{\"name\":\"db\",\"severity\":\"HIGH\",\"availability\":")
        .contains("},{\"name\":\"web\",\"severity\":\"MEDIUM\",\"availability\":")
        .contains("\"systems\":[{\"threshold\":\"HIGH\",")
        .contains("},{\"threshold\":\"MEDIUM\",")
        .contains("},{\"threshold\":\"LOW\",");
    JsonNode json = CONSUMER.readTree(text);
    for (int i = 0; i < 2; i++) {
      SimulatedService row = simulation.services().get(i);
      JsonNode node = json.get("services").get(i);
      assertThat(List.copyOf(node.propertyNames())).containsExactly("name", "severity",
          "availability", "lower", "upper", "downtimePerMonthMillis",
          "downtimePerMonthSpreadMillis", "failures", "outages", "restarts");
      assertThat(node.get("availability").asDouble()).isEqualTo(row.availability());
      assertThat(node.get("lower").asDouble()).isEqualTo(row.lower());
      assertThat(node.get("upper").asDouble()).isEqualTo(row.upper());
      assertThat(node.get("downtimePerMonthMillis").asLong())
          .isEqualTo(row.downtimePerMonth().toMillis());
      assertThat(node.get("downtimePerMonthSpreadMillis").asLong())
          .isEqualTo(row.downtimePerMonthSpread().orElseThrow().toMillis());
      assertThat(node.get("failures").asLong()).isEqualTo(row.failures());
      assertThat(node.get("outages").asLong()).isEqualTo(row.outages());
      assertThat(node.get("restarts").asLong()).isEqualTo(row.restarts());
    }
    // web goes down with db too: more outages than failures of its own.
    assertThat(json.get("services").get(1).get("outages").asLong())
        .isGreaterThan(json.get("services").get(1).get("failures").asLong());
    SimulatedSystem high = simulation.system(dev.topology.api.Severity.HIGH);
    JsonNode system = json.get("systems").get(0);
    assertThat(List.copyOf(system.propertyNames())).containsExactly("threshold", "availability",
        "lower", "upper", "downtimePerMonthMillis", "downtimePerMonthSpreadMillis", "outages");
    assertThat(system.get("availability").asDouble()).isEqualTo(high.availability());
    assertThat(system.get("outages").asLong()).isEqualTo(high.outages());
  }

  @Test
  void write_simulationStoppedAtOneEvent_boundNoIntervalNoSpread() {
    // One event, the first failure, comes within days (db's MTTF is 99 h): no two whole batches
    // (the interval is [0, 1]) and no two whole months (the spread is null).
    Simulation simulation = MODEL.simulate(SimulationOptions.builder().seed(3).years(10)
        .maxEvents(1).defaultMttr(Duration.ofHours(1)).build());
    JsonNode json = CONSUMER.readTree(compact(simulation));

    assertThat(json.get("events").asLong()).isEqualTo(1);
    assertThat(json.get("end").asString()).isEqualTo("EVENT_BOUND");
    assertThat(json.get("stoppedEarly").asBoolean()).isTrue();
    assertThat(json.get("simulatedMillis").asLong())
        .isEqualTo(simulation.simulatedTime().toMillis()).isLessThan(315_576_000_000L);
    for (JsonNode row : json.get("services")) {
      assertThat(row.get("lower").asDouble()).isZero();
      assertThat(row.get("upper").asDouble()).isEqualTo(1.0);
      assertThat(row.get("downtimePerMonthSpreadMillis").isNull()).isTrue();
    }
  }
}
