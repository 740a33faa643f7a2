package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReliabilityTest {

  private static final String AVAILABILITY_HINT = "write a percentage such as 99.95% or a"
      + " fraction such as 0.9995.";
  private static final String DURATION_HINT = "write numbers each followed by a unit (ms, s, m,"
      + " h, d or w), largest first, such as 5m, 1h30m or 30d, or ISO-8601 such as PT5M.";
  private static final String FIGURE_HINT = "write an availability such as 99.95%, durations"
      + " such as mttf=30d mttr=5m, or an availability and one duration such as 99.9% mttr=10m.";
  private static final String RANGE = "An availability must lie in (0, 1] (as a percentage,"
      + " above 0% and at most 100%); ";

  /** The messages of the problems {@code action} is refused with, in order. */
  private static List<String> problems(Runnable action) {
    try {
      action.run();
    } catch (InvalidTopologyException e) {
      return e.problems().stream().map(Problem::message).collect(Collectors.toList());
    }
    throw new AssertionError("not refused");
  }

  // ---- the forms parse reads

  @Test
  void parse_percentage_isTheFraction() {
    Reliability r = Reliability.parse("99.95%");

    assertThat(r.availability()).hasValue(0.9995);
    assertThat(r.mttf()).isEmpty();
    assertThat(r.mttr()).isEmpty();
    assertThat(r).isEqualTo(Reliability.parse("0.9995")).isEqualTo(Reliability.of(0.9995));
  }

  @Test
  void parse_hundredPercent_neverFails() {
    Reliability r = Reliability.parse("100%");

    assertThat(r.figure()).isEqualTo(1.0);
    assertThat(r.unavailability()).isZero();
    assertThat(r.impliedMttf()).isEmpty();
    assertThat(r.impliedMttr()).isEmpty();
  }

  @Test
  void parse_mttfAndMttr_keepsBoth() {
    Reliability r = Reliability.parse("mttf=30d mttr=5m");

    assertThat(r.availability()).isEmpty();
    assertThat(r.mttf()).hasValue(Duration.ofDays(30));
    assertThat(r.mttr()).hasValue(Duration.ofMinutes(5));
    assertThat(r).isEqualTo(Reliability.of(Duration.ofDays(30), Duration.ofMinutes(5)));
  }

  @Test
  void parse_availabilityAndMttrWithComma_keepsBoth() {
    Reliability r = Reliability.parse("99.9%, mttr=10m");

    assertThat(r.availability()).hasValue(0.999);
    assertThat(r.mttr()).hasValue(Duration.ofMinutes(10));
    assertThat(r.mttf()).isEmpty();
  }

  @Test
  void parse_isoDurationsAnyCaseAndOrder_readTheSame() {
    assertThat(Reliability.parse(" MTTR=PT5M  mttf=P30D "))
        .isEqualTo(Reliability.parse("mttf=30d mttr=5m"));
  }

  @ParameterizedTest
  @CsvSource({
      "1h30m, PT1H30M", "2.5s, PT2.5S", "250ms, PT0.25S", "2w, P14D", "30d, P30D", "PT5M, PT5M",
      "P30D, P30D", "1w2d3h4m5s6ms, PT219H4M5.006S", "0.5ms, PT0.0005S", "1M, PT1M"})
  void parseDuration_eachForm_isTheDuration(String text, String iso) {
    assertThat(Reliability.parseDuration(text)).isEqualTo(Duration.parse(iso));
  }

  // ---- refusals, whole messages

  @ParameterizedTest
  @CsvSource({
      "0", "0%", "101%", "1.5", "-1", "-0.5%", "+100.0001%",
      "1000000000000000000000000000000000000000000000000000000000000%"})
  void parse_availabilityOutOfRange_saysTheRange(String text) {
    String quoted = "'" + text + "'";
    assertThat(problems(() -> Reliability.parse(text)))
        .containsExactly(RANGE + quoted + " does not.");
    assertThat(problems(() -> Reliability.parseAvailability(text)))
        .containsExactly(RANGE + quoted + " does not.");
  }

  @ParameterizedTest
  @CsvSource({"NaN", "abc", "99.9%%", "1e", "Infinity", "0x1p-3", "９９%"})
  void parse_notANumber_saysWhatToWrite(String text) {
    assertThat(problems(() -> Reliability.parse(text))).containsExactly("An availability of '"
        + text + "' is not a number; " + AVAILABILITY_HINT);
  }

  @Test
  void parseAvailability_tooSmallForADouble_isRefused() {
    assertThat(problems(() -> Reliability.parseAvailability("1e-400"))).containsExactly(
        "An availability of '1e-400' is above 0 but too small to be held as a double (the"
            + " smallest is 4.9E-324).");
  }

  @Test
  void parseAvailability_longerThan64Characters_isRefused() {
    String text = "0." + "9".repeat(63);

    assertThat(problems(() -> Reliability.parseAvailability(text))).containsExactly(
        "An availability of '" + text + "' is longer than 64 characters; " + AVAILABILITY_HINT);
  }

  @ParameterizedTest
  @CsvSource(value = {"''", "'   '", "' , '"}, emptyValue = "")
  void parse_blank_isMissing(String text) {
    assertThat(problems(() -> Reliability.parse(text))).containsExactly(
        text.contains(",") ? "A reliability figure needs an availability, or an MTTF and an MTTR."
            : "A reliability figure is blank; " + FIGURE_HINT);
  }

  @Test
  void parse_allThree_refusedAsContradictable() {
    InvalidTopologyException e = (InvalidTopologyException) org.assertj.core.api.Assertions
        .catchThrowable(() -> Reliability.parse("99.9% mttf=30d mttr=5m"));

    assertThat(e.problems()).extracting(Problem::kind)
        .containsExactly(Problem.Kind.INCONSISTENT_VALUE);
    assertThat(e.problems().get(0).message()).isEqualTo("A reliability figure has an"
        + " availability, an MTTF and an MTTR; give two of them (the third follows), so they"
        + " cannot disagree.");
  }

  @Test
  void parse_oneDurationAlone_asksForTheOther() {
    assertThat(problems(() -> Reliability.parse("mttf=30d"))).containsExactly(
        "A reliability figure has only an MTTF; give the MTTR or the availability too.");
    assertThat(problems(() -> Reliability.parse("mttr=5m"))).containsExactly(
        "A reliability figure has only an MTTR; give the MTTF or the availability too.");
  }

  @Test
  void parse_hundredPercentWithADuration_isRefused() {
    assertThat(problems(() -> Reliability.parse("100% mttr=5m"))).containsExactly(
        "A reliability figure of 100% never fails, so it has no MTTR; give the availability"
            + " alone.");
    assertThat(problems(() -> Reliability.parse("100% mttf=5d"))).containsExactly(
        "A reliability figure of 100% never fails, so it has no MTTF; give the availability"
            + " alone.");
  }

  @Test
  void parse_unknownKeyAndRepeatedPart_eachSaid() {
    assertThat(problems(() -> Reliability.parse("99.9% mtbf=5d 99% mttr=1m"))).containsExactly(
        "A reliability figure has the part 'mtbf=5d', which names neither mttf= nor mttr=; "
            + FIGURE_HINT,
        "A reliability figure gives an availability twice, in '99.9% mtbf=5d 99% mttr=1m'.");
  }

  @Test
  void parse_longerThan128Characters_isRefusedWithoutReadingIt() {
    String text = "9".repeat(129);

    assertThat(problems(() -> Reliability.parse(text))).hasSize(1).first().asString()
        .startsWith("A reliability figure of '999").endsWith("is longer than 128 characters; "
            + FIGURE_HINT);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "5x| uses the unit 'x', which is not one of [ms, s, m, h, d, w]",
      "5| has a number without a unit",
      "1s1m| repeats a unit or puts a smaller one first",
      "1m1m| repeats a unit or puts a smaller one first",
      "m| is not a number followed by a unit",
      "1h 30m| is not a number followed by a unit",
      "5µs| uses the unit 'µs', which is not one of [ms, s, m, h, d, w]",
      "P1Y| is not an ISO-8601 duration"})
  void parseDuration_unreadable_saysWhy(String text, String why) {
    assertThat(problems(() -> Reliability.parseDuration(text)))
        .containsExactly("A duration of '" + text + "' " + why + "; " + DURATION_HINT);
  }

  @ParameterizedTest
  @CsvSource({"0s", "0ms", "-5m", "PT0S", "-PT5M", "PT-5M", "0.0000001ms"})
  void parseDuration_notPositive_isRefused(String text) {
    assertThat(problems(() -> Reliability.parseDuration(text)))
        .containsExactly("A duration must be positive; '" + text + "' is not.");
  }

  @ParameterizedTest
  @CsvSource({"365251d", "52179w", "P365251D", "99999999999999999999999999999999999999d",
      "P9999999999999999D", "PT9999999999999999H"})
  void parseDuration_overAThousandYears_isRefused(String text) {
    assertThat(problems(() -> Reliability.parseDuration(text))).containsExactly("A duration of '"
        + text + "' is longer than a thousand years (365250d), the longest accepted.");
  }

  @Test
  void parseDuration_exactlyAThousandYears_isAccepted() {
    assertThat(Reliability.parseDuration("365250d")).isEqualTo(Reliability.LONGEST);
    assertThat(Reliability.parseDuration("52178w4d")).isEqualTo(Reliability.LONGEST);
  }

  @Test
  void parseDuration_longerThan64Characters_isRefused() {
    String text = "1" + "0".repeat(60) + "ms12";

    assertThat(problems(() -> Reliability.parseDuration(text))).containsExactly("A duration of '"
        + text + "' is longer than 64 characters; " + DURATION_HINT);
  }

  @Test
  void parse_severalBadParts_everyProblemAtOnce() {
    assertThat(problems(() -> Reliability.parse("101% mttf=0s mttr=-5m"))).containsExactly(
        RANGE + "'101%' does not.",
        "A duration must be positive; '0s' is not.",
        "A duration must be positive; '-5m' is not.",
        "A reliability figure has an availability, an MTTF and an MTTR; give two of them (the"
            + " third follows), so they cannot disagree.");
    assertThat(problems(() -> Reliability.parse("mttf=5x"))).containsExactly(
        "A duration of '5x' uses the unit 'x', which is not one of [ms, s, m, h, d, w]; "
            + DURATION_HINT,
        "A reliability figure has only an MTTF; give the MTTR or the availability too.");
  }

  @Test
  void builder_badValues_everyProblemAtOnce() {
    assertThat(problems(() -> Reliability.builder().availability(Double.NaN)
        .mttf(Duration.ofDays(-1)).mttr(Duration.ofDays(400_000)).build())).containsExactly(
            RANGE.replace("; ", "; ") + "NaN does not.",
            "An MTTF must be positive; -1d is not.",
            "An MTTR of 400000d is longer than a thousand years (365250d), the longest accepted.",
            "A reliability figure has an availability, an MTTF and an MTTR; give two of them (the"
                + " third follows), so they cannot disagree.");
    assertThat(problems(() -> Reliability.of(0.0))).containsExactly(RANGE + "0.0 does not.");
    assertThat(problems(() -> Reliability.builder().build())).containsExactly(
        "A reliability figure needs an availability, or an MTTF and an MTTR.");
  }

  @Test
  void staticMethods_null_refusedWithTheLibrarysException() {
    assertThat(problems(() -> Reliability.parse(null)))
        .containsExactly("A reliability figure has no text; it is required.");
    assertThat(problems(() -> Reliability.parseAvailability(null)))
        .containsExactly("An availability has no text; it is required.");
    assertThat(problems(() -> Reliability.parseDuration(null)))
        .containsExactly("A duration has no text; it is required.");
    assertThat(problems(() -> Reliability.format(null)))
        .containsExactly("A duration to write is null; give a duration.");
    assertThat(problems(() -> Reliability.of(null, null))).containsExactly(
        "A reliability figure has no MTTF; it is required.",
        "A reliability figure has no MTTR; it is required.");
    assertThat(problems(() -> Reliability.builder().mttf((Duration) null).build()))
        .containsExactly("A reliability figure needs an availability, or an MTTF and an MTTR.");
  }

  // ---- the derived figures, against formulas worked by hand

  @Test
  void figure_mttfAndMttr_isMttfOverTheSum() {
    // 30 days = 43,200 minutes: A = 43200 / (43200 + 5) = 0.999884272653628...,
    // 1 - A = 5 / 43205 = 1.15727346372...e-4.
    Reliability r = Reliability.parse("mttf=30d mttr=5m");

    assertThat(r.figure()).isCloseTo(0.999884272653628, within(1e-15));
    assertThat(r.unavailability()).isCloseTo(1.157273463719477e-4, within(1e-18));
    assertThat(r.impliedMttf()).hasValue(Duration.ofDays(30));
    assertThat(r.impliedMttr()).hasValue(Duration.ofMinutes(5));
  }

  @Test
  void impliedMttf_availabilityAndMttr_isMttrTimesAOverOneMinusA() {
    // MTTF = 10 min * 0.999 / 0.001 = 9,990 min = 6 d 22 h 30 min.
    Reliability r = Reliability.parse("99.9% mttr=10m");

    assertThat(r.impliedMttf().orElseThrow())
        .isBetween(Duration.parse("PT166H29M59.999S"), Duration.parse("PT166H30M0.001S"));
    assertThat(r.impliedMttr()).hasValue(Duration.ofMinutes(10));
    assertThat(r.figure()).isEqualTo(0.999);
  }

  @Test
  void impliedMttr_availabilityAndMttf_isMttfTimesOneMinusAOverA() {
    // MTTR = 43,200 min * 0.001 / 0.999 = 43.243243... min = 2,594.5945... s.
    Reliability r = Reliability.parse("99.9% mttf=30d");

    assertThat(r.impliedMttr().orElseThrow().toNanos() / 1e9)
        .isCloseTo(2594.594594594, within(1e-6));
    assertThat(r.impliedMttf()).hasValue(Duration.ofDays(30));
  }

  @Test
  void impliedDurations_extremeFigures_stayBetweenANanosecondAndAThousandLongest() {
    Reliability tiny = Reliability.builder().availability(1e-300).mttr(Duration.ofMillis(1))
        .build();
    Reliability huge = Reliability.builder().availability(0.999999999999)
        .mttr(Reliability.LONGEST).build();

    assertThat(tiny.impliedMttf()).hasValue(Duration.ofNanos(1));
    assertThat(huge.impliedMttf()).hasValue(Reliability.LONGEST.multipliedBy(1000));
    assertThat(Reliability.builder().availability(1e-300).mttf(Duration.ofMillis(1)).build()
        .impliedMttr()).hasValue(Reliability.LONGEST.multipliedBy(1000));
  }

  @Test
  void unavailability_closeToOne_keepsItsDigits() {
    double u = Reliability.parse("99.9999%").unavailability();

    assertThat(Math.abs(u - 1e-6) / 1e-6).isLessThan(1e-12);
    assertThat(Reliability.of(0.9999).unavailability()).isEqualTo(1e-4);
    assertThat(Reliability.parse("99.999999999%").unavailability()).isEqualTo(1e-11);
  }

  @Test
  void unavailability_hundredThousandServicesAtFourNines_doesNotUnderflow() {
    // ln A = 100,000 * ln(1 - 1e-4) = -10.000500033335834 (series -n(u + u²/2 + u³/3 ...)).
    double u = Reliability.of(0.9999).unavailability();

    assertThat(100_000 * Math.log1p(-u)).isCloseTo(-10.000500033335834, within(1e-12));
  }

  // ---- writing

  @ParameterizedTest
  @CsvSource({"PT1H30M, 1h30m", "P14D, 14d", "PT0.25S, 250ms", "PT0S, 0s", "PT-5M, -5m",
      "PT0.0005S, PT0.0005S", "P30DT0.001S, 30d1ms", "PT61S, 1m1s"})
  void format_duration_largestUnitFirst(String iso, String text) {
    assertThat(Reliability.format(Duration.parse(iso))).isEqualTo(text);
  }

  @Test
  void format_extremeDurations_noArithmeticOverflow() {
    Duration most = Duration.ofSeconds(Long.MAX_VALUE, 999_000_000);
    Duration least = Duration.ofSeconds(Long.MIN_VALUE);

    assertThat(Reliability.format(most)).isEqualTo("106751991167300d15h30m7s999ms");
    assertThat(Reliability.format(least)).isEqualTo("-106751991167300d15h30m8s");
  }

  @Test
  void toString_readsBackAsTheSameFigure() {
    assertThat(Reliability.parse("99.9% mttr=10m")).hasToString("99.9% mttr=10m");
    assertThat(Reliability.parse("mttf=30d mttr=5m")).hasToString("mttf=30d mttr=5m");
    assertThat(Reliability.of(1e-300)).hasToString("1E-298%");
    assertThat(Reliability.parse(Reliability.of(Double.MIN_VALUE).toString()))
        .isEqualTo(Reliability.of(Double.MIN_VALUE));
    assertThat(Optional.of(Reliability.parse("1E-298%"))).hasValue(Reliability.of(1e-300));
  }
}
