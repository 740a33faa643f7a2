package dev.topology.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * intersection is empty. Pairs are searched only when no single service explains everything:
 * one member must be a cause of the first top; for each such cause, the other member must be a
 * cause of every top the first leaves unexplained.
 */
final class RootCauseSearch {
  /** The pair search stops after visiting this many nodes and edges; see {@link RootCauses}. */
  static final long PAIR_WORK_LIMIT = 1L << 24;

  private final FailureGraph f;
  private final int[] observed;
  private final Reach reach;

  private RootCauseSearch(FailureGraph f, int[] observed) {
    this.f = f;
    this.observed = observed;
    this.reach = new Reach(f);
  }

  static RootCauses run(FailureGraph f, int[] observed) {
    return new RootCauseSearch(f, observed).search();
  }

  private RootCauses search() {
    int[] tops = tops();
    int[] singles = commonCauses(tops);
    if (singles.length > 0) {
      return ranked(singles);
    }
    return pairs(tops);
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
    int[] gated = gatedCauses(targets);
    int[] all = Arrays.copyOf(candidates, candidates.length + gated.length);
    System.arraycopy(gated, 0, all, candidates.length, gated.length);
    return Arrays.stream(all).sorted().distinct().toArray();
  }

  private int[] gatedCauses(int[] targets) {
    if (f.phase != Phase.STARTUP) {
      return new int[0];
    }
    int[] outside = Arrays.stream(targets).filter(f.g::external).toArray();
    if (outside.length == 0) {
      return f.gatedNodes;
    }
    return outside.length == 1 && f.gated[f.comp[outside[0]]] ? outside : new int[0];
  }

  /**
   * Orders causes by component number, then by name: a component's number is lower than that of
   * any component whose failure takes it down, so causes that take down less come first, and a
   * search cut at its cap has met the best pairs first.
   */
  private int[] nearestFirst(int[] causes) {
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

  /** Ranks single causes by what they take down beyond the observed services, then by name. */
  private RootCauses ranked(int[] singles) {
    boolean[] wanted = new boolean[f.compCount];
    for (int v : singles) {
      wanted[f.comp[v]] = true;
    }
    int[] sizes = ClosureSizes.of(f, wanted);
    long[] keys = new long[singles.length];
    for (int i = 0; i < singles.length; i++) {
      int v = singles[i];
      int size = f.gated[f.comp[v]] ? f.startedCount + (f.g.external(v) ? 1 : 0)
          : sizes[f.comp[v]];
      keys[i] = (long) (size - observed.length) << 32 | v;
    }
    Arrays.sort(keys);
    int[] first = new int[keys.length];
    int[] beyond = new int[keys.length];
    for (int i = 0; i < keys.length; i++) {
      first[i] = (int) keys[i];
      beyond[i] = (int) (keys[i] >>> 32);
    }
    return new RootCauses(f, observed, first, null, beyond, true);
  }

  private RootCauses pairs(int[] tops) {
    long limit = reach.steps() + PAIR_WORK_LIMIT;
    int[] firsts = nearestFirst(commonCauses(new int[] {tops[0]}));
    Set<Long> seen = new HashSet<>();
    List<int[]> found = new ArrayList<>();
    boolean exhaustive = true;
    for (int i = 0; i < firsts.length && exhaustive; i++) {
      int a = firsts[i];
      reach.closureOf(new int[] {a});
      int[] unexplained = Arrays.stream(tops).filter(t -> !reach.marked(t)).toArray();
      for (int b : nearestFirst(commonCauses(unexplained))) {
        if (reach.steps() > limit) {
          break;
        }
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        if (seen.add((long) low << 32 | high)) {
          int size = reach.closureOf(new int[] {low, high});
          found.add(new int[] {size - observed.length, low, high});
        }
      }
      exhaustive = reach.steps() <= limit;
    }
    found.sort(Comparator.<int[]>comparingInt(p -> p[0]).thenComparingInt(p -> p[1])
        .thenComparingInt(p -> p[2]));
    int[] first = new int[found.size()];
    int[] second = new int[found.size()];
    int[] beyond = new int[found.size()];
    for (int i = 0; i < found.size(); i++) {
      beyond[i] = found.get(i)[0];
      first[i] = found.get(i)[1];
      second[i] = found.get(i)[2];
    }
    return new RootCauses(f, observed, first, second, beyond, exhaustive);
  }
}
