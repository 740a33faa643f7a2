package dev.topology.graph.restart;

import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.Csr;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.internal.NameList;
import dev.topology.graph.internal.StartupOrder;
import dev.topology.graph.internal.Waves;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupPlan;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What must restart after one or several services restart while the system runs, and in which
 * waves.
 *
 * <p>The plan follows one of two {@linkplain #rule() rules}. When no dependency of the
 * installation declares that its owner {@linkplain dev.topology.api.Dependency#restartsWith()
 * restarts with its target}, the rule is {@link RestartRule#ALL_AT_RISK}: everything the restart
 * puts at risk restarts. When any does (Compose's {@code restart: true}), the rule is {@link
 * RestartRule#DECLARED}: the topology states which services restart with which, so only those
 * restart, and the others at risk are {@linkplain #toCheck() listed to check}.
 *
 * <ul>
 *   <li>{@link #order()}: under {@link RestartRule#ALL_AT_RISK}, the services of this
 *       installation that the restart puts at risk: the affected services of the {@link
 *       Phase#RUNTIME} {@link #impact()} of the restarted ones, that is, the long-running
 *       services that need them, to start or while running, directly or not. One-shot tasks
 *       (migrators) and startup-only services (a startup gate) are never among them: they did
 *       their work at startup and a restart does not redo it. Under {@link RestartRule#DECLARED},
 *       the services reached from the restarted ones through dependencies that declare a
 *       restart, owner after target, transitively, whatever their lifecycle (Compose restarts
 *       what declares it). They come wave by wave (of {@link #waves()}), by name within a wave,
 *       as {@link StartupPlan#order()} does.
 *   <li>{@link #toCheck()}: under {@link RestartRule#DECLARED}, the services the restart puts at
 *       risk that declare no restart with it: they are not restarted, but someone should check
 *       them once the restarted services are back. Empty under {@link RestartRule#ALL_AT_RISK}.
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
  private final Waves plan;
  private final List<List<String>> waves;
  private final List<String> externals;
  private final RestartRule rule;
  private final List<String> toCheck;

  static {
    Access.restarts(RestartPlan::new);
  }

  private RestartPlan(GraphIndex g, StartupOrder startup, Impact impact) {
    this.g = g;
    this.impact = impact;
    this.rule = g.restartsWithBy == null ? RestartRule.ALL_AT_RISK : RestartRule.DECLARED;
    int n = g.size();
    boolean[] member = members(n);
    this.plan = Waves.layered(g, startup.order, member);
    this.order = plan.orderNames(g);
    this.waves = plan.names(g);
    this.externals = externals(startup);
    int[] check = new int[n];
    int checks = 0;
    for (int v = 0; v < n; v++) {
      if (Access.impacts().affects(impact, v) && !member[v] && !g.external(v)) {
        check[checks++] = v;
      }
    }
    this.toCheck = new NameList(g, Arrays.copyOf(check, checks));
  }

  /**
   * The services that restart: what the restart puts at risk, or, under the declared rule,
   * what declares a restart with a restarted service, transitively (a breadth-first walk of
   * the declarations, O(V + E)).
   */
  private boolean[] members(int n) {
    boolean[] member = new boolean[n];
    if (rule == RestartRule.ALL_AT_RISK) {
      for (int v = 0; v < n; v++) {
        member[v] = Access.impacts().affects(impact, v);
      }
      return member;
    }
    boolean[] restarted = new boolean[n];
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (String name : impact.failed()) {
      int v = g.topology.indexOf(name);
      restarted[v] = true;
      queue[tail++] = v;
    }
    Csr by = g.restartsWithBy;
    while (head < tail) {
      int u = queue[head++];
      for (int i = by.start(u); i < by.end(u); i++) {
        int owner = by.target(i);
        if (!restarted[owner] && !member[owner] && !g.external(owner)) {
          member[owner] = true;
          queue[tail++] = owner;
        }
      }
    }
    return member;
  }

  private List<String> externals(StartupOrder startup) {
    int[] found = new int[g.externalCount()];
    int k = 0;
    for (int i = 0; i < g.externalCount(); i++) {
      int v = startup.byRank[i];
      if (Access.impacts().affects(impact, v)) {
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
   * <p>Cost: O(1), a hash lookup of the name.
   *
   * @param service any name of a service of this installation
   * @return its wave, or empty if it need not restart (or is external)
   * @throws dev.topology.api.NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or the service is absent in this
   *     deployment
   */
  public OptionalInt waveOf(String service) {
    return plan.waveOf(g.indexOf(service, "waveOf"));
  }

  /**
   * Returns the rule the plan followed.
   *
   * @return {@link RestartRule#DECLARED} when a dependency of the installation declares that
   *     its owner restarts with its target, {@link RestartRule#ALL_AT_RISK} otherwise
   */
  public RestartRule rule() {
    return rule;
  }

  /**
   * Returns the services the restart puts at risk that the plan does not restart: under {@link
   * RestartRule#DECLARED}, those that declare no restart with a restarted service; they should
   * be checked once the restarted services are back.
   *
   * @return an unmodifiable list of canonical names, sorted; always empty under {@link
   *     RestartRule#ALL_AT_RISK}
   */
  public List<String> toCheck() {
    return toCheck;
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
        && rule == that.rule && waves.equals(that.waves) && order.equals(that.order)
        && toCheck.equals(that.toCheck) && externals.equals(that.externals);
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
        .append(waves.size()).append(waves.size() == 1 ? " wave" : " waves")
        .append(rule == RestartRule.DECLARED ? ", as declared" : "");
    int shown = Math.min(waves.size(), Messages.NAMES_SHOWN);
    for (int k = 0; k < shown; k++) {
      text.append("\n  wave ").append(k).append(": ").append(Messages.list(waves.get(k)));
    }
    if (shown < waves.size()) {
      text.append("\n  ... and ").append(waves.size() - shown).append(" more waves");
    }
    if (!toCheck.isEmpty()) {
      text.append("\n  to check: ").append(Messages.list(toCheck));
    }
    if (!externals.isEmpty()) {
      text.append("\n  external, at risk: ").append(Messages.list(externals));
    }
    return text.append(']').toString();
  }
}
