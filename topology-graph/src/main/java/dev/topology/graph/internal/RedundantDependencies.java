package dev.topology.graph.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every startup dependency {@code a -> b} whose removal changes no answer of the engine:
 * another chain {@code a -> c -> ... -> b} implies it in every respect the dependency matters.
 *
 * <ul>
 *   <li>An optional dependency only orders startup: any other chain of startup dependencies
 *       implies it.
 *   <li>A required dependency also carries {@code b}'s failure to {@code a}: at startup, so the
 *       other chain must be required at every step; and, when both run on once started, at
 *       runtime too, so every service on the chain must run on as well (a one-shot task in the
 *       middle carries nothing at runtime).
 * </ul>
 *
 * <p>Each case is one search over its own set of edges ({@link #find}), so a finding is never
 * advice that changes an impact, a restart plan or a root cause. The search itself:
 *
 * <p>Only a service with two or more startup dependencies can have a redundant one, so only
 * their dependencies are targets. The {@link LaneSweep} takes them 64 at a time, in startup
 * rank; a 64-bit word per service says which of them it needs, directly or not, and is pushed up
 * to the services that need it, visiting only those. For a service {@code a}, the words of its dependencies with
 * their own bit cleared say which targets some dependency reaches; a direct dependency among
 * them is redundant. O(V / 64 + R) per batch of 64 targets reaching {@code R} services and
 * edges, so at worst O(T (V + E) / 64) for {@code T} targets, and O(V) memory; a chain or a star
 * costs O(V + E) in all.
 */
public final class RedundantDependencies implements LaneSweep.Visitor {
  /** The longest chain a finding spells out; a longer one ends in "...". */
  private static final int PATH_SHOWN = 8;

  private final GraphIndex g;
  private final Csr down;
  private final Csr up;
  private final Kind kind;
  private final LaneSweep lanes;
  private final List<Finding> found = new ArrayList<>();

  /** Which dependencies a search reports, over which edges. */
  public enum Kind {
    /** Optional dependencies, implied by any chain of startup dependencies. */
    OPTIONAL,
    /** Required dependencies of a service or on a service that does not run on. */
    REQUIRED_AT_STARTUP,
    /** Required dependencies between long-running services, over such services only. */
    REQUIRED_IN_BOTH_PHASES
  }

  /** A dependency {@code a -> b} and the chain that implies it, from {@code a} to {@code b}. */
  public record Finding(int from, int to, Kind kind, int[] path, boolean longer) {}

  private RedundantDependencies(GraphIndex g, StartupOrder startup, Csr down, Kind kind) {
    this.g = g;
    this.down = down;
    this.up = down == g.needs ? g.neededBy : down.transpose();
    this.kind = kind;
    int n = g.size();
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[startup.byRank[r]] = r;
    }
    this.lanes = new LaneSweep(up, rank, startup.byRank, true);
  }

  /** Returns every redundant startup dependency, in no set order. */
  public static List<Finding> find(GraphIndex g, StartupOrder startup) {
    List<Finding> found = new ArrayList<>();
    if (g.wants != null) {
      found.addAll(new RedundantDependencies(g, startup, g.needs, Kind.OPTIONAL).run());
    }
    Csr required = g.wants == null ? g.needs : without(g.needs, g.wants, g, false);
    found.addAll(new RedundantDependencies(g, startup, required, Kind.REQUIRED_AT_STARTUP).run());
    Csr running = without(required, null, g, true);
    found.addAll(
        new RedundantDependencies(g, startup, running, Kind.REQUIRED_IN_BOTH_PHASES).run());
    return found;
  }

  /** The edges of {@code rows} not in {@code except}, between running services if asked. */
  private static Csr without(Csr rows, Csr except, GraphIndex g, boolean runningOnly) {
    int n = g.size();
    int[] from = new int[rows.edgeCount()];
    int[] to = new int[rows.edgeCount()];
    int count = 0;
    for (int v = 0; v < n; v++) {
      if (runningOnly && !g.runsOn(v)) {
        continue;
      }
      for (int i = rows.start(v); i < rows.end(v); i++) {
        int w = rows.target(i);
        if ((except == null || !except.hasEdge(v, w)) && (!runningOnly || g.runsOn(w))) {
          from[count] = v;
          to[count++] = w;
        }
      }
    }
    return Csr.of(n, from, to, count);
  }

  /** Whether this search reports the dependency {@code a -> b} of its edges. */
  private boolean reports(int a, int b) {
    return switch (kind) {
      case OPTIONAL -> g.wants(a, b);
      case REQUIRED_AT_STARTUP -> !g.runsOn(a) || !g.runsOn(b);
      case REQUIRED_IN_BOTH_PHASES -> true;
    };
  }

  private List<Finding> run() {
    int n = g.size();
    boolean[] target = new boolean[n];
    for (int a = 0; a < n; a++) {
      if (down.degree(a) >= 2) {
        for (int i = down.start(a); i < down.end(a); i++) {
          target[down.target(i)] = true;
        }
      }
    }
    lanes.run(target, this);
    return found;
  }

  /**
   * Every dependency of {@code a} in this batch that another dependency of {@code a} reaches,
   * with the first such other dependency by name; one pass over the row of {@code a}, only when
   * some target is both.
   */
  @Override
  public void visit(int a) {
    long open = lanes.direct(a) & lanes.below(a);
    for (int i = down.start(a); i < down.end(a) && open != 0; i++) {
      int via = down.target(i);
      long bits = lanes.word(via) & open & ~lanes.own(via);
      open &= ~bits;
      while (bits != 0) {
        int lane = Long.numberOfTrailingZeros(bits);
        int b = lanes.source(lane);
        if (reports(a, b)) {
          found.add(path(a, via, b, lane));
        }
        bits &= bits - 1;
      }
    }
  }

  @Override
  public void batchDone(int[] sources, int count) {
    // Nothing to read after the visits: each finding was made when its service was visited.
  }

  /**
   * The chain from {@code a} through {@code via} to {@code b}: from each service, the first
   * dependency by name that reaches {@code b}. The words of this batch are final below {@code
   * a}, so each step scans one row; at most {@link #PATH_SHOWN} services are spelled out.
   */
  private Finding path(int a, int via, int b, int laneOfB) {
    int[] path = new int[PATH_SHOWN];
    path[0] = a;
    path[1] = via;
    int length = 2;
    int at = via;
    while (at != b && length < PATH_SHOWN) {
      int next = -1;
      for (int i = down.start(at); i < down.end(at) && next < 0; i++) {
        int w = down.target(i);
        if (w == b || (lanes.word(w) & 1L << laneOfB) != 0) {
          next = w;
        }
      }
      at = next;
      path[length++] = at;
    }
    return new Finding(a, b, kind, java.util.Arrays.copyOf(path, length), at != b);
  }
}
