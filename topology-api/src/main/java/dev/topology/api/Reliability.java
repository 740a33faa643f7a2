package dev.topology.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How often a service fails and how long it takes to repair: a steady-state availability, a mean
 * time to failure (MTTF) and a mean time to repair (MTTR), any two of which give the third.
 *
 * <p>A figure is given one of four ways:
 *
 * <ul>
 *   <li>an availability alone ({@code 99.95%}): enough for steady-state answers, not for recovery
 *       times or a simulation, which need a time scale;
 *   <li>MTTF and MTTR ({@code 30d} and {@code 5m}): the availability is MTTF / (MTTF + MTTR);
 *   <li>an availability and MTTR, or an availability and MTTF: the other duration follows.
 * </ul>
 *
 * <p>All three at once are refused: they could contradict each other. An availability lies in
 * (0, 1]; 1 means the service never fails, which only an availability can say. Durations are
 * positive and at most {@link #LONGEST} (a thousand years).
 *
 * <pre>
 *   Reliability.of(0.9995)                                   // 99.95%
 *   Reliability.parse("99.95%")                              // the same
 *   Reliability.of(Duration.ofDays(30), Duration.ofMinutes(5))
 *   Reliability.parse("mttf=30d mttr=5m")                    // the same
 *   Reliability.parse("99.9% mttr=10m")
 * </pre>
 *
 * <p>Immutable; built with {@link #of(double)}, {@link #of(Duration, Duration)}, {@link
 * #parse(String)} or {@link #builder()}.
 */
@Value.Immutable
public abstract class Reliability {
  /** The longest MTTF or MTTR accepted: a thousand years of 365.25 days. */
  public static final Duration LONGEST = Duration.ofDays(365_250);

  Reliability() {}

  /**
   * Returns the steady-state availability given, if one was.
   *
   * @return a figure in (0, 1], or empty if the figure was given as MTTF and MTTR
   */
  public abstract OptionalDouble availability();

  /**
   * Returns the mean time to failure given, if one was.
   *
   * @return a positive duration, or empty
   */
  public abstract Optional<Duration> mttf();

  /**
   * Returns the mean time to repair given, if one was.
   *
   * @return a positive duration, or empty
   */
  public abstract Optional<Duration> mttr();

  /**
   * Checks the values.
   *
   * @throws InvalidTopologyException listing every problem: a figure outside (0, 1], a duration
   *     not positive or longer than {@link #LONGEST}, a combination that is not one of the four
   */
  @Value.Check
  protected void check() {
    Validation check = new Validation("A reliability figure");
    OptionalDouble availability = availability();
    if (availability.isPresent()) {
      double a = availability.getAsDouble();
      if (!(a > 0 && a <= 1)) {
        check.add(Problem.Kind.INVALID_VALUE, "An availability must lie in (0, 1] (as a"
            + " percentage, above 0% and at most 100%); " + a + " does not.");
      }
    }
    mttf().ifPresent(d -> checkDuration(check, "MTTF", d));
    mttr().ifPresent(d -> checkDuration(check, "MTTR", d));
    String combination = combinationProblem(availability.isPresent(), mttf().isPresent(),
        mttr().isPresent());
    if (combination != null) {
      check.add(combinationKind(availability.isPresent(), mttf().isPresent(),
          mttr().isPresent()), combination);
    } else if (availability.isPresent() && availability.getAsDouble() == 1
        && (mttf().isPresent() || mttr().isPresent())) {
      check.add(Problem.Kind.INCONSISTENT_VALUE, "A reliability figure of 100% never fails, so it"
          + " has no " + (mttf().isPresent() ? "MTTF" : "MTTR") + "; give the availability alone.");
    }
    check.throwIfAny();
  }

  private static void checkDuration(Validation check, String field, Duration d) {
    if (d.isNegative() || d.isZero()) {
      check.add(Problem.Kind.INVALID_VALUE, "An " + field + " must be positive; "
          + format(d) + " is not.");
    } else if (d.compareTo(LONGEST) > 0) {
      check.add(Problem.Kind.INVALID_VALUE, "An " + field + " of " + format(d) + " is longer"
          + " than a thousand years (" + format(LONGEST) + "), the longest accepted.");
    }
  }

  /**
   * Reports the problem of a combination of fields, or nothing when it is one of the four forms.
   * The parser uses it too, so that a figure whose parts do not read still hears about a missing
   * part.
   */
  static String combinationProblem(boolean availability, boolean mttf, boolean mttr) {
    int given = (availability ? 1 : 0) + (mttf ? 1 : 0) + (mttr ? 1 : 0);
    if (given == 0) {
      return "A reliability figure needs an availability, or an MTTF and an MTTR.";
    } else if (given == 3) {
      return "A reliability figure has an availability, an MTTF and an MTTR; give two of them"
          + " (the third follows), so they cannot disagree.";
    } else if (given == 1 && !availability) {
      return "A reliability figure has only an " + (mttf ? "MTTF" : "MTTR") + "; give the "
          + (mttf ? "MTTR" : "MTTF") + " or the availability too.";
    }
    return null;
  }

  static Problem.Kind combinationKind(boolean availability, boolean mttf, boolean mttr) {
    return availability && mttf && mttr ? Problem.Kind.INCONSISTENT_VALUE
        : Problem.Kind.MISSING_VALUE;
  }

  /**
   * Returns the steady-state availability: the one given, or MTTF / (MTTF + MTTR).
   *
   * @return a figure in (0, 1]
   */
  public double figure() {
    if (availability().isPresent()) {
      return availability().getAsDouble();
    }
    double f = seconds(mttf().orElseThrow());
    double r = seconds(mttr().orElseThrow());
    return f / (f + r);
  }

  /**
   * Returns the steady-state unavailability, 1 minus {@link #figure()}, computed so that a figure
   * close to 1 keeps its precision: MTTR / (MTTF + MTTR) when the durations are given; when an
   * availability is given, 1 minus the decimal that the availability's {@code double} stands for
   * (the shortest decimal that reads back as it, {@link Double#toString(double)}), in exact
   * decimal arithmetic, so that 99.9999% gives 1e-6 to the last digit rather than the
   * 1.00000000287e-6 of a subtraction in {@code double}. Computed once and kept.
   *
   * @return a figure in [0, 1); 1 only by rounding, for a figure within about 1e-16 of 0
   */
  @Value.Lazy
  public double unavailability() {
    if (availability().isPresent()) {
      return BigDecimal.ONE.subtract(new BigDecimal(Double.toString(
          availability().getAsDouble()))).doubleValue();
    }
    double f = seconds(mttf().orElseThrow());
    double r = seconds(mttr().orElseThrow());
    return r / (f + r);
  }

  /**
   * Returns the mean time to failure, given or implied by the availability and the MTTR: MTTR
   * times A / (1 - A). An implied duration is kept between a nanosecond and a thousand times
   * {@link #LONGEST}.
   *
   * @return the MTTF; empty when only an availability was given
   */
  public Optional<Duration> impliedMttf() {
    if (mttf().isPresent() || mttr().isEmpty()) {
      return mttf();
    }
    return Optional.of(ofSeconds(seconds(mttr().get()) * figure() / unavailability()));
  }

  /**
   * Returns the mean time to repair, given or implied by the availability and the MTTF: MTTF
   * times (1 - A) / A. An implied duration is kept between a nanosecond and a thousand times
   * {@link #LONGEST}.
   *
   * @return the MTTR; empty when only an availability was given
   */
  public Optional<Duration> impliedMttr() {
    if (mttr().isPresent() || mttf().isEmpty()) {
      return mttr();
    }
    return Optional.of(ofSeconds(seconds(mttf().get()) * unavailability() / figure()));
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  private static Duration ofSeconds(double seconds) {
    double capped = Math.max(1e-9, Math.min(seconds, LONGEST.getSeconds() * 1000.0));
    long whole = (long) Math.floor(capped);
    return Duration.ofSeconds(whole, Math.max(whole == 0 ? 1 : 0,
        Math.round((capped - whole) * 1e9)));
  }

  /**
   * Returns the figure of an availability.
   *
   * @param availability a figure in (0, 1]
   * @return the figure
   * @throws InvalidTopologyException if the availability is outside (0, 1] or not a number
   */
  public static Reliability of(double availability) {
    return builder().availability(availability).build();
  }

  /**
   * Returns the figure of a mean time to failure and a mean time to repair.
   *
   * @param mttf the mean time to failure, positive
   * @param mttr the mean time to repair, positive
   * @return the figure
   * @throws InvalidTopologyException if a duration is missing, not positive or too long
   */
  public static Reliability of(Duration mttf, Duration mttr) {
    Validation check = new Validation("A reliability figure");
    check.required("MTTF", mttf);
    check.required("MTTR", mttr);
    check.throwIfAny();
    return builder().mttf(mttf).mttr(mttr).build();
  }

  /**
   * Reads a figure from text: an availability, {@code mttf=} and {@code mttr=} durations, or an
   * availability and one duration, separated by white space or commas; at most 128 characters.
   *
   * <pre>
   *   "99.95%"   "0.9995"   "mttf=30d mttr=5m"   "99.9%, mttr=10m"
   * </pre>
   *
   * @param text the figure as text
   * @return the figure
   * @throws InvalidTopologyException listing every part that does not read, and a combination
   *     that is not one of the four forms
   */
  public static Reliability parse(String text) {
    return ReliabilityText.parse(text);
  }

  /**
   * Reads an availability: a percentage ({@code 99.95%}) or a fraction ({@code 0.9995}), in (0,
   * 1], at most 64 characters; an exponent ({@code 1E-5%}) is read too. Decimal digits are read
   * exactly, so {@code 99.99%} is the {@code double} closest to 0.9999, not a rounding of a
   * rounding.
   *
   * @param text the availability as text
   * @return the figure, in (0, 1]
   * @throws InvalidTopologyException if the text is not a number, or the figure is outside (0, 1]
   */
  public static double parseAvailability(String text) {
    return ReliabilityText.parseAvailability(text);
  }

  /**
   * Reads a duration: one or more numbers each followed by a unit, largest unit first, as
   * Compose writes durations ({@code 1m30s}, {@code 2.5s}) with days and weeks added ({@code
   * 30d}, {@code 2w}); or ISO-8601 ({@code PT5M}, {@code P30D}). Units: {@code ms}, {@code s},
   * {@code m}, {@code h}, {@code d}, {@code w} (a week is 7 days, a day 24 hours). At most 64
   * characters.
   *
   * @param text the duration as text
   * @return the duration, positive and at most {@link #LONGEST}
   * @throws InvalidTopologyException if the text does not read, names an unknown unit, is not
   *     positive or is longer than {@link #LONGEST}
   */
  public static Duration parseDuration(String text) {
    return ReliabilityText.parseDuration(text);
  }

  /**
   * Writes a duration in the form {@link #parseDuration(String)} reads, largest unit first
   * ({@code 30d}, {@code 1h30m}, {@code 250ms}; weeks are written as days); {@code 0s} for zero.
   * A duration with a part finer than a millisecond is written in ISO-8601 ({@code PT0.0005S}),
   * which {@link #parseDuration(String)} reads too. Negative durations are written with a
   * leading minus.
   *
   * @param duration the duration
   * @return the text
   * @throws InvalidTopologyException if the duration is null
   */
  public static String format(Duration duration) {
    return ReliabilityText.format(duration);
  }

  /**
   * Returns a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this figure's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Reliability}. */
  public static final class Builder extends ImmutableReliability.Builder {
    Builder() {}
  }

  /**
   * Returns the figure as {@link #parse(String)} reads it, such as {@code 99.95% mttr=5m}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return ReliabilityText.toText(this);
  }
}
