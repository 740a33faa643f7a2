package dev.topology.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What must restart after one or several services restart while the system runs, and in which
 * waves.
 *
 * <ul>
 *   <li>{@link #order()}: the services of this installation that the restart puts at risk: the
 *       affected services of the {@link Phase#RUNTIME} {@link #impact()} of the restarted ones,
 *       that is, the long-running services that need them, to start or while running, directly
 *       or not. One-shot tasks (migrators) and startup-only services (a startup gate) are
 *       never among them: they did their work at startup and a restart does not redo it. They
 *       come wave by wave (of {@link #waves()}), by name within a wave, as {@link
 *       StartupPlan#order()} does.
 *   <li>{@link #waves()}: once the restarted services are back, wave 0 holds the services of the
 *       plan that need no other service of the plan to start, directly or through services
 *       outside it (a one-shot task, a restarted service); wave {@code k}, those that need that
 *       way a service of wave {@code k - 1} and none of a later wave. Counting chains through
 *       any service keeps the waves the same for a topology and for the same one without a
 *       dependency that another chain implies. Runtime interactions do not order restarts, as
 *       they do not order startup.
 *   <li>{@link #externalDependents()}: services run outside the installation that the restart
 *       puts at risk; the installation does not restart them, their operators may.
 * </ul>
 *
 * <pre>
 *   db restarts: wave 0 api, poller (talks to api while running)
 *                wave 1 the services that need api to start
 *                wave 2 web (needs one of those)
 * </pre>
 *
 * <p>Immutable and thread-safe; lists are unmodifiable. Building a plan costs O(V + E).
 */
public final class RestartPlan {
  private final GraphIndex g;
  private final Impact impact;
  private final List<String> order;
  private final int[] wave;
  private final List<List<String>> waves;
  private final List<String> externals;

  RestartPlan(GraphIndex g, StartupOrder startup, Impact impact) {
    this.g = g;
    this.impact = impact;
    int n = g.size();
    this.wave = new int[n];
    Arrays.fill(wave, -1);
    // Per service, 1 + the latest wave of a planned service it needs, directly or not: 0 if none.
    int[] carried = new int[n];
    int count = 0;
    int waveCount = 0;
    for (int v : startup.order) {
      int layer = 0;
      for (int i = g.needs.start(v); i < g.needs.end(v); i++) {
        layer = Math.max(layer, carried[g.needs.target(i)]);
      }
      if (!impact.affects(v)) {
        carried[v] = layer;
        continue;
      }
      wave[v] = layer;
      carried[v] = layer + 1;
      waveCount = Math.max(waveCount, layer + 1);
      count++;
    }
    int[][] byWave = layers(waveCount);
    int[] ordered = new int[count];
    int k = 0;
    List<List<String>> layers = new ArrayList<>(waveCount);
    for (int[] nodes : byWave) {
      layers.add(new NameList(g, nodes));
      System.arraycopy(nodes, 0, ordered, k, nodes.length);
      k += nodes.length;
    }
    this.order = new NameList(g, ordered);
    this.waves = List.copyOf(layers);
    this.externals = externals(startup);
  }

  /** The planned nodes of each wave, ascending (by name): a counting sort by wave. */
  private int[][] layers(int waveCount) {
    int[] sizes = new int[waveCount];
    for (int v = 0; v < wave.length; v++) {
      if (wave[v] >= 0) {
        sizes[wave[v]]++;
      }
    }
    int[][] byWave = new int[waveCount][];
    for (int k = 0; k < waveCount; k++) {
      byWave[k] = new int[sizes[k]];
    }
    int[] next = new int[waveCount];
    for (int v = 0; v < wave.length; v++) {
      if (wave[v] >= 0) {
        byWave[wave[v]][next[wave[v]]++] = v;
      }
    }
    return byWave;
  }

  private List<String> externals(StartupOrder startup) {
    int[] found = new int[g.externalCount()];
    int k = 0;
    for (int i = 0; i < g.externalCount(); i++) {
      int v = startup.byRank[i];
      if (impact.affects(v)) {
        found[k++] = v;
      }
    }
    return new NameList(g, Arrays.copyOf(found, k));
  }

  /**
   * Returns the restarted services, each once.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> restarted() {
    return impact.failed();
  }

  /**
   * Returns the services that must restart after the restarted ones, in startup order: wave by
   * wave of {@link #waves()}, by name within a wave, so each comes after every service of the
   * plan it needs to start.
   *
   * @return an unmodifiable list of canonical names; empty if the restart puts nothing at risk
   */
  public List<String> order() {
    return order;
  }

  /**
   * Returns the waves the services of {@link #order()} can restart in, each sorted by name.
   *
   * @return an unmodifiable list of unmodifiable, non-empty lists of canonical names
   */
  public List<List<String>> waves() {
    return waves;
  }

  /**
   * Returns the wave a service restarts in.
   *
   * <p>Cost: O(log V) to resolve the name.
   *
   * @param service any name of a service of this installation
   * @return its wave, or empty if it need not restart (or is external)
   * @throws dev.topology.api.NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or the service is absent in this
   *     deployment
   */
  public OptionalInt waveOf(String service) {
    int v = g.indexOf(service, "waveOf");
    return wave[v] < 0 ? OptionalInt.empty() : OptionalInt.of(wave[v]);
  }

  /**
   * Returns the services run outside this installation that the restart puts at risk.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> externalDependents() {
    return externals;
  }

  /**
   * Returns the runtime impact the plan follows, with the path that explains why each service
   * must restart.
   *
   * @return the impact of the restarted services at {@link Phase#RUNTIME}
   */
  public Impact impact() {
    return impact;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RestartPlan that && restarted().equals(that.restarted())
        && waves.equals(that.waves) && order.equals(that.order)
        && externals.equals(that.externals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(restarted(), order);
  }

  /**
   * Returns the plan wave by wave, for people; long lists are cut after a dozen.
   *
   * @return several lines
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RestartPlan[after ")
        .append(Messages.list(restarted())).append(": ").append(order.size())
        .append(order.size() == 1 ? " service" : " services").append(" in ")
        .append(waves.size()).append(waves.size() == 1 ? " wave" : " waves");
    int shown = Math.min(waves.size(), Messages.NAMES_SHOWN);
    for (int k = 0; k < shown; k++) {
      text.append("\n  wave ").append(k).append(": ").append(Messages.list(waves.get(k)));
    }
    if (shown < waves.size()) {
      text.append("\n  ... and ").append(waves.size() - shown).append(" more waves");
    }
    if (!externals.isEmpty()) {
      text.append("\n  external, at risk: ").append(Messages.list(externals));
    }
    return text.append(']').toString();
  }
}
