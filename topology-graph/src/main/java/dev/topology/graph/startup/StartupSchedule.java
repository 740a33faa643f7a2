package dev.topology.graph.startup;

import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.internal.StartupOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link StartupPlan} with start durations: when each service can start and be ready at the
 * earliest, the total time, and the critical chain.
 *
 * <ul>
 *   <li>A service starts once every service it needs to start is ready, and is ready its own
 *       start duration later: {@code ready(s) = max(ready(d) for d needed by s) + duration(s)},
 *       with an empty maximum of zero. External services are ready at zero, whatever duration
 *       they are given; a service given no duration takes none.
 *   <li>{@link #totalDuration()}: when the last service is ready.
 *   <li>{@link #criticalChain()}: a chain of startup dependencies, first to last, along which
 *       no service could be ready any sooner; shortening any service off it does not shorten
 *       the total. It ends at the service ready last and steps back, each time, to a needed
 *       service whose readiness it waited for; ties go to the later wave, then by name.
 * </ul>
 *
 * <p>Immutable and thread-safe. Computing it costs O(V + E) plus O(k log k) to check {@code k}
 * durations.
 */
public final class StartupSchedule {
  private final GraphIndex g;
  private final StartupPlan plan;
  private final int[] order;
  private final Duration[] start;
  private final Duration[] ready;
  private final Duration total;
  private final List<String> criticalChain;

  StartupSchedule(GraphIndex g, StartupOrder startup, StartupPlan plan, Duration[] durations) {
    this.g = g;
    this.plan = plan;
    this.order = startup.order;
    int n = g.size();
    this.start = new Duration[n];
    this.ready = new Duration[n];
    for (int v = 0; v < n; v++) {
      start[v] = Duration.ZERO;
      ready[v] = Duration.ZERO;
    }
    try {
      for (int v : startup.order) {
        for (int i = g.needs.start(v); i < g.needs.end(v); i++) {
          Duration needed = ready[g.needs.target(i)];
          if (needed.compareTo(start[v]) > 0) {
            start[v] = needed;
          }
        }
        ready[v] = start[v].plus(durations[v]);
      }
    } catch (ArithmeticException overflow) {
      throw new InvalidQueryException(Messages.durationsOverflow());
    }
    int last = -1;
    for (int v : startup.order) {
      if (last < 0 || later(startup, v, last)) {
        last = v;
      }
    }
    this.total = last < 0 ? Duration.ZERO : ready[last];
    this.criticalChain = chainTo(startup, last);
  }

  /** Whether {@code v} is ready after {@code w}, or as late and in a later wave or by name. */
  private boolean later(StartupOrder startup, int v, int w) {
    int byTime = ready[v].compareTo(ready[w]);
    if (byTime != 0) {
      return byTime > 0;
    }
    return startup.wave[v] != startup.wave[w] ? startup.wave[v] > startup.wave[w] : v < w;
  }

  private List<String> chainTo(StartupOrder startup, int last) {
    List<String> chain = new ArrayList<>();
    for (int v = last; v >= 0; ) {
      chain.add(g.name(v));
      int waitedFor = -1;
      for (int i = g.needs.start(v); i < g.needs.end(v); i++) {
        int d = g.needs.target(i);
        if (!g.external(d) && ready[d].equals(start[v])
            && (waitedFor < 0 || startup.wave[d] > startup.wave[waitedFor])) {
          waitedFor = d;
        }
      }
      v = waitedFor;
    }
    Collections.reverse(chain);
    return List.copyOf(chain);
  }

  /**
   * Returns the plan the schedule times.
   *
   * @return the startup plan
   */
  public StartupPlan plan() {
    return plan;
  }

  /**
   * Returns when the last service is ready, counted from the start of wave 0.
   *
   * @return zero or positive
   */
  public Duration totalDuration() {
    return total;
  }

  /**
   * Returns the critical chain, first service to last: each needs the one before to start, and
   * none of them could be ready sooner.
   *
   * @return an unmodifiable list of canonical names; empty if nothing is started
   */
  public List<String> criticalChain() {
    return criticalChain;
  }

  /**
   * Returns the earliest time a service can start: when all it needs to start is ready.
   *
   * @param service any name of a service of this installation
   * @return zero or positive; zero for an external service
   * @throws dev.topology.api.NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or the service is absent in this
   *     deployment
   */
  public Duration startAt(String service) {
    return start[g.indexOf(service, "startAt")];
  }

  /**
   * Returns the earliest time a service can be ready: its start plus its start duration.
   *
   * @param service any name of a service of this installation
   * @return zero or positive; zero for an external service
   * @throws dev.topology.api.NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or the service is absent in this
   *     deployment
   */
  public Duration readyAt(String service) {
    return ready[g.indexOf(service, "readyAt")];
  }

  /**
   * Returns the earliest ready time of every started service, in startup order.
   *
   * <p>Cost: O(V) per call.
   *
   * @return an unmodifiable map from canonical name to ready time, iterating in {@link
   *     StartupPlan#order()}
   */
  public Map<String, Duration> readyTimes() {
    Map<String, Duration> times = new LinkedHashMap<>();
    for (int v : order) {
      times.put(g.name(v), ready[v]);
    }
    return Collections.unmodifiableMap(times);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StartupSchedule that && plan.equals(that.plan)
        && readyTimes().equals(that.readyTimes()) && criticalChain.equals(that.criticalChain);
  }

  @Override
  public int hashCode() {
    return Objects.hash(plan, criticalChain);
  }

  /**
   * Returns the total time and the critical chain with each ready time, for people.
   *
   * @return one line per service of the critical chain
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("StartupSchedule[total ").append(total)
        .append(", critical chain of ").append(criticalChain.size())
        .append(criticalChain.size() == 1 ? " service" : " services");
    int shown = Math.min(criticalChain.size(), Messages.NAMES_SHOWN);
    for (int i = 0; i < shown; i++) {
      String name = criticalChain.get(i);
      text.append("\n  ").append(name).append(": ready at ").append(readyAt(name));
    }
    if (shown < criticalChain.size()) {
      text.append("\n  ... and ").append(criticalChain.size() - shown).append(" more");
    }
    return text.append(']').toString();
  }
}
