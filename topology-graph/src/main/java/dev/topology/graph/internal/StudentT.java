package dev.topology.graph.internal;

/**
 * Quantiles of Student's t distribution, for the confidence intervals of the simulation.
 *
 * <p>The distribution function comes from the regularized incomplete beta function, {@code
 * P(T <= t) = 1 - I_x(nu / 2, 1 / 2) / 2} with {@code x = nu / (nu + t^2)} for {@code t >= 0},
 * evaluated by its continued fraction (modified Lentz) with the log-gamma of Lanczos (g = 7, nine
 * terms); the quantile is found by bisection, which cannot diverge, to a relative 1e-12. {@link
 * StrictMath} throughout, so that an interval has the same bits on every JVM.
 */
public final class StudentT {
  private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851,
      -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
      -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};

  private StudentT() {}

  /**
   * The {@code p}-quantile of Student's t distribution with {@code dof} degrees of freedom.
   *
   * @param p a probability in (0.5, 1)
   * @param dof at least 1
   * @return the positive {@code t} with {@code P(T <= t) = p}
   */
  public static double quantile(double p, double dof) {
    double tail = 1 - p;
    double hi = 1;
    while (upperTail(hi, dof) > tail && hi < 1e300) {
      hi *= 2;
    }
    double lo = 0;
    for (int i = 0; i < 2000 && hi - lo > 1e-12 * hi; i++) {
      double mid = (lo + hi) / 2;
      if (upperTail(mid, dof) > tail) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** {@code P(T > t)} for {@code t >= 0}. */
  static double upperTail(double t, double dof) {
    double x = dof / (dof + t * t);
    return regularizedBeta(x, dof / 2, 0.5) / 2;
  }

  /** The regularized incomplete beta function {@code I_x(a, b)}. */
  static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front = StrictMath.exp(logGamma(a + b) - logGamma(a) - logGamma(b)
        + a * StrictMath.log(x) + b * StrictMath.log1p(-x));
    if (x < (a + 1) / (a + b + 2)) {
      return front * fraction(x, a, b) / a;
    }
    return 1 - front * fraction(1 - x, b, a) / b;
  }

  /** The continued fraction of the incomplete beta function, by the modified Lentz method. */
  private static double fraction(double x, double a, double b) {
    double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 10_000; m++) {
      int m2 = 2 * m;
      double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 + even * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + even / c;
      c = Math.abs(c) < tiny ? tiny : c;
      h *= d * c;
      double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 + odd * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + odd / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double step = d * c;
      h *= step;
      if (Math.abs(step - 1) < 1e-15) {
        break;
      }
    }
    return h;
  }

  /** The logarithm of the gamma function for {@code x >= 0.5}, all this class needs (Lanczos). */
  static double logGamma(double x) {
    double z = x - 1;
    double sum = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    return 0.5 * StrictMath.log(2 * Math.PI) + (z + 0.5) * StrictMath.log(t) - t
        + StrictMath.log(sum);
  }
}
