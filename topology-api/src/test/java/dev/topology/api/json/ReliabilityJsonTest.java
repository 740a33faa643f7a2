package dev.topology.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Problem;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReliabilityJsonTest {
  private static final Topology FIGURED = Topology.builder()
      .add(Service.builder().name("api").severity(Severity.HIGH)
          .reliability(Reliability.parse("99.9% mttr=10m")).build())
      .add(Service.builder().name("db").severity(Severity.HIGH)
          .reliability(Reliability.parse("mttf=30d mttr=1h30m")).build())
      .add(Service.builder().name("cache").severity(Severity.LOW)
          .reliability(Reliability.parse("100%")).build())
      .add(Service.of("plain", Severity.LOW))
      .build();

  private static String document(String reliability) {
    return "{\"formatVersion\": 2, \"services\": [{\"name\": \"a\", \"severity\": \"LOW\","
        + " \"reliability\": " + reliability + "}]}";
  }

  @Test
  void write_figures_numberAndDurationTexts() {
    String json = TopologyJson.write(FIGURED);

    assertThat(json).contains(String.join("\n",
        "    \"name\" : \"api\",",
        "    \"severity\" : \"HIGH\",",
        "    \"reliability\" : {",
        "      \"availability\" : 0.999,",
        "      \"mttr\" : \"10m\"",
        "    }",
        "  }, {",
        "    \"name\" : \"cache\",",
        "    \"severity\" : \"LOW\",",
        "    \"reliability\" : {",
        "      \"availability\" : 1.0",
        "    }",
        "  }, {",
        "    \"name\" : \"db\",",
        "    \"severity\" : \"HIGH\",",
        "    \"reliability\" : {",
        "      \"mttf\" : \"30d\",",
        "      \"mttr\" : \"1h30m\"",
        "    }",
        "  }, {",
        "    \"name\" : \"plain\",",
        "    \"severity\" : \"LOW\"",
        "  } ]"));
  }

  @Test
  void read_written_equalsTheOriginal() {
    assertThat(TopologyJson.read(TopologyJson.write(FIGURED))).isEqualTo(FIGURED);
  }

  @Test
  void write_withoutFigures_noReliabilityField() {
    Topology plain = Topology.builder().add(Service.of("a", Severity.LOW, "b"))
        .add(Service.of("b", Severity.HIGH)).build();

    assertThat(TopologyJson.write(plain)).doesNotContain("reliability");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"availability\": 0.9995}| 0.9995",
      "{\"availability\": \"99.95%\"}| 0.9995",
      "{\"availability\": \"0.9995\"}| 0.9995",
      "{\"availability\": 1}| 1.0",
      "{\"availability\": 9.995E-1}| 0.9995"})
  void read_availability_numberOrPercentage(String reliability, double expected) {
    Service a = TopologyJson.read(document(reliability)).service("a");

    assertThat(a.reliability()).contains(Reliability.of(expected));
  }

  @Test
  void read_durations_everyFormParseDurationReads() {
    Service a = TopologyJson.read(document("{\"mttf\": \"P30D\", \"mttr\": \"1h30m\"}"))
        .service("a");

    assertThat(a.reliability()).contains(Reliability.of(Duration.ofDays(30),
        Duration.ofMinutes(90)));
  }

  @Test
  void read_olderDocuments_noFigure() {
    Topology one = TopologyJson.read(
        "{\"services\": [{\"name\": \"a\", \"severity\": \"LOW\"}]}");

    assertThat(one.service("a").reliability()).isEmpty();
  }

  @Test
  void read_badValues_everyProblemAtItsPath() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> TopologyJson.read("""
            {"formatVersion": 2, "services": [
              {"name": "a", "severity": "LOW", "reliability": {"availability": 1.5, "mttr": "5x"}},
              {"name": "b", "severity": "LOW", "reliability": {"mttf": "-1d"}},
              {"name": "c", "severity": "LOW", "reliability": {"availability": "100%",
                "mttf": "1d"}},
              {"name": "d", "severity": "LOW", "dependencies": [{"target": "zz"}]}
            ]}"""));

    assertThat(e.problems()).extracting(Problem::kind).containsExactly(
        Problem.Kind.INVALID_VALUE, Problem.Kind.INVALID_VALUE, Problem.Kind.INVALID_VALUE,
        Problem.Kind.MISSING_VALUE, Problem.Kind.INCONSISTENT_VALUE,
        Problem.Kind.DANGLING_DEPENDENCY);
    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "$.services[0].reliability.availability: An availability must lie in (0, 1] (as a"
            + " percentage, above 0% and at most 100%); '1.5' does not.",
        "$.services[0].reliability.mttr: A duration of '5x' uses the unit 'x', which is not one"
            + " of [ms, s, m, h, d, w]; write numbers each followed by a unit (ms, s, m, h, d or"
            + " w), largest first, such as 5m, 1h30m or 30d, or ISO-8601 such as PT5M.",
        "$.services[1].reliability.mttf: A duration must be positive; '-1d' is not.",
        "$.services[1].reliability: A reliability figure has only an MTTF; give the MTTR or the"
            + " availability too.",
        "$.services[2].reliability: A reliability figure of 100% never fails, so it has no MTTF;"
            + " give the availability alone.",
        "$.services[3]: Service 'd' depends on 'zz', which is not in the topology.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      boolean availability | {"availability": true}  | $.services[0].reliability.availability: expected a number such as 0.9995 or a percentage such as "99.95%" (line 1, column 100).
      null availability    | {"availability": null}  | $.services[0].reliability.availability: expected a number such as 0.9995 or a percentage such as "99.95%", not null.
      number as duration   | {"mttf": 30}            | $.services[0].reliability.mttf: expected a string (line 1, column 92).
      unknown field        | {"mtbf": "30d"}         | $.services[0].reliability.mtbf: unknown field 'mtbf'; expected one of availability, mttf, mttr.
      list as figure       | ["99%"]                 | $.services[0].reliability: expected an object (line 1, column 83).
      """)
  void read_badShape_saysWhatAndWhere(String label, String reliability, String message) {
    assertThatThrownBy(() -> TopologyJson.read(document(reliability)))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessage(message);
  }

  @Test
  void read_reliabilityInFormatOne_refused() {
    assertThatThrownBy(() -> TopologyJson.read("{\"services\": [{\"name\": \"a\", \"severity\":"
        + " \"LOW\", \"reliability\": {\"availability\": 0.9}}]}"))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessage("$.services[0].reliability: The field 'reliability' belongs to format 2, but"
            + " the document is read as format 1: it declares no \"formatVersion\"; add"
            + " \"formatVersion\": 2 as its first field.");
  }
}
