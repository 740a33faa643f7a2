package dev.topology.graph.internal;

import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@link RootCauses} of observed failures.
 *
 * <p>A set of services explains the observed ones when its failure takes every one of them down
 * (or is one of them). Taking down is closed under taking down, so it is enough to explain the
 * <em>tops</em>: the observed services that no other observed service takes down (one per group
 * of services that take each other down). A single service explains them when it is among the
 * causes of every top; those sets are intersected one top at a time, stopping as soon as the
 * intersection is empty. Sets of {@code k} services are searched only when no smaller set
 * explains everything: one member must be a cause of the first top left unexplained; for each
 * such cause, the search goes on with {@code k - 1} members for the tops it leaves unexplained,
 * and the last member must be a cause of every top still unexplained. Tops that pairwise share
 * no cause need a member each, so the search starts at their number. Past {@link #EXACT_SIZE}
 * members, or at the cap on work, {@link GreedyCover} builds one set; it is exact when it is no
 * larger than the size below which no set exists.
 */
public final class RootCauseSearch {
  /** The search for sets stops after visiting this many nodes and edges. */
  public static final long WORK_LIMIT = 1L << 24;
  /** The largest sets searched exhaustively; see {@link RootCauses}. */
  public static final int EXACT_SIZE = 4;
  /** The search for sets stops after finding this many, so that its memory stays bounded. */
  public static final int CANDIDATE_LIMIT = 100_000;

  private final FailureGraph f;
  private final int[] observed;
  private final int exactSize;
  private final FailureSpread reach;
  private final Set<List<Integer>> seen = new HashSet<>();
  private final List<int[]> found = new ArrayList<>();
  private long limit;

  private RootCauseSearch(FailureGraph f, int[] observed, int exactSize) {
    this.f = f;
    this.observed = observed;
    this.exactSize = exactSize;
    this.reach = FailureSpread.over(f);
  }

  public static RootCauses run(FailureGraph f, int[] observed) {
    return run(f, observed, EXACT_SIZE);
  }

  /** As {@link #run(FailureGraph, int[])}, with sets searched exhaustively up to another size. */
  public static RootCauses run(FailureGraph f, int[] observed, int exactSize) {
    return new RootCauseSearch(f, observed, exactSize).search();
  }

  private RootCauses search() {
    if (observed.length == 0) {
      return Access.rootCauses()
          .rootCauses(f, observed, new int[0][], new int[0], true, true, false);
    }
    int[] tops = tops();
    int[] singles = commonCauses(tops);
    if (singles.length > 0) {
      return ranked(singles);
    }
    int least = Math.max(2, apart(tops));
    limit = reach.steps() + WORK_LIMIT;
    for (int size = least; size <= exactSize; size++) {
      boolean complete = explore(new int[0], tops, size);
      if (!found.isEmpty()) {
        return sets(complete);
      }
      if (!complete) {
        return greedy(tops, size);
      }
    }
    return greedy(tops, Math.max(least, exactSize + 1));
  }

  /**
   * A lower bound on the size of any explaining set: the number of tops, taken in order, that
   * share no cause with an earlier one taken (each needs a member of its own). Up to {@link
   * Long#SIZE}; one reverse search per top.
   */
  private int apart(int[] tops) {
    long[] causedBy = new long[f.g.size()];
    int taken = 0;
    for (int top : tops) {
      if (taken == Long.SIZE) {
        break;
      }
      int marked = reach.causesOf(top);
      int[] causes = new int[marked];
      for (int i = 0; i < marked; i++) {
        causes[i] = reach.markedAt(i);
      }
      int[] gated = f.gatedCauses(new int[] {top});
      boolean shares = Arrays.stream(causes).anyMatch(v -> causedBy[v] != 0)
          || Arrays.stream(gated).anyMatch(v -> causedBy[v] != 0);
      if (!shares) {
        long bit = 1L << taken++;
        Arrays.stream(causes).forEach(v -> causedBy[v] |= bit);
        Arrays.stream(gated).forEach(v -> causedBy[v] |= bit);
      }
    }
    return taken;
  }

  /** One observed service per observed component that no other observed component reaches. */
  private int[] tops() {
    int cc = f.compCount;
    boolean[] reached = new boolean[cc];
    boolean[] queued = new boolean[cc];
    int[] queue = new int[cc];
    int tail = 0;
    for (int v : observed) {
      if (!queued[f.comp[v]]) {
        queued[f.comp[v]] = true;
        queue[tail++] = f.comp[v];
      }
    }
    for (int head = 0; head < tail; head++) {
      int c = queue[head];
      for (int i = f.down.start(c); i < f.down.end(c); i++) {
        int d = f.down.target(i);
        reached[d] = true;
        if (!queued[d]) {
          queued[d] = true;
          queue[tail++] = d;
        }
      }
    }
    int[] tops = new int[observed.length];
    int k = 0;
    boolean[] taken = new boolean[cc];
    for (int v : observed) {
      int c = f.comp[v];
      if (!reached[c] && !taken[c]) {
        taken[c] = true;
        tops[k++] = v;
      }
    }
    return Arrays.copyOf(tops, k);
  }

  /**
   * The services whose failure takes down every target, ascending: those that reach every
   * target, and at {@link Phase#STARTUP} those that reach a startup gate, provided every
   * target is started here or is that very service.
   */
  private int[] commonCauses(int[] targets) {
    int[] candidates = new int[0];
    for (int round = 0; round < targets.length; round++) {
      int marked = reach.causesOf(targets[round]);
      if (round == 0) {
        candidates = new int[marked];
        for (int i = 0; i < marked; i++) {
          candidates[i] = reach.markedAt(i);
        }
      } else {
        candidates = Arrays.stream(candidates).filter(reach::marked).toArray();
      }
      if (candidates.length == 0) {
        break;
      }
    }
    int[] gated = f.gatedCauses(targets);
    int[] all = Arrays.copyOf(candidates, candidates.length + gated.length);
    System.arraycopy(gated, 0, all, candidates.length, gated.length);
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  /**
   * Orders causes by component number, then by name: a component's number is lower than that of
   * any component whose failure takes it down, so causes that take down less come first, and a
   * search cut at its cap has met the best sets first.
   */
  public static int[] nearestFirst(FailureGraph f, int[] causes) {
    long[] keys = new long[causes.length];
    for (int i = 0; i < causes.length; i++) {
      keys[i] = (long) f.comp[causes[i]] << 32 | causes[i];
    }
    Arrays.sort(keys);
    int[] ordered = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      ordered[i] = (int) keys[i];
    }
    return ordered;
  }

  /** Ranks single causes by what they have down beyond the observed services, then by name. */
  private RootCauses ranked(int[] singles) {
    boolean[] wanted = new boolean[f.compCount];
    for (int v : singles) {
      wanted[f.comp[v]] = true;
    }
    int[] sizes = ClosureSizes.of(f, wanted);
    long[] keys = new long[singles.length];
    for (int i = 0; i < singles.length; i++) {
      int v = singles[i];
      int size = f.takesGateDown(v) ? f.downWithGate(v) : sizes[f.comp[v]];
      keys[i] = (long) (size - observed.length) << 32 | v;
    }
    Arrays.sort(keys);
    int[][] sets = new int[keys.length][];
    int[] alsoDown = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      sets[i] = new int[] {(int) keys[i]};
      alsoDown[i] = (int) (keys[i] >>> 32);
    }
    return Access.rootCauses().rootCauses(f, observed, sets, alsoDown, true, true, false);
  }

  /**
   * Adds to {@link #found} every set of {@code chosen} and {@code more} other services that
   * explains the {@code unexplained} tops. Returns false if it stopped at a cap.
   */
  private boolean explore(int[] chosen, int[] unexplained, int more) {
    int[] causes = nearestFirst(f, commonCauses(more == 1 ? unexplained
        : new int[] {unexplained[0]}));
    for (int cause : causes) {
      if (reach.steps() > limit || found.size() >= CANDIDATE_LIMIT) {
        return false;
      }
      int[] set = Arrays.copyOf(chosen, chosen.length + 1);
      set[chosen.length] = cause;
      if (more == 1) {
        record(set);
        continue;
      }
      reach.down(set, null);
      int[] rest = Arrays.stream(unexplained).filter(t -> !reach.marked(t)).toArray();
      // Never empty: every smaller set was searched and none explains everything.
      if (rest.length > 0 && !explore(set, rest, more - 1)) {
        return false;
      }
    }
    return reach.steps() <= limit;
  }

  private void record(int[] set) {
    Arrays.sort(set);
    if (seen.add(Arrays.stream(set).boxed().toList())) {
      int size = reach.down(set, null);
      int[] entry = Arrays.copyOf(set, set.length + 1);
      entry[set.length] = size - observed.length;
      found.add(entry);
    }
  }

  /** Ranks the sets found by what they have down beyond the observed services, then by name. */
  private RootCauses sets(boolean complete) {
    found.sort((p, q) -> {
      int n = p.length - 1;
      int byCount = Integer.compare(p[n], q[n]);
      return byCount != 0 ? byCount
          : Arrays.compare(Arrays.copyOf(p, n), Arrays.copyOf(q, n));
    });
    int[][] sets = new int[found.size()][];
    int[] alsoDown = new int[found.size()];
    for (int i = 0; i < sets.length; i++) {
      int[] entry = found.get(i);
      sets[i] = Arrays.copyOf(entry, entry.length - 1);
      alsoDown[i] = entry[entry.length - 1];
    }
    return Access.rootCauses().rootCauses(f, observed, sets, alsoDown, complete, true, false);
  }

  /** One greedy set; exact if no set of fewer than {@code smallestPossible} services exists. */
  private RootCauses greedy(int[] tops, int smallestPossible) {
    int[] set = GreedyCover.of(f, reach, observed, tops);
    int size = reach.down(set, null);
    return Access.rootCauses().rootCauses(f, observed, new int[][] {set},
        new int[] {size - observed.length}, false, set.length <= smallestPossible, true);
  }
}
