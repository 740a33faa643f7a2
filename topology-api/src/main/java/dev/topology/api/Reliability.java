package dev.topology.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
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

  /** The units a duration may be written in, shortest first. */
  private static final List<String> UNITS = List.of("ms", "s", "m", "h", "d", "w");

  private static final long[] UNIT_MILLIS = {1L, 1_000L, 60_000L, 3_600_000L, 86_400_000L,
      604_800_000L};

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
    int given = (availability.isPresent() ? 1 : 0) + (mttf().isPresent() ? 1 : 0)
        + (mttr().isPresent() ? 1 : 0);
    if (given == 0) {
      check.add(Problem.Kind.MISSING_VALUE, "A reliability figure needs an availability, or an"
          + " MTTF and an MTTR.");
    } else if (given == 3) {
      check.add(Problem.Kind.INCONSISTENT_VALUE, "A reliability figure has an availability, an"
          + " MTTF and an MTTR; give two of them (the third follows), so they cannot disagree.");
    } else if (given == 1 && availability.isEmpty()) {
      check.add(Problem.Kind.MISSING_VALUE, "A reliability figure has only an "
          + (mttf().isPresent() ? "MTTF" : "MTTR") + "; give the "
          + (mttf().isPresent() ? "MTTR" : "MTTF") + " or the availability too.");
    } else if (given == 2 && availability.isPresent() && availability.getAsDouble() == 1) {
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
   * Returns the steady-state availability: the one given, or MTTF / (MTTF + MTTR).
   *
   * @return a figure in (0, 1]
   */
  public double figure() {
    if (availability().isPresent()) {
      return availability().getAsDouble();
    }
    return 1 - unavailability();
  }

  /**
   * Returns the steady-state unavailability, 1 minus {@link #figure()}, computed so that a figure
   * close to 1 keeps its precision: MTTR / (MTTF + MTTR) when the durations are given.
   *
   * @return a figure in [0, 1)
   */
  public double unavailability() {
    if (availability().isPresent()) {
      return 1 - availability().getAsDouble();
    }
    double f = seconds(mttf().orElseThrow());
    double r = seconds(mttr().orElseThrow());
    return r / (f + r);
  }

  /**
   * Returns the mean time to failure, given or implied by the availability and the MTTR.
   *
   * @return the MTTF; empty when only an availability was given, or when the service never fails
   */
  public Optional<Duration> impliedMttf() {
    if (mttf().isPresent() || mttr().isEmpty()) {
      return mttf();
    }
    double a = availability().getAsDouble();
    return Optional.of(ofSeconds(seconds(mttr().get()) * a / (1 - a)));
  }

  /**
   * Returns the mean time to repair, given or implied by the availability and the MTTF.
   *
   * @return the MTTR; empty when only an availability was given
   */
  public Optional<Duration> impliedMttr() {
    if (mttr().isPresent() || mttf().isEmpty()) {
      return mttr();
    }
    double a = availability().getAsDouble();
    return Optional.of(ofSeconds(seconds(mttf().get()) * (1 - a) / a));
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  private static Duration ofSeconds(double seconds) {
    double capped = Math.min(seconds, LONGEST.getSeconds() * 1000.0);
    long whole = (long) Math.floor(capped);
    return Duration.ofSeconds(whole, Math.round((capped - whole) * 1e9));
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
   * availability and one duration, separated by white space or commas.
   *
   * <pre>
   *   "99.95%"   "0.9995"   "mttf=30d mttr=5m"   "99.9%, mttr=10m"
   * </pre>
   *
   * @param text the figure as text
   * @return the figure
   * @throws InvalidTopologyException listing every part that does not read, or a combination
   *     that {@link #check()} refuses
   */
  public static Reliability parse(String text) {
    Validation check = new Validation("A reliability figure");
    if (!check.required("text", text)) {
      check.throwIfAny();
    }
    Builder builder = builder();
    String[] parts = text.strip().split("[\\s,]+");
    if (text.isBlank()) {
      check.add(Problem.Kind.MISSING_VALUE, "A reliability figure is blank; write an"
          + " availability such as 99.95%, or durations such as mttf=30d mttr=5m.");
    } else {
      boolean[] seen = new boolean[3];
      for (String part : parts) {
        String lower = part.toLowerCase(Locale.ROOT);
        int field = lower.startsWith("mttf=") ? 1 : lower.startsWith("mttr=") ? 2 : 0;
        if (seen[field]) {
          check.add(Problem.Kind.INCONSISTENT_VALUE, "A reliability figure gives "
              + (field == 0 ? "an availability" : field == 1 ? "the MTTF" : "the MTTR")
              + " twice, in " + Names.quote(text) + ".");
          continue;
        }
        seen[field] = true;
        try {
          if (field == 0) {
            builder.availability(parseAvailability(part));
          } else if (field == 1) {
            builder.mttf(parseDuration(part.substring(5)));
          } else {
            builder.mttr(parseDuration(part.substring(5)));
          }
        } catch (InvalidTopologyException e) {
          e.problems().forEach(p -> check.add(p.kind(), p.message()));
        }
      }
    }
    check.throwIfAny();
    return builder.build();
  }

  /**
   * Reads an availability: a percentage ({@code 99.95%}) or a fraction ({@code 0.9995}), in (0,
   * 1]. Decimal digits are read exactly, so {@code 99.99%} is 0.9999, not a rounding of it.
   *
   * @param text the availability as text
   * @return the figure, in (0, 1]
   * @throws InvalidTopologyException if the text is not a number, or the figure is outside (0, 1]
   */
  public static double parseAvailability(String text) {
    Validation check = new Validation("An availability");
    if (!check.required("text", text)) {
      check.throwIfAny();
    }
    String number = text.strip();
    boolean percent = number.endsWith("%");
    if (percent) {
      number = number.substring(0, number.length() - 1).strip();
    }
    BigDecimal value = null;
    if (number.matches("[0-9]{1,20}(\\.[0-9]{1,40})?|\\.[0-9]{1,40}")) {
      value = new BigDecimal(number);
      if (percent) {
        value = value.movePointLeft(2);
      }
    }
    if (value == null) {
      check.add(Problem.Kind.INVALID_VALUE, "An availability of " + Names.quote(text)
          + " is not a number; write a percentage such as 99.95% or a fraction such as 0.9995.");
    } else if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
      check.add(Problem.Kind.INVALID_VALUE, "An availability must lie in (0, 1] (as a"
          + " percentage, above 0% and at most 100%); " + Names.quote(text) + " does not.");
    }
    check.throwIfAny();
    return value.doubleValue();
  }

  /**
   * Reads a duration: one or more numbers each followed by a unit, largest unit first, as
   * Compose writes durations ({@code 1m30s}, {@code 2.5s}) with days and weeks added ({@code
   * 30d}, {@code 2w}); or ISO-8601 ({@code PT5M}, {@code P30D}). Units: {@code ms}, {@code s},
   * {@code m}, {@code h}, {@code d}, {@code w}.
   *
   * @param text the duration as text
   * @return the duration, positive and at most {@link #LONGEST}
   * @throws InvalidTopologyException if the text does not read, names an unknown unit, is not
   *     positive or is longer than {@link #LONGEST}
   */
  public static Duration parseDuration(String text) {
    Validation check = new Validation("A duration");
    if (!check.required("text", text)) {
      check.throwIfAny();
    }
    String t = text.strip();
    Duration d = null;
    String why = null;
    if (t.length() > 64) {
      why = "is longer than 64 characters";
    } else if (t.startsWith("P") || t.startsWith("p") || t.startsWith("-P")) {
      try {
        d = Duration.parse(t);
      } catch (RuntimeException e) {
        why = "is not an ISO-8601 duration";
      }
    } else {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("([0-9]{1,12}(?:\\.[0-9]{1,9})?)([a-zA-Zµ]*)").matcher(t);
      BigDecimal millis = BigDecimal.ZERO;
      int at = 0;
      int lastUnit = UNITS.size();
      while (why == null && at < t.length()) {
        if (!m.find(at) || m.start() != at) {
          why = "is not a number followed by a unit";
          break;
        }
        int unit = UNITS.indexOf(m.group(2).toLowerCase(Locale.ROOT));
        if (m.group(2).isEmpty()) {
          why = "has a number without a unit";
        } else if (unit < 0) {
          why = "uses the unit " + Names.quote(m.group(2)) + ", which is not one of " + UNITS;
        } else if (unit >= lastUnit) {
          why = "repeats a unit or puts a smaller one first";
        } else {
          lastUnit = unit;
          millis = millis.add(new BigDecimal(m.group(1)).multiply(
              BigDecimal.valueOf(UNIT_MILLIS[unit])));
          at = m.end();
        }
      }
      if (why == null && t.isEmpty()) {
        why = "is empty";
      }
      if (why == null) {
        BigDecimal nanos = millis.movePointRight(6);
        d = nanos.compareTo(BigDecimal.valueOf(LONGEST.toNanos()).movePointRight(0)) > 0
            ? LONGEST.plusDays(1)
            : Duration.ofNanos(nanos.longValue());
      }
    }
    if (why != null) {
      check.add(Problem.Kind.INVALID_VALUE, "A duration of " + Names.quote(text) + " " + why
          + "; write one such as 5m, 1h30m, 30d or PT5M.");
    } else if (d.isNegative() || d.isZero()) {
      check.add(Problem.Kind.INVALID_VALUE, "A duration must be positive; " + Names.quote(text)
          + " is not.");
    } else if (d.compareTo(LONGEST) > 0) {
      check.add(Problem.Kind.INVALID_VALUE, "A duration of " + Names.quote(text) + " is longer"
          + " than a thousand years (" + format(LONGEST) + "), the longest accepted.");
    }
    check.throwIfAny();
    return d;
  }

  /**
   * Writes a duration in the form {@link #parseDuration(String)} reads, largest unit first
   * ({@code 30d}, {@code 1h30m}, {@code 250ms}); {@code 0s} for zero. Negative durations are
   * written with a leading minus.
   *
   * @param duration the duration
   * @return the text
   */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0s";
    }
    if (duration.isNegative()) {
      return "-" + format(duration.negated());
    }
    StringBuilder text = new StringBuilder();
    long millis = duration.toMillis();
    for (int unit = UNITS.size() - 1; unit >= 0; unit--) {
      long count = millis / UNIT_MILLIS[unit];
      if (count > 0) {
        text.append(count).append(UNITS.get(unit));
        millis -= count * UNIT_MILLIS[unit];
      }
    }
    int nanos = duration.getNano() % 1_000_000;
    if (nanos != 0 || text.length() == 0) {
      return duration.toString();
    }
    return text.toString();
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
    StringBuilder text = new StringBuilder();
    availability().ifPresent(a -> text.append(new BigDecimal(Double.toString(a)).movePointRight(2)
        .stripTrailingZeros().toPlainString()).append('%'));
    mttf().ifPresent(d -> text.append(text.length() == 0 ? "" : " ").append("mttf=")
        .append(format(d)));
    mttr().ifPresent(d -> text.append(text.length() == 0 ? "" : " ").append("mttr=")
        .append(format(d)));
    return text.toString();
  }
}
