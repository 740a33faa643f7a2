package dev.topology.graph.internal;

import dev.topology.graph.rootcause.RootCauses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One set of services that explains every top, built greedily, for {@link RootCauseSearch}
 * when an exhaustive search is too dear.
 *
 * <p>Each service keeps the number of unexplained tops it explains (it is a cause of them). The
 * service with the highest number joins the set, the tops it explains are struck off and the
 * numbers of their causes lowered, until no top is left; a top always explains itself, so this
 * ends. Ties go as {@link RootCauses} ranks candidates: to the service with fewest services
 * down with it that were not observed failing, then by name; to keep the cost bounded, only the
 * first {@link #TIES_COMPARED} tied services in the failure order (a service before any that
 * takes it down) are compared. Once no service explains two of the tops left, each of them
 * joins as its own cause. Last, every member whose failure the others make unnecessary is left
 * out, so no member of the answer can be left out.
 *
 * <p>Cost: O(t (V + E)) for {@code t} tops: two reverse searches per top, and per member that
 * explains two tops or more a pass over the services and a bounded number of forward searches.
 */
public final class GreedyCover {
  public static final int TIES_COMPARED = 16;

  private final FailureGraph f;
  private final FailureSpread reach;
  private final int[] observed;
  private final int[] tops;
  private final int[] count;
  private final boolean[] explained;

  private GreedyCover(FailureGraph f, FailureSpread reach, int[] observed, int[] tops) {
    this.f = f;
    this.reach = reach;
    this.observed = observed;
    this.tops = tops;
    this.count = new int[f.g.size()];
    this.explained = new boolean[tops.length];
  }

  /** Returns the members, ascending. */
  public static int[] of(FailureGraph f, FailureSpread reach, int[] observed, int[] tops) {
    return new GreedyCover(f, reach, observed, tops).build();
  }

  private int[] build() {
    for (int top : tops) {
      addCauses(top, 1);
    }
    List<Integer> chosen = new ArrayList<>();
    int left = tops.length;
    while (left > 0) {
      int pick = pick();
      if (count[pick] == 1) {
        // No service explains two of the failures left: each is its own cause, the one of its
        // causes that takes down fewest (any other takes it down too).
        for (int i = 0; i < tops.length; i++) {
          if (!explained[i]) {
            chosen.add(tops[i]);
          }
        }
        break;
      }
      chosen.add(pick);
      reach.down(new int[] {pick}, null);
      List<Integer> struck = new ArrayList<>();
      for (int i = 0; i < tops.length; i++) {
        if (!explained[i] && reach.marked(tops[i])) {
          explained[i] = true;
          struck.add(tops[i]);
        }
      }
      left -= struck.size();
      for (int top : struck) {
        addCauses(top, -1);
      }
    }
    return prune(chosen.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Adds {@code delta} to the number of every cause of {@code top}. */
  private void addCauses(int top, int delta) {
    int marked = reach.causesOf(top);
    for (int i = 0; i < marked; i++) {
      count[reach.markedAt(i)] += delta;
    }
    for (int v : f.gatedCauses(new int[] {top})) {
      if (!reach.marked(v)) {
        count[v] += delta;
      }
    }
  }

  /** The service with the highest number; ties as the class says. */
  private int pick() {
    int best = 0;
    for (int c : count) {
      best = Math.max(best, c);
    }
    int ties = 0;
    for (int c : count) {
      ties += c == best ? 1 : 0;
    }
    int[] tied = new int[ties];
    int k = 0;
    for (int v = 0; v < count.length; v++) {
      if (count[v] == best) {
        tied[k++] = v;
      }
    }
    int[] compared = Arrays.copyOf(RootCauseSearch.nearestFirst(f, tied),
        Math.min(ties, TIES_COMPARED));
    int pick = -1;
    int fewest = Integer.MAX_VALUE;
    Arrays.sort(compared);
    for (int v : compared) {
      int alsoDown = reach.down(new int[] {v}, null);
      for (int o : observed) {
        alsoDown -= reach.marked(o) ? 1 : 0;
      }
      if (alsoDown < fewest) {
        fewest = alsoDown;
        pick = v;
      }
    }
    return pick;
  }

  /** Leaves out, in the order they joined, the members the others make unnecessary. */
  private int[] prune(int[] members) {
    boolean[] kept = new boolean[members.length];
    Arrays.fill(kept, true);
    for (int i = 0; i < members.length; i++) {
      kept[i] = false;
      int[] others = selected(members, kept);
      if (others.length == 0 || !explainsAll(others)) {
        kept[i] = true;
      }
    }
    int[] result = selected(members, kept);
    Arrays.sort(result);
    return result;
  }

  private boolean explainsAll(int[] set) {
    reach.down(set, null);
    return Arrays.stream(tops).allMatch(reach::marked);
  }

  private static int[] selected(int[] members, boolean[] kept) {
    int[] result = new int[members.length];
    int k = 0;
    for (int i = 0; i < members.length; i++) {
      if (kept[i]) {
        result[k++] = members[i];
      }
    }
    return Arrays.copyOf(result, k);
  }
}
