package dev.topology.graph.internal;

import java.util.Arrays;

/**
 * The downtime of a set of accounts (a component of the failure graph, or the system at some
 * severity) over simulated time: in total, and per period of two lengths (the batches of the
 * confidence interval and 30-day months), without storing a value per period.
 *
 * <p>Each account keeps the period it is in and its downtime there; when its downtime moves on
 * to a later period, the finished period's unavailability (downtime over the period's length)
 * joins a running mean and sum of squared deviations (Welford's update, merged for a run of equal
 * values as Chan, Golub and LeVeque do), and so do the periods in between, all down or all up,
 * in one step. A long outage therefore costs O(1), not a step per month, and no sum grows with
 * the horizon. Only periods that end within the simulated time count; a last, partial one does
 * not. Not thread-safe: one per run.
 */
final class DowntimeTally {
  private final Periods batches;
  private final Periods months;
  private final double[] downSince;
  private final double[] total;

  DowntimeTally(int accounts, double batchSeconds, double monthSeconds) {
    this.batches = new Periods(accounts, batchSeconds);
    this.months = new Periods(accounts, monthSeconds);
    this.downSince = new double[accounts];
    this.total = new double[accounts];
    Arrays.fill(downSince, Double.NaN);
  }

  /** The account goes down at {@code t}. */
  void down(int account, double t) {
    downSince[account] = t;
  }

  /** The account comes back at {@code t}. */
  void up(int account, double t) {
    double since = downSince[account];
    downSince[account] = Double.NaN;
    total[account] += t - since;
    batches.add(account, since, t);
    months.add(account, since, t);
  }

  /** Closes every account at the end of the simulated time {@code end}. */
  void finish(double end) {
    for (int a = 0; a < total.length; a++) {
      if (!Double.isNaN(downSince[a])) {
        up(a, end);
      }
    }
    batches.finish(end);
    months.finish(end);
  }

  /** The account's downtime in seconds; after {@link #finish}. */
  double total(int account) {
    return total[account];
  }

  Periods batches() {
    return batches;
  }

  Periods months() {
    return months;
  }

  /** Per account, the unavailability of each period of one length, as count, mean and M2. */
  static final class Periods {
    private final double length;
    private final long[] current;
    private final double[] amount;
    private final long[] count;
    private final double[] mean;
    private final double[] m2;
    private long complete;

    Periods(int accounts, double length) {
      this.length = length;
      this.current = new long[accounts];
      this.amount = new double[accounts];
      this.count = new long[accounts];
      this.mean = new double[accounts];
      this.m2 = new double[accounts];
    }

    /** Adds the downtime from {@code from} to {@code to}, split at the periods' bounds. */
    void add(int a, double from, double to) {
      long first = index(from);
      long last = index(to);
      if (first == last) {
        into(a, first, to - from);
        return;
      }
      into(a, first, (first + 1) * length - from);
      // The periods strictly between are down all along: unavailability 1 each.
      moveTo(a, first + 1);
      merge(a, last - first - 1, 1.0);
      current[a] = last;
      into(a, last, to - last * length);
    }

    private long index(double t) {
      return (long) Math.floor(t / length);
    }

    private void into(int a, long period, double seconds) {
      moveTo(a, period);
      amount[a] += seconds;
    }

    /** Closes the account's current period and the empty ones up to {@code period}. */
    private void moveTo(int a, long period) {
      if (period == current[a]) {
        return;
      }
      merge(a, 1, Math.min(1.0, Math.max(0.0, amount[a] / length)));
      merge(a, period - current[a] - 1, 0.0);
      current[a] = period;
      amount[a] = 0;
    }

    /** Merges {@code k} periods of unavailability {@code x} into the account's figures. */
    private void merge(int a, long k, double x) {
      if (k <= 0) {
        return;
      }
      long n = count[a] + k;
      double delta = x - mean[a];
      mean[a] += delta * ((double) k / n);
      m2[a] += delta * delta * ((double) count[a] * k / n);
      count[a] = n;
    }

    /** Counts the periods that end by {@code end}: each account's figures cover them all. */
    void finish(double end) {
      long k = index(end);
      // The last bound may sit a rounding error above the end: the horizon ends a batch.
      complete = (k + 1) * length <= end * (1 + 1e-12) ? k + 1 : k;
      for (int a = 0; a < current.length; a++) {
        if (current[a] < complete) {
          moveTo(a, complete);
        }
      }
    }

    /** The length of a period in seconds. */
    double length() {
      return length;
    }

    /** How many periods ended within the simulated time. */
    long complete() {
      return complete;
    }

    /** The account's mean unavailability over the complete periods. */
    double mean(int a) {
      return mean[a];
    }

    /** The sample variance of the account's unavailability over the complete periods. */
    double variance(int a) {
      return complete < 2 ? Double.NaN : Math.max(0, m2[a] / (complete - 1));
    }
  }
}
