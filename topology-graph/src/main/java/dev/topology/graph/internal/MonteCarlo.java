package dev.topology.graph.internal;

import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * The kernel of the availability simulation: services that fail and get repaired at random,
 * and what their failures take down, over simulated time.
 *
 * <p>Each node that can fail alternates between working and failed, its times to failure and to
 * repair drawn from exponential distributions of the given means. The unit of "up" is a
 * component of the {@link dev.topology.graph.startup.Phase#RUNTIME} failure graph (a service,
 * or the services of a runtime cycle, which stand and fall together): it is <em>ready</em> when
 * every member works and every component whose failure takes it down directly is up, and
 * <em>up</em> when ready and its restart, if it owes one, is done. A component owes a restart
 * from the moment something it requires goes down until it is next up; once ready again it
 * waits its start duration (zero for those that do not wait), and a loss of readiness during the
 * wait cancels it, so that the wait starts over. A component that only waited for the repair of
 * its own member, its requirements up all along, is up at once: a repair includes its start.
 *
 * <p>State per component: how many members are failed and how many components it requires are
 * not up. A failure or repair updates only what it reaches, along the condensed failure graph
 * with an explicit stack (no recursion), so an event costs what its effect touches. Events come
 * from an {@link EventQueue} with one slot per node (its next failure or repair) and one per
 * component (the end of its restart). All random draws come from one {@link SplittableRandom}
 * in event order, and events are ordered by time and then by scheduling order, so the run is a
 * function of its seed, the same on any JVM. Not thread-safe: one per run.
 */
public final class MonteCarlo {
  /** The run covered the whole simulated time. */
  public static final int COMPLETED = 0;
  /** The run stopped at the bound on events. */
  public static final int EVENT_BOUND = 1;
  /** The run stopped because the caller cancelled it. */
  public static final int CANCELLED = 2;
  /** How many events pass between two calls of the cancellation check. */
  public static final int CHECK_EVERY = 4096;
  /** A 30-day month in seconds. */
  public static final double MONTH_SECONDS = 30 * 86_400.0;
  /** The severity levels the system accounts cover: LOW, MEDIUM, HIGH. */
  private static final int LEVELS = 3;

  private final FailureGraph f;
  private final Csr down;
  private final int n;
  private final int comps;
  private final double[] mttf;
  private final double[] mttr;
  private final double[] start;
  private final int[] level;
  private final boolean[] working;
  private final int[] broken;
  private final int[] needsDown;
  private final boolean[] up;
  private final boolean[] owes;
  private final long[] failures;
  private final long[] restarts;
  private final long[] outages;
  private final int[] systemDown = new int[LEVELS];
  private final long[] systemOutages = new long[LEVELS];
  private final int[] stack;
  private final EventQueue queue;
  private DowntimeTally tally;
  private double now;
  private long events;
  private double end;
  private int reason = COMPLETED;

  /**
   * Prepares a run over the runtime failure graph.
   *
   * @param f the runtime failure graph
   * @param mttf per node, the mean time to failure in seconds; infinite for a node that never
   *     fails (not counted, or at availability 1)
   * @param mttr per node, the mean time to repair in seconds
   * @param startSeconds per node, how long it waits for its restart; zero where it does not
   * @param severity per node, the ordinal of its severity, or -1 when it is not counted
   */
  public MonteCarlo(FailureGraph f, double[] mttf, double[] mttr, double[] startSeconds,
      int[] severity) {
    this.f = f;
    this.down = f.down;
    this.n = f.g.size();
    this.comps = f.compCount;
    this.mttf = mttf;
    this.mttr = mttr;
    this.start = new double[comps];
    this.level = new int[comps];
    java.util.Arrays.fill(level, -1);
    for (int v = 0; v < n; v++) {
      int c = f.comp[v];
      // The members of a cycle restart together: the slowest sets the component's wait.
      start[c] = Math.max(start[c], startSeconds[v]);
      level[c] = Math.max(level[c], severity[v]);
    }
    this.working = new boolean[n];
    java.util.Arrays.fill(working, true);
    this.broken = new int[comps];
    this.needsDown = new int[comps];
    this.up = new boolean[comps];
    java.util.Arrays.fill(up, true);
    this.owes = new boolean[comps];
    this.failures = new long[n];
    this.restarts = new long[comps];
    this.outages = new long[comps];
    this.stack = new int[comps];
    this.queue = new EventQueue(n + comps);
  }

  /**
   * Runs from time zero, everything up, until the horizon, the bound on events or a
   * cancellation, whichever comes first. Call once.
   *
   * @param seed the seed of the random draws
   * @param horizon the simulated time in seconds, positive
   * @param maxEvents the most events to process, at least 1
   * @param batches into how many equal periods the horizon is cut for the interval
   * @param cancelled asked every {@link #CHECK_EVERY} events; true stops the run
   */
  public void run(long seed, double horizon, long maxEvents, int batches,
      BooleanSupplier cancelled) {
    SplittableRandom random = new SplittableRandom(seed);
    tally = new DowntimeTally(comps + LEVELS, horizon / batches, MONTH_SECONDS);
    for (int v = 0; v < n; v++) {
      if (mttf[v] < Double.POSITIVE_INFINITY) {
        queue.schedule(v, draw(random, mttf[v]));
      }
    }
    while (!queue.isEmpty()) {
      int slot = queue.first();
      double t = queue.time(slot);
      if (t > horizon) {
        break;
      }
      if (events == maxEvents) {
        reason = EVENT_BOUND;
        break;
      }
      now = t;
      events++;
      if (slot < n) {
        nodeEvent(slot, random);
      } else {
        queue.cancel(slot);
        restarts[slot - n]++;
        goUp(slot - n);
      }
      if (events % CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
        reason = CANCELLED;
        break;
      }
    }
    end = reason == COMPLETED ? horizon : now;
    tally.finish(end);
  }

  /**
   * An exponential draw of mean {@code mean}: never negative, never NaN. {@link StrictMath}'s
   * logarithm gives the same bits on every JVM, as the answer must.
   */
  private static double draw(SplittableRandom random, double mean) {
    return -mean * StrictMath.log(1.0 - random.nextDouble());
  }

  private void nodeEvent(int v, SplittableRandom random) {
    int c = f.comp[v];
    if (working[v]) {
      working[v] = false;
      failures[v]++;
      queue.schedule(v, now + draw(random, mttr[v]));
      if (broken[c]++ == 0 && needsDown[c] == 0) {
        loseReadiness(c);
      }
    } else {
      working[v] = true;
      queue.schedule(v, now + draw(random, mttf[v]));
      if (--broken[c] == 0 && needsDown[c] == 0) {
        becomeReady(c);
      }
    }
  }

  private void loseReadiness(int c) {
    if (up[c]) {
      goDown(c);
    } else {
      queue.cancel(n + c);
    }
  }

  private void becomeReady(int c) {
    if (owes[c] && start[c] > 0) {
      queue.schedule(n + c, now + start[c]);
    } else {
      goUp(c);
    }
  }

  /** Takes {@code first} down and, transitively, every up component that requires it. */
  private void goDown(int first) {
    int top = 0;
    stack[top++] = first;
    while (top > 0) {
      int c = stack[--top];
      up[c] = false;
      outages[c]++;
      tally.down(c, now);
      system(c, true);
      for (int i = down.start(c); i < down.end(c); i++) {
        int d = down.target(i);
        if (needsDown[d]++ == 0) {
          owes[d] = true;
          if (up[d]) {
            stack[top++] = d;
          } else {
            queue.cancel(n + d);
          }
        }
      }
    }
  }

  /** Brings {@code first} up and, transitively, what becomes ready without a restart. */
  private void goUp(int first) {
    int top = 0;
    stack[top++] = first;
    while (top > 0) {
      int c = stack[--top];
      up[c] = true;
      owes[c] = false;
      tally.up(c, now);
      system(c, false);
      for (int i = down.start(c); i < down.end(c); i++) {
        int d = down.target(i);
        if (--needsDown[d] == 0 && broken[d] == 0) {
          if (owes[d] && start[d] > 0) {
            queue.schedule(n + d, now + start[d]);
          } else {
            stack[top++] = d;
          }
        }
      }
    }
  }

  private void system(int c, boolean goesDown) {
    for (int l = 0; l <= level[c]; l++) {
      if (goesDown) {
        if (systemDown[l]++ == 0) {
          systemOutages[l]++;
          tally.down(comps + l, now);
        }
      } else if (--systemDown[l] == 0) {
        tally.up(comps + l, now);
      }
    }
  }

  /** How many events the run processed. */
  public long events() {
    return events;
  }

  /** The simulated time the run covered, in seconds. */
  public double end() {
    return end;
  }

  /** Why the run ended: {@link #COMPLETED}, {@link #EVENT_BOUND} or {@link #CANCELLED}. */
  public int reason() {
    return reason;
  }

  /** The account of node {@code v}: its component's. */
  public int account(int v) {
    return f.comp[v];
  }

  /** The account of the system at severity level {@code level} or worse. */
  public int systemAccount(int level) {
    return comps + level;
  }

  /** How many times node {@code v} failed. */
  public long failures(int v) {
    return failures[v];
  }

  /** How many restarts the component of node {@code v} completed. */
  public long restarts(int v) {
    return restarts[f.comp[v]];
  }

  /** How many times the account went down. */
  public long outages(int account) {
    return account < comps ? outages[account] : systemOutages[account - comps];
  }

  /** The account's share of the simulated time spent down. */
  public double unavailability(int account) {
    return end > 0 ? Math.min(1.0, tally.total(account) / end) : 0.0;
  }

  /** How many batches ended within the simulated time. */
  public long completeBatches() {
    return tally.batches().complete();
  }

  /** The sample variance of the account's unavailability over the complete batches. */
  public double batchVariance(int account) {
    return tally.batches().variance(account);
  }

  /** How many 30-day months ended within the simulated time. */
  public long completeMonths() {
    return tally.months().complete();
  }

  /** The sample variance of the account's downtime fraction over the complete months. */
  public double monthVariance(int account) {
    return tally.months().variance(account);
  }
}
