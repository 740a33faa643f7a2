package dev.topology.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes {@link Reliability} figures and their durations as text. */
final class ReliabilityText {
  /** The longest figure read, in characters. */
  static final int LONGEST_FIGURE = 128;

  /** The longest availability or duration read, in characters. */
  static final int LONGEST_PART = 64;

  /** The units a duration may be written in, shortest first. */
  private static final List<String> UNITS = List.of("ms", "s", "m", "h", "d", "w");

  private static final long[] UNIT_MILLIS = {1L, 1_000L, 60_000L, 3_600_000L, 86_400_000L,
      604_800_000L};

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]{1,4})?");

  private static final Pattern AMOUNT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)([a-zA-Zµ]*)");

  private static final String FIGURE_HINT = "write an availability such as 99.95%, durations"
      + " such as mttf=30d mttr=5m, or an availability and one duration such as 99.9% mttr=10m.";

  private static final String AVAILABILITY_HINT = "write a percentage such as 99.95% or a"
      + " fraction such as 0.9995.";

  private static final String DURATION_HINT = "write numbers each followed by a unit (ms, s, m,"
      + " h, d or w), largest first, such as 5m, 1h30m or 30d, or ISO-8601 such as PT5M.";

  private static final BigInteger MILLION = BigInteger.valueOf(1_000_000);

  private ReliabilityText() {}

  static Reliability parse(String text) {
    Validation check = new Validation("A reliability figure");
    if (!check.required("text", text)) {
      check.throwIfAny();
    }
    String t = text.strip();
    Reliability.Builder builder = Reliability.builder();
    if (t.isEmpty()) {
      check.add(Problem.Kind.MISSING_VALUE, "A reliability figure is blank; " + FIGURE_HINT);
    } else if (t.length() > LONGEST_FIGURE) {
      check.add(Problem.Kind.INVALID_VALUE, "A reliability figure of " + Names.quote(t)
          + " is longer than " + LONGEST_FIGURE + " characters; " + FIGURE_HINT);
    } else {
      boolean[] seen = new boolean[3];
      for (String part : t.split("[\\s,]+")) {
        if (!part.isEmpty()) {
          readPart(part, t, seen, builder, check);
        }
      }
      if (!check.problems().isEmpty()) {
        String combination = Reliability.combinationProblem(seen[0], seen[1], seen[2]);
        if (combination != null) {
          check.add(Reliability.combinationKind(seen[0], seen[1], seen[2]), combination);
        }
      }
    }
    check.throwIfAny();
    return builder.build();
  }

  private static void readPart(String part, String text, boolean[] seen,
      Reliability.Builder builder, Validation check) {
    int eq = part.indexOf('=');
    String key = eq < 0 ? "" : part.substring(0, eq).toLowerCase(Locale.ROOT);
    int field = eq < 0 ? 0 : key.equals("mttf") ? 1 : key.equals("mttr") ? 2 : -1;
    if (field < 0) {
      check.add(Problem.Kind.INVALID_VALUE, "A reliability figure has the part "
          + Names.quote(part) + ", which names neither mttf= nor mttr=; " + FIGURE_HINT);
      return;
    }
    if (seen[field]) {
      check.add(Problem.Kind.INCONSISTENT_VALUE, "A reliability figure gives "
          + (field == 0 ? "an availability" : field == 1 ? "the MTTF" : "the MTTR")
          + " twice, in " + Names.quote(text) + ".");
      return;
    }
    seen[field] = true;
    try {
      if (field == 0) {
        builder.availability(parseAvailability(part));
      } else if (field == 1) {
        builder.mttf(parseDuration(part.substring(eq + 1)));
      } else {
        builder.mttr(parseDuration(part.substring(eq + 1)));
      }
    } catch (InvalidTopologyException e) {
      e.problems().forEach(p -> check.add(p.kind(), p.message()));
    }
  }

  static double parseAvailability(String text) {
    Validation check = new Validation("An availability");
    if (!check.required("text", text)) {
      check.throwIfAny();
    }
    String number = text.strip();
    boolean percent = number.endsWith("%");
    if (percent) {
      number = number.substring(0, number.length() - 1).strip();
    }
    double figure = 0;
    if (text.strip().length() > LONGEST_PART) {
      check.add(Problem.Kind.INVALID_VALUE, "An availability of " + Names.quote(text.strip())
          + " is longer than " + LONGEST_PART + " characters; " + AVAILABILITY_HINT);
    } else if (!NUMBER.matcher(number).matches()) {
      check.add(Problem.Kind.INVALID_VALUE, "An availability of " + Names.quote(text.strip())
          + " is not a number; " + AVAILABILITY_HINT);
    } else {
      BigDecimal value = new BigDecimal(number);
      if (percent) {
        value = value.movePointLeft(2);
      }
      figure = value.doubleValue();
      if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
        check.add(Problem.Kind.INVALID_VALUE, outOfRange(text.strip()));
      } else if (figure == 0) {
        check.add(Problem.Kind.INVALID_VALUE, "An availability of " + Names.quote(text.strip())
            + " is above 0 but too small to be held as a double (the smallest is "
            + Double.MIN_VALUE + ").");
      }
    }
    check.throwIfAny();
    return figure;
  }

  static String outOfRange(String figure) {
    return "An availability must lie in (0, 1] (as a percentage, above 0% and at most 100%); "
        + Names.quote(figure) + " does not.";
  }

  static Duration parseDuration(String text) {
    Validation check = new Validation("A duration");
    if (!check.required("text", text)) {
      check.throwIfAny();
    }
    String t = text.strip();
    Duration d = null;
    String why = null;
    boolean tooLong = false;
    if (t.length() > LONGEST_PART) {
      why = "is longer than " + LONGEST_PART + " characters";
    } else if (t.isEmpty()) {
      why = "is empty";
    } else if (t.matches("[-+]?[pP].*")) {
      try {
        d = Duration.parse(t);
      } catch (DateTimeParseException e) {
        tooLong = e.getCause() instanceof ArithmeticException;
        why = "is not an ISO-8601 duration";
      }
    } else {
      boolean negative = t.startsWith("-");
      String amounts = negative ? t.substring(1) : t;
      BigDecimal millis = BigDecimal.ZERO;
      Matcher m = AMOUNT.matcher(amounts);
      int at = 0;
      int lastUnit = UNITS.size();
      while (why == null && at < amounts.length()) {
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
      if (why == null && at == 0) {
        why = "is not a number followed by a unit";
      }
      if (why == null) {
        d = ofMillis(millis, negative);
      }
    }
    if (tooLong || d != null && d.compareTo(Reliability.LONGEST) > 0) {
      check.add(Problem.Kind.INVALID_VALUE, "A duration of " + Names.quote(t) + " is longer"
          + " than a thousand years (" + format(Reliability.LONGEST) + "), the longest accepted.");
    } else if (why != null) {
      check.add(Problem.Kind.INVALID_VALUE, "A duration of " + Names.quote(t) + " " + why
          + "; " + DURATION_HINT);
    } else if (d.isNegative() || d.isZero()) {
      check.add(Problem.Kind.INVALID_VALUE, "A duration must be positive; " + Names.quote(t)
          + " is not.");
    }
    check.throwIfAny();
    return d;
  }

  /** Builds a duration from milliseconds, or one a day past the longest when it is longer. */
  private static Duration ofMillis(BigDecimal millis, boolean negative) {
    if (millis.compareTo(BigDecimal.valueOf(Reliability.LONGEST.toMillis())) > 0) {
      return Reliability.LONGEST.plusDays(1);
    }
    BigDecimal[] seconds = millis.divideAndRemainder(BigDecimal.valueOf(1000));
    long nanos = seconds[1].movePointRight(6).setScale(0, RoundingMode.DOWN).longValueExact();
    Duration d = Duration.ofSeconds(seconds[0].longValueExact(), nanos);
    return negative ? d.negated() : d;
  }

  static String format(Duration duration) {
    if (duration == null) {
      throw new InvalidTopologyException(List.of(Problem.of(Problem.Kind.MISSING_VALUE,
          "A duration to write is null; give a duration.")));
    }
    BigInteger nanos = BigInteger.valueOf(duration.getSeconds()).multiply(
        BigInteger.valueOf(1_000_000_000)).add(BigInteger.valueOf(duration.getNano()));
    if (nanos.signum() == 0) {
      return "0s";
    }
    if (nanos.mod(MILLION).signum() != 0) {
      return duration.toString();
    }
    BigInteger millis = nanos.abs().divide(MILLION);
    StringBuilder text = new StringBuilder(nanos.signum() < 0 ? "-" : "");
    for (int unit = UNITS.size() - 2; unit >= 0; unit--) {
      BigInteger[] split = millis.divideAndRemainder(BigInteger.valueOf(UNIT_MILLIS[unit]));
      if (split[0].signum() > 0) {
        text.append(split[0]).append(UNITS.get(unit));
      }
      millis = split[1];
    }
    return text.toString();
  }

  static String toText(Reliability r) {
    StringBuilder text = new StringBuilder();
    r.availability().ifPresent(a -> {
      BigDecimal percent = new BigDecimal(Double.toString(a)).movePointRight(2)
          .stripTrailingZeros();
      text.append(percent.scale() > 24 ? percent.toString() : percent.toPlainString())
          .append('%');
    });
    r.mttf().ifPresent(d -> text.append(text.length() == 0 ? "" : " ").append("mttf=")
        .append(format(d)));
    r.mttr().ifPresent(d -> text.append(text.length() == 0 ? "" : " ").append("mttr=")
        .append(format(d)));
    return text.toString();
  }
}
