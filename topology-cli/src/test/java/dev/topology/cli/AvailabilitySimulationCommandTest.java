package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code availability --simulate} on {@link Cli#SMALL}. At runtime:
 *
 * <pre>
 *   web (LOW) -> api (MEDIUM) -> db (HIGH)      migrate is one-shot: it counts for nothing
 *                            -> logs (LOW)
 * </pre>
 *
 * <p>With every service at {@code 99% mttr=1h} (MTTF 99 h): db and logs 0.99, api 0.99^3 =
 * 0.970299, web 0.99^4 = 0.96059601; the system without HIGH failures is db alone (0.99), the
 * one without MEDIUM or HIGH failures is api and db (0.970299). Ten years of 365.25 days are
 * 315,576,000,000 ms.
 */
class AvailabilitySimulationCommandTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String FIGURE = "99% mttr=1h";

  /** The exact figures worked by hand above. */
  private static final List<String> NAMES = List.of("api", "db", "logs", "web");
  private static final double[] EXACT = {0.970299, 0.99, 0.99, 0.96059601};

  /** The exact figures as percentages, by row: the systems are db, and api with db. */
  private static final Map<String, Double> EXACT_PERCENT = Map.of("web", 96.059601,
      "api", 97.0299, "db", 99.0, "logs", 99.0, "no HIGH failure", 99.0,
      "no MEDIUM or HIGH failure", 97.0299);

  /** A row of the simulation's tables: name, estimate, interval, exact, downtime, spread. */
  private static final Pattern ROW = Pattern.compile("^(\\S+(?: \\S+)*?)\\s{2,}([0-9.]+)%\\s+"
      + "([0-9.]+)% - ([0-9.]+)%\\s+([0-9.]+)%\\s+(\\S+)\\s+(\\S+)$", Pattern.MULTILINE);

  @TempDir
  Path dir;

  private String file;

  @BeforeEach
  void writeTopology() {
    file = Cli.write(dir, "small.json", Cli.SMALL).toString();
  }

  private String answer(String... args) {
    return AnalysesOnFileTest.answerOn(file, args);
  }

  private JsonNode json(String... args) {
    String[] withJson = new String[args.length + 1];
    System.arraycopy(args, 0, withJson, 0, args.length);
    withJson[args.length] = "--json";
    return MAPPER.readTree(answer(withJson));
  }

  @Test
  void table_everyServiceAndSystem_estimateInsideItsIntervalBesideTheExactFigure() {
    String[] asked = {"availability", "--default", FIGURE, "--simulate", "--years", "10",
        "--seed", "7"};
    String text = answer(asked);
    JsonNode simulation = json(asked).get("simulation");

    String part = text.substring(text.indexOf("\nSimulation of "));
    assertThat(part).startsWith("\nSimulation of 10 years, seed 7: "
        + String.format(java.util.Locale.ROOT, "%,d", simulation.get("events").asLong())
        + " events\nWithout start durations, each simulated figure estimates the exact one"
        + " beside it.\nSERVICE  SIMULATED  95% INTERVAL");
    List<String> rows = new ArrayList<>();
    Matcher row = ROW.matcher(part);
    while (row.find()) {
      rows.add(row.group(1));
      double estimate = Double.parseDouble(row.group(2)) / 100;
      double lower = Double.parseDouble(row.group(3)) / 100;
      double upper = Double.parseDouble(row.group(4)) / 100;
      // The printed figures are the JSON's, rounded to the decimals printed.
      double unit = BigDecimal.ONE.movePointLeft(2 + decimals(row.group(2))).doubleValue();
      JsonNode figures = figures(simulation, row.group(1));
      assertThat(estimate).isCloseTo(figures.get("availability").asDouble(), within(unit));
      assertThat(lower).isCloseTo(figures.get("lower").asDouble(), within(unit));
      assertThat(upper).isCloseTo(figures.get("upper").asDouble(), within(unit));
      assertThat(lower).isLessThanOrEqualTo(estimate).isLessThan(upper);
      // The exact figure beside, to at least as many decimals as the simulated one.
      assertThat(decimals(row.group(5))).isGreaterThanOrEqualTo(decimals(row.group(2)));
      assertThat(Double.parseDouble(row.group(5))).as(row.group(1)).isCloseTo(
          EXACT_PERCENT.get(row.group(1)), within(0.5001 * Math.pow(10, -decimals(row.group(5)))));
    }
    // The services in the exact table's order, weakest first (ties by name), then the systems.
    assertThat(rows).containsExactly("web", "api", "db", "logs", "no HIGH failure",
        "no MEDIUM or HIGH failure");
  }

  private static int decimals(String number) {
    int dot = number.indexOf('.');
    return dot < 0 ? 0 : number.length() - dot - 1;
  }

  private static JsonNode figures(JsonNode simulation, String row) {
    String threshold = row.equals("no HIGH failure") ? "HIGH"
        : row.equals("no MEDIUM or HIGH failure") ? "MEDIUM" : null;
    for (JsonNode node : simulation.get(threshold == null ? "services" : "systems")) {
      if (node.get(threshold == null ? "name" : "threshold").asString()
          .equals(threshold == null ? row : threshold)) {
        return node;
      }
    }
    throw new AssertionError("no figures for " + row);
  }

  @Test
  void seed_sameSeedSameAnswer_otherSeedOtherDraws() {
    String[] asked = {"availability", "--default", FIGURE, "--simulate", "--years", "5",
        "--seed", "42"};
    String first = answer(asked);

    assertThat(answer(asked)).isEqualTo(first);
    assertThat(json(asked)).isEqualTo(json(asked));
    asked[asked.length - 1] = "43";
    assertThat(answer(asked)).isNotEqualTo(first);
  }

  @Test
  void noTimeScale_exitTwoNamingEveryServiceWithoutOneAndHowToGiveIt() {
    Cli.Result result = Cli.run("availability", "--topology", file, "--default", "99%",
        "--figure", "db=99%,mttr=1h", "--simulate");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    // db has an MTTR; api, logs and web have the default's availability alone.
    assertThat(result.err()).startsWith("topology: A simulation draws times to failure and to"
        + " repair, but 3 services have an availability alone, without a time scale: api, logs,"
        + " web.").contains("--default '99.9% mttr=10m'").doesNotContain("SimulationOptions")
        .endsWith(".\n");
  }

  @Test
  void json_theRunAndEveryCountedService() {
    JsonNode json = json("availability", "--default", FIGURE, "--simulate", "--years", "10",
        "--seed", "7");
    JsonNode simulation = json.get("simulation");

    assertThat(simulation.get("seed").asLong()).isEqualTo(7);
    assertThat(simulation.get("horizonMillis").asLong()).isEqualTo(315_576_000_000L);
    assertThat(simulation.get("simulatedMillis").asLong()).isEqualTo(315_576_000_000L);
    assertThat(simulation.get("end").asString()).isEqualTo("HORIZON");
    assertThat(simulation.get("stoppedEarly").asBoolean()).isFalse();
    assertThat(simulation.get("confidence").asDouble()).isEqualTo(0.95);
    List<String> names = new ArrayList<>();
    simulation.get("services").forEach(row -> names.add(row.get("name").asString()));
    assertThat(names).isEqualTo(NAMES);
    List<String> thresholds = new ArrayList<>();
    simulation.get("systems").forEach(row -> thresholds.add(row.get("threshold").asString()));
    assertThat(thresholds).containsExactly("HIGH", "MEDIUM", "LOW");
    // Without --simulate there is none.
    assertThat(json("availability", "--default", FIGURE).get("simulation").isNull()).isTrue();
  }

  @Test
  void maxEvents_stopsEarlyAndSaysSo() {
    String[] asked = {"availability", "--default", FIGURE, "--simulate", "--max-events", "50"};
    JsonNode simulation = json(asked).get("simulation");

    assertThat(simulation.get("events").asLong()).isEqualTo(50);
    assertThat(simulation.get("end").asString()).isEqualTo("EVENT_BOUND");
    assertThat(answer(asked)).contains(" of 1,000 years, seed 1: stopped early at --max-events"
        + " 50\n");
  }

  /**
   * Without start durations, the simulation estimates the exact figures: at 95%, an interval
   * misses its exact figure about once in 20. Over five seeds and six figures (30 intervals), at
   * most 6 may miss (far in the tail of the misses expected, 1.5), and none by more than its
   * half-width again: twice the half-width is past the 99.9% quantile of Student's t with 29
   * degrees of freedom (3.66 against 2.05 at 95%).
   */
  @Test
  void zeroStartDurations_exactFiguresWithinTheIntervals() {
    int misses = 0;
    for (int seed = 1; seed <= 5; seed++) {
      JsonNode json = json("availability", "--default", FIGURE, "--simulate", "--years", "20",
          "--seed", String.valueOf(seed));
      JsonNode simulation = json.get("simulation");
      for (int i = 0; i < NAMES.size(); i++) {
        misses += miss(simulation.get("services").get(i), EXACT[i]);
      }
      misses += miss(simulation.get("systems").get(0), 0.99);
      misses += miss(simulation.get("systems").get(1), 0.970299);
      // The steady state of the same answer says the same as the hand.
      assertThat(json.get("steadyState").get("services").get(3).get("availability").asDouble())
          .isCloseTo(EXACT[3], within(1e-12));
    }
    assertThat(misses).isLessThanOrEqualTo(6);
  }

  private static int miss(JsonNode figures, double exact) {
    double estimate = figures.get("availability").asDouble();
    double lower = figures.get("lower").asDouble();
    double upper = figures.get("upper").asDouble();
    assertThat(upper - lower).isPositive();
    assertThat(exact).isBetween(2 * lower - estimate, 2 * upper - estimate);
    return exact >= lower && exact <= upper ? 0 : 1;
  }

  @Test
  void startDurations_simulatedBelowTheExactFigure_theCostOfRestarts() {
    // Every dependent restarts for an hour after what it requires comes back: api after each
    // outage of db or logs (2 in 100 h), some 2% more down; web after each of api's (3 in
    // 100 h), some 3% more again: about 91% against the exact 96.06%.
    JsonNode json = json("availability", "--default", FIGURE, "--start-default", "1h",
        "--simulate", "--years", "20");
    JsonNode web = json.get("simulation").get("services").get(3);

    assertThat(web.get("name").asString()).isEqualTo("web");
    assertThat(web.get("upper").asDouble()).isLessThan(EXACT[3]);
    assertThat(answer("availability", "--default", FIGURE, "--start-default", "1h",
        "--simulate", "--years", "1")).contains("\nWith start durations: the exact figure less"
            + " the simulated one is the cost of restarts.\n");
  }
}
