package dev.topology.benchmarks;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole startup analysis of a topology in one method on plain arrays, as someone would write
 * it by hand for one small catalog: what the engine's construction plus a full analysis is
 * measured against.
 */
final class CatalogBaseline {
  private CatalogBaseline() {}

  /**
   * From the declared topology and a deployment: the services present, their startup edges that
   * hold, the waves (Kahn), the startup impact of every service alone (breadth-first search;
   * a startup gate reached takes down every started service), and the ranking of those impacts
   * (most taken down, then worst severity reached, then name).
   *
   * @return a checksum of the answers, equal to {@link #checksum} of the engine's
   */
  static long analyse(Topology declared, Deployment given) {
    // The choices a deployment leaves to their defaults, filled in, as any reader of one must.
    Deployment deployment = declared.settle(given);
    List<Service> all = declared.services();
    int n = 0;
    Service[] services = new Service[all.size()];
    Map<String, Integer> index = new HashMap<>(all.size() * 4);
    for (Service service : all) {
      if (service.isPresentIn(deployment)) {
        index.put(service.name(), n);
        for (String alias : service.aliases()) {
          index.put(alias, n);
        }
        services[n++] = service;
      }
    }
    boolean[] external = new boolean[n];
    int[] severity = new int[n];
    int[] degree = new int[n + 1];
    int[] from = new int[64];
    int[] to = new int[64];
    int edges = 0;
    int started = 0;
    for (int v = 0; v < n; v++) {
      external[v] = services[v].external()
          || deployment.externalized().contains(services[v].name());
      started += external[v] ? 0 : 1;
      severity[v] = services[v].severityIn(deployment).ordinal();
      if (external[v]) {
        continue;
      }
      for (Dependency dependency : services[v].dependencies()) {
        if (dependency.kind() == DependencyKind.STARTUP && dependency.holdsIn(deployment)) {
          if (edges == from.length) {
            from = java.util.Arrays.copyOf(from, edges * 2);
            to = java.util.Arrays.copyOf(to, edges * 2);
          }
          from[edges] = v;
          to[edges++] = index.get(dependency.target());
          degree[to[edges - 1] + 1]++;
        }
      }
    }
    // Rows "w is needed by v": what a failure of w takes down directly.
    for (int v = 0; v < n; v++) {
      degree[v + 1] += degree[v];
    }
    int[] row = java.util.Arrays.copyOf(degree, n);
    int[] dependents = new int[edges];
    int[] pending = new int[n];
    for (int e = 0; e < edges; e++) {
      dependents[row[to[e]]++] = from[e];
      // A dependency on an external service is met before the plan begins.
      pending[from[e]] += external[to[e]] ? 0 : 1;
    }
    int[] queue = new int[n];
    int[] wave = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (!external[v] && pending[v] == 0) {
        queue[tail++] = v;
      }
    }
    int waves = 0;
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      waves = Math.max(waves, wave[v] + 1);
      for (int i = degree[v]; i < degree[v + 1]; i++) {
        int w = dependents[i];
        wave[w] = Math.max(wave[w], wave[v] + 1);
        if (--pending[w] == 0) {
          queue[tail++] = w;
        }
      }
    }
    int[] takesDown = new int[n];
    int[] worst = new int[n];
    boolean[] seen = new boolean[n];
    for (int s = 0; s < n; s++) {
      java.util.Arrays.fill(seen, false);
      tail = 0;
      queue[tail++] = s;
      seen[s] = true;
      boolean gate = false;
      int top = -1;
      for (int head = 0; head < tail; head++) {
        int v = queue[head];
        gate |= services[v].startupGate();
        for (int i = degree[v]; i < degree[v + 1]; i++) {
          int w = dependents[i];
          if (!seen[w]) {
            seen[w] = true;
            queue[tail++] = w;
            top = Math.max(top, severity[w]);
          }
        }
      }
      if (gate) {
        takesDown[s] = started - (external[s] ? 0 : 1);
        top = -1;
        for (int v = 0; v < n; v++) {
          if (!external[v] && v != s) {
            top = Math.max(top, severity[v]);
          }
        }
      } else {
        takesDown[s] = tail - 1;
      }
      worst[s] = top;
    }
    int best = 0;
    long sum = 0;
    for (int s = 0; s < n; s++) {
      sum += takesDown[s] * 4L + worst[s] + 1;
      if (takesDown[s] > takesDown[best]
          || takesDown[s] == takesDown[best] && worst[s] > worst[best]) {
        best = s;
      }
    }
    return checksum(waves, sum, services[best].name());
  }

  /** One number from the answers, so that both sides can be checked to agree. */
  static long checksum(int waves, long impacts, String first) {
    return (waves * 1_000_003L + impacts) * 31 + first.hashCode();
  }
}
