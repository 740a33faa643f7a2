package dev.topology.graph.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct figures of the counted services, each a group with its {@link LogSum} value,
 * and per reversed component ({@code x = compCount - 1 - c}) how many of its services are in
 * each group, as rows {@code start[x]} to {@code start[x + 1]} of ({@link #group}, {@link
 * #count}) pairs. Groups are numbered in node order, so the numbering is deterministic.
 */
final class Groups {
  final long[] valueHi;
  final long[] valueLo;
  final int[] start;
  final int[] group;
  final int[] count;

  private Groups(long[] valueHi, long[] valueLo, int[] start, int[] group, int[] count) {
    this.valueHi = valueHi;
    this.valueLo = valueLo;
    this.start = start;
    this.group = group;
    this.count = count;
  }

  /** The groups, or null when there are more than {@code max}. O(V log V) at worst. */
  static Groups of(FailureGraph f, boolean[] counted, double[] negLog, int max) {
    int n = counted.length;
    int cc = f.compCount;
    Map<Long, Integer> ids = new HashMap<>();
    int[] groupOf = new int[n];
    long[] hi = new long[Math.min(max, 16)];
    long[] lo = new long[hi.length];
    for (int v = 0; v < n; v++) {
      if (!counted[v]) {
        groupOf[v] = -1;
        continue;
      }
      Integer id = ids.get(Double.doubleToLongBits(negLog[v]));
      if (id == null) {
        if (ids.size() == max) {
          return null;
        }
        id = ids.size();
        ids.put(Double.doubleToLongBits(negLog[v]), id);
        if (id == hi.length) {
          hi = Arrays.copyOf(hi, hi.length * 2);
          lo = Arrays.copyOf(lo, lo.length * 2);
        }
        hi[id] = LogSum.hi(negLog[v]);
        lo[id] = LogSum.lo(negLog[v]);
      }
      groupOf[v] = id;
    }
    int[] start = new int[cc + 1];
    int[] group = new int[n];
    int[] count = new int[n];
    int k = 0;
    int[] members = new int[0];
    for (int x = 0; x < cc; x++) {
      start[x] = k;
      int c = cc - 1 - x;
      int size = f.members.degree(c);
      if (size == 1) {
        int v = f.members.target(f.members.start(c));
        if (groupOf[v] >= 0) {
          group[k] = groupOf[v];
          count[k++] = 1;
        }
        continue;
      }
      if (members.length < size) {
        members = new int[size];
      }
      int m = 0;
      for (int i = f.members.start(c); i < f.members.end(c); i++) {
        int v = f.members.target(i);
        if (groupOf[v] >= 0) {
          members[m++] = groupOf[v];
        }
      }
      Arrays.sort(members, 0, m);
      for (int i = 0; i < m; i++) {
        if (i > 0 && members[i] == members[i - 1]) {
          count[k - 1]++;
        } else {
          group[k] = members[i];
          count[k++] = 1;
        }
      }
    }
    start[cc] = k;
    int groups = ids.size();
    return new Groups(Arrays.copyOf(hi, groups), Arrays.copyOf(lo, groups), start, group,
        count);
  }
}
