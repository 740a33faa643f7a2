package dev.topology.graph.startup;

import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.internal.NameList;
import dev.topology.graph.internal.StartupOrder;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How the services of one installation start: a total order, the parallel waves, and the
 * external services the plan takes as given.
 *
 * <ul>
 *   <li>{@link #order()}: every service that this installation starts, wave by wave, and by
 *       name within a wave: the concatenation of {@link #waves()}. Each service comes after
 *       everything it needs to start, since everything it needs is in an earlier wave. The same
 *       topology always gives the same order.
 *   <li>{@link #waves()}: wave 0 holds the services that need nothing started by this
 *       installation; wave {@code k} the services whose longest chain of startup dependencies
 *       has {@code k} edges (longest-path layering). All services of a wave can start together
 *       once the earlier waves are up, and no service could be placed in an earlier wave. Only
 *       startup dependencies count: a startup gate is no edge.
 *   <li>{@link #externalPrerequisites()}: services run outside the installation ({@link
 *       dev.topology.api.Service#external()}); they are not started, and a dependency on one is
 *       satisfied before wave 0.
 * </ul>
 *
 * <pre>
 *   web --&gt; api --&gt; db      ("a --&gt; b": a needs b to start)
 *             |
 *             +----&gt; logs    wave 0: db, logs   wave 1: api   wave 2: web
 * </pre>
 *
 * <p>Immutable and thread-safe; lists are unmodifiable. Building the plan costs O(V + E) once
 * per graph; reading it costs nothing more.
 */
public final class StartupPlan {
  private final GraphIndex g;
  private final StartupOrder startup;
  private final List<String> order;
  private final List<List<String>> waves;
  private final List<String> externals;

  static {
    Access.startups(new Access.Startups() {
      @Override
      public StartupPlan plan(GraphIndex g, StartupOrder startup) {
        return new StartupPlan(g, startup);
      }

      @Override
      public StartupSchedule schedule(GraphIndex g, StartupOrder startup, StartupPlan plan,
          Duration[] durations) {
        return new StartupSchedule(g, startup, plan, durations);
      }

      @Override
      public StartupCycleException cycles(List<StartupCycle> cycles) {
        return new StartupCycleException(cycles);
      }
    });
  }

  private StartupPlan(GraphIndex g, StartupOrder startup) {
    this.g = g;
    this.startup = startup;
    this.order = startup.waves.orderNames(g);
    this.waves = startup.waves.names(g);
    this.externals = new NameList(g, startup.byRank, 0, g.externalCount());
  }

  /**
   * Returns the services to start, wave by wave and by name within a wave: the concatenation of
   * {@link #waves()}. Each comes after every service it needs to start.
   *
   * @return an unmodifiable list of canonical names; external services are not in it
   */
  public List<String> order() {
    return order;
  }

  /**
   * Returns the parallel waves: the longest-path layers of the startup dependencies, each
   * sorted by name.
   *
   * @return an unmodifiable list of unmodifiable, non-empty lists of canonical names
   */
  public List<List<String>> waves() {
    return waves;
  }

  /**
   * Returns the wave a service starts in.
   *
   * <p>Cost: O(1), a hash lookup of the name.
   *
   * @param service any name of a service of this installation
   * @return its wave (0 for the first), or empty if the service is external and not started
   * @throws dev.topology.api.NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or the service is absent in this
   *     deployment
   */
  public OptionalInt waveOf(String service) {
    return startup.waves.waveOf(g.indexOf(service, "waveOf"));
  }

  /**
   * Returns the services run outside this installation: not started, and up before wave 0.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> externalPrerequisites() {
    return externals;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StartupPlan that && order.equals(that.order)
        && waves.equals(that.waves) && externals.equals(that.externals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(order, externals);
  }

  /**
   * Returns the plan wave by wave, for people; long waves are cut after a dozen names.
   *
   * @return several lines
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("StartupPlan[")
        .append(order.size()).append(order.size() == 1 ? " service" : " services")
        .append(" in ").append(waves.size()).append(waves.size() == 1 ? " wave" : " waves");
    int shown = Math.min(waves.size(), Messages.NAMES_SHOWN);
    for (int k = 0; k < shown; k++) {
      text.append("\n  wave ").append(k).append(": ").append(Messages.list(waves.get(k)));
    }
    if (shown < waves.size()) {
      text.append("\n  ... and ").append(waves.size() - shown).append(" more waves");
    }
    text.append("\n  external: ")
        .append(externals.isEmpty() ? "none" : Messages.list(externals)).append(']');
    return text.toString();
  }
}
