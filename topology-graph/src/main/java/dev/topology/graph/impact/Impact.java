package dev.topology.graph.impact;

import dev.topology.api.DependencyKind;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.ImpactSearch;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.internal.NameList;
import dev.topology.graph.startup.Phase;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * What the failure of one or several services takes down in a {@link Phase}.
 *
 * <ul>
 *   <li>{@link Phase#STARTUP}: every service that needs a failed one to start, directly or
 *       through others, cannot start (reverse reachability over required startup
 *       dependencies). A startup gate ({@link dev.topology.api.Service#startupGate()}) that
 *       is failed, or cannot start, takes down every service this installation starts; the path
 *       then goes through the gate ({@code [gate, web]}). External services run
 *       elsewhere and are not taken down by a gate.
 *   <li>{@link Phase#RUNTIME}: a failed one-shot or startup-only service takes nothing down. A
 *       failed long-running service puts at risk every long-running service that needs it, to
 *       start or while running (runtime interactions), transitively. One-shot and startup-only
 *       services are never at risk at runtime and never pass a failure on.
 * </ul>
 *
 * <p>In both phases an optional dependency ({@link dev.topology.api.Dependency#required()}
 * false) carries no failure.
 *
 * <p>Severities, one vocabulary in this API, the tool's JSON and its text: the failed services'
 * own worst severity ({@link #failedSeverity()}) is kept apart from the worst severity reached
 * through propagation ({@link #propagatedSeverity()}), since a LOW migrator can stop a HIGH
 * service from starting; {@link #worstSeverity()} is the worse of the two, how bad the failure
 * is. Statements of the source that unnamed services depend on a
 * failed one are reported as {@link #notes()}, never as affected services.
 *
 * <p>Two impacts are equal when they report the same phase, failed services, affected services
 * (name, severity, failure effect and path), notes and verdict on the whole system.
 *
 * <p>Immutable and thread-safe; lists are unmodifiable. Computing an impact costs O(V + E)
 * time and O(V) memory: what it takes down, worst first, the severities, notes and verdict.
 * How each service was reached is found by a second search of the same cost, made once, when
 * a {@link AffectedService#path()} or {@link AffectedService#via()} is first asked for; each
 * path is then built on demand.
 */
public final class Impact {
  static {
    Access.impacts(new Access.Impacts() {
      @Override
      public Impact impact(GraphIndex g, Phase phase, int[] failed, int[] affected,
          long[] affectedBits, List<ImpactNote> notes, boolean wholeSystemDown) {
        return new Impact(g, phase, failed, affected, affectedBits, notes, wholeSystemDown);
      }

      @Override
      public GraphIndex index(Impact impact) {
        return impact.g;
      }

      @Override
      public int parent(Impact impact, int v) {
        return impact.parent(v);
      }

      @Override
      public boolean affects(Impact impact, int v) {
        return impact.affects(v);
      }

      @Override
      public boolean touches(Impact impact, int v) {
        return impact.touches(v);
      }
    });
  }

  private final GraphIndex g;
  private final Phase phase;
  private final int[] failed;
  private final int[] affected;
  /** The affected nodes as a bitset, for membership in O(1). */
  private final long[] affectedBits;
  /**
   * Per node, one more than the node before it on its path: 0 for a node not touched, -1 for
   * a failed one; shifted by one so that a new array needs no filling. Made by a second search
   * when a path or a parent is first asked for, since most reports are read for what they take
   * down, not how; immutable once made and published through the volatile field, so a race at
   * worst searches twice.
   */
  private volatile int[] parents;
  private final List<ImpactNote> notes;
  private final boolean wholeSystemDown;

  private Impact(GraphIndex g, Phase phase, int[] failed, int[] affected, long[] affectedBits,
      List<ImpactNote> notes, boolean wholeSystemDown) {
    this.g = g;
    this.phase = phase;
    this.failed = failed;
    this.affected = affected;
    this.affectedBits = affectedBits;
    this.notes = List.copyOf(notes);
    this.wholeSystemDown = wholeSystemDown;
  }

  GraphIndex index() {
    return g;
  }

  /** The node before {@code v} on its path; {@link #FAILED} or {@link #UNTOUCHED} if none. */
  int parent(int v) {
    int[] known = parents;
    if (known == null) {
      known = ImpactSearch.parents(g, phase, failed);
      parents = known;
    }
    return known[v] - 1;
  }

  /** Whether the failure takes {@code v} down; failed nodes are not affected. */
  boolean affects(int v) {
    return (affectedBits[v >>> 6] & 1L << v) != 0;
  }

  /** Whether {@code v} failed or is affected. */
  boolean touches(int v) {
    return affects(v) || Arrays.binarySearch(failed, v) >= 0;
  }

  /**
   * Returns the concrete topology the impact was computed on: the engine's {@link
   * dev.topology.graph.TopologyGraph#topology()}, whose services the answer names.
   *
   * @return the topology
   */
  public Topology topology() {
    return g.topology;
  }

  /**
   * Returns the phase the failure happens in.
   *
   * @return the phase
   */
  public Phase phase() {
    return phase;
  }

  /**
   * Returns the failed services, each once, by canonical name.
   *
   * @return an unmodifiable list, sorted by name
   */
  public List<String> failed() {
    return new NameList(g, failed);
  }

  /**
   * Returns every affected service, worst severity first, then by name. Failed services are
   * never listed as affected.
   *
   * @return an unmodifiable list; empty if the failure takes nothing else down
   */
  public List<AffectedService> affected() {
    return new Affected();
  }

  /**
   * Returns the names of the affected services.
   *
   * <p>Cost: O(V).
   *
   * @return an unmodifiable list of canonical names, sorted by name
   */
  public List<String> affectedNames() {
    int[] sorted = new int[affected.length];
    int k = 0;
    for (int v = 0; v < g.size(); v++) {
      if (affects(v)) {
        sorted[k++] = v;
      }
    }
    return new NameList(g, sorted);
  }

  /**
   * Returns one affected service with its path.
   *
   * @param service any name of a service of this installation
   * @return the affected service, or empty if it is failed or not affected
   * @throws dev.topology.api.NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or the service is absent in this
   *     deployment
   */
  public Optional<AffectedService> affected(String service) {
    int v = g.indexOf(service, "affected");
    return affects(v) ? Optional.of(new AffectedService(this, v)) : Optional.empty();
  }

  /**
   * Tells whether a service is affected (failed services are not).
   *
   * @param service any name of a service of this installation
   * @return true if affected
   * @throws dev.topology.api.NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or the service is absent in this
   *     deployment
   */
  public boolean isAffected(String service) {
    return affects(g.indexOf(service, "isAffected"));
  }

  /**
   * Returns the worst of the failed services' own severities, as documented for them.
   *
   * @return the severity
   */
  public Severity failedSeverity() {
    Severity worst = Severity.LOW;
    for (int v : failed) {
      worst = worst.max(g.service(v).severity());
    }
    return worst;
  }

  /**
   * Returns the worst severity among the affected services, kept apart from {@link
   * #failedSeverity()}.
   *
   * @return the severity, or empty if nothing is affected
   */
  public Optional<Severity> propagatedSeverity() {
    return affected.length == 0 ? Optional.empty()
        : Optional.of(g.service(affected[0]).severity());
  }

  /**
   * Returns how bad the failure is: the worse of the failed services' own severity ({@link
   * #failedSeverity()}) and the worst severity reached through them ({@link
   * #propagatedSeverity()}).
   *
   * @return the severity
   */
  public Severity worstSeverity() {
    return propagatedSeverity().map(failedSeverity()::max).orElse(failedSeverity());
  }

  /**
   * Returns the source's statements that unnamed services depend on a failed service (such as
   * a queue's "Most of our services use it"), as system-wide risks. At {@link
   * Phase#RUNTIME}, only those of failed long-running services.
   *
   * @return an unmodifiable list, by failed service name
   */
  public List<ImpactNote> notes() {
    return notes;
  }

  /**
   * Tells whether every service this installation runs is failed or affected, as when a
   * startup gate fails at startup. At {@link Phase#RUNTIME} only long-running services count,
   * since one-shot tasks have exited by then; external services never count.
   *
   * @return true if nothing of the installation is left running
   */
  public boolean wholeSystemDown() {
    return wholeSystemDown;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Impact that && phase == that.phase
        && wholeSystemDown == that.wholeSystemDown && affected.length == that.affected.length
        && failed().equals(that.failed()) && notes.equals(that.notes))) {
      return false;
    }
    for (int i = 0; i < affected.length; i++) {
      int v = affected[i];
      int w = that.affected[i];
      // Equal parents all along mean equal paths, without walking them.
      if (!g.name(v).equals(that.g.name(w))
          || g.service(v).severity() != that.g.service(w).severity()
          || !g.service(v).failureEffect().equals(that.g.service(w).failureEffect())
          || !g.name(parent(v)).equals(that.g.name(that.parent(w)))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(phase, failed());
  }

  /**
   * Returns the report for people: the failure, then one line per affected service (the first
   * dozen), then the notes.
   *
   * @return several lines
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Impact[").append(phase).append(" failure of ")
        .append(Messages.list(failed())).append(" (").append(failedSeverity()).append("): ");
    if (wholeSystemDown) {
      text.append("the whole system is down, ");
    }
    text.append(affected.length).append(affected.length == 1 ? " service" : " services")
        .append(" affected");
    propagatedSeverity().ifPresent(s -> text.append(" (worst ").append(s).append(')'));
    List<AffectedService> all = affected();
    int shown = Math.min(all.size(), Messages.NAMES_SHOWN);
    for (int i = 0; i < shown; i++) {
      text.append("\n  ").append(all.get(i));
    }
    if (shown < all.size()) {
      text.append("\n  ... and ").append(all.size() - shown).append(" more");
    }
    for (ImpactNote note : notes) {
      text.append("\n  note: ").append(note);
    }
    return text.append(']').toString();
  }

  /** A view that makes each entry when asked, so a million affected services cost no objects. */
  private final class Affected extends AbstractList<AffectedService> implements RandomAccess {
    @Override
    public AffectedService get(int index) {
      if (index < 0 || index >= affected.length) {
        throw new IndexOutOfBoundsException("Index " + index + " is out of a list of "
            + affected.length + " affected services.");
      }
      return new AffectedService(Impact.this, affected[index]);
    }

    @Override
    public int size() {
      return affected.length;
    }
  }

  /**
   * Returns the notes whose unnamed dependents this phase hits: at {@link Phase#STARTUP} the
   * statements that unnamed services need a failed one to start; at {@link Phase#RUNTIME} every
   * note, since a service that needs another to start is at risk when it fails while running.
   *
   * <p>Cost: O(number of notes).
   *
   * @return an unmodifiable list, in the order of {@link #notes()}; empty when no unnamed
   *     service is hit
   */
  public List<ImpactNote> unnamedDependents() {
    List<ImpactNote> hit = new ArrayList<>();
    for (ImpactNote note : notes) {
      if (phase == Phase.RUNTIME || note.kind() == DependencyKind.STARTUP) {
        hit.add(note);
      }
    }
    return List.copyOf(hit);
  }

  /**
   * Per node, the length of its path and the failed node it starts from, made once for every
   * affected node when first asked for; published through the volatile field, so a race at
   * worst makes them twice.
   */
  private volatile PathFacts pathFacts;

  /** The number of services on the path of affected node {@code v}, both ends included. */
  int pathLength(int v) {
    return pathFacts().length[v];
  }

  /** The failed node the path of affected node {@code v} starts from. */
  int pathStart(int v) {
    return pathFacts().start[v];
  }

  private PathFacts pathFacts() {
    PathFacts known = pathFacts;
    if (known == null) {
      known = new PathFacts(this);
      pathFacts = known;
    }
    return known;
  }

  /**
   * Lengths and starts of every affected node's path. Each node is walked up to a failed node
   * or to one already settled, then every node on the way is settled on the way back, so every
   * node is visited once: O(affected) for all paths, where walking each path would be
   * quadratic on a long chain.
   */
  private static final class PathFacts {
    final int[] length;
    final int[] start;

    PathFacts(Impact impact) {
      int size = impact.g.size();
      length = new int[size];
      start = new int[size];
      int[] unsettled = new int[Math.max(1, impact.affected.length)];
      for (int v : impact.affected) {
        int top = 0;
        int at = v;
        while (impact.affects(at) && length[at] == 0) {
          unsettled[top++] = at;
          at = impact.parent(at);
        }
        int steps = impact.affects(at) ? length[at] : 1;
        int from = impact.affects(at) ? start[at] : at;
        while (top > 0) {
          int each = unsettled[--top];
          length[each] = ++steps;
          start[each] = from;
        }
      }
    }
  }
}
