package dev.topology.graph.internal;

import dev.topology.api.DependencyKind;
import dev.topology.api.Severity;
import dev.topology.graph.Edge;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.diff.Change;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Compares two engines by merging their name-sorted arrays: services, then each service's
 * sorted rows of edges, so a diff costs O(V + E) besides the blast radii.
 */
public final class DiffSearch {
  public final List<String> added = new ArrayList<>();
  public final List<String> removed = new ArrayList<>();
  public final List<Change<Severity>> severities = new ArrayList<>();
  public final List<Change<OptionalInt>> waves = new ArrayList<>();
  public final List<Edge> addedEdges = new ArrayList<>();
  public final List<Edge> removedEdges = new ArrayList<>();
  public final List<List<Change<ServiceBlast>>> blasts = new ArrayList<>();
  private final TopologyGraph before;
  private final TopologyGraph after;

  public DiffSearch(TopologyGraph before, TopologyGraph after) {
    this.before = before;
    this.after = after;
    GraphIndex a = Access.graphs().index(before);
    GraphIndex b = Access.graphs().index(after);
    List<Edge> edgesBefore = edges(a);
    List<Edge> edgesAfter = edges(b);
    mergeEdges(edgesBefore, edgesAfter);
    for (Phase phase : Phase.values()) {
      blasts.add(new ArrayList<>());
    }
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      int order = i == a.size() ? 1 : j == b.size() ? -1 : a.name(i).compareTo(b.name(j));
      if (order < 0) {
        removed.add(a.name(i++));
      } else if (order > 0) {
        added.add(b.name(j++));
      } else {
        compare(i++, j++);
      }
    }
  }

  private void compare(int v, int w) {
    GraphIndex a = Access.graphs().index(before);
    GraphIndex b = Access.graphs().index(after);
    String name = a.name(v);
    Severity was = a.service(v).severity();
    Severity is = b.service(w).severity();
    if (was != is) {
      severities.add(Change.of(name, was, is));
    }
    int waveBefore = Access.graphs().startupOrder(before).wave[v];
    int waveAfter = Access.graphs().startupOrder(after).wave[w];
    if (waveBefore != waveAfter) {
      waves.add(Change.of(name, wave(waveBefore), wave(waveAfter)));
    }
    for (Phase phase : Phase.values()) {
      ServiceBlast old = Access.blasts().row(before.blastRadius(phase), v);
      ServiceBlast now = Access.blasts().row(after.blastRadius(phase), w);
      if (old.takesDown() != now.takesDown()
          || !old.propagatedSeverity().equals(now.propagatedSeverity())) {
        blasts.get(phase.ordinal()).add(Change.of(name, old, now));
      }
    }
  }

  private static OptionalInt wave(int wave) {
    return wave < 0 ? OptionalInt.empty() : OptionalInt.of(wave);
  }

  /** Every edge, by source name, then target name, startup before runtime. */
  private static List<Edge> edges(GraphIndex g) {
    List<Edge> edges = new ArrayList<>(g.needs.edgeCount() + g.talksTo.edgeCount());
    for (int v = 0; v < g.size(); v++) {
      int i = g.needs.start(v);
      int k = g.talksTo.start(v);
      while (i < g.needs.end(v) || k < g.talksTo.end(v)) {
        boolean startup = k == g.talksTo.end(v)
            || i < g.needs.end(v) && g.needs.target(i) <= g.talksTo.target(k);
        int target = startup ? g.needs.target(i++) : g.talksTo.target(k++);
        boolean optional = startup ? g.wants(v, target) : g.mayTalkTo(v, target);
        edges.add(Edge.of(g.name(v), g.name(target),
            startup ? DependencyKind.STARTUP : DependencyKind.RUNTIME, !optional));
      }
    }
    return edges;
  }

  private void mergeEdges(List<Edge> old, List<Edge> now) {
    int i = 0;
    int j = 0;
    while (i < old.size() || j < now.size()) {
      int order = i == old.size() ? 1 : j == now.size() ? -1 : compare(old.get(i), now.get(j));
      if (order < 0) {
        removedEdges.add(old.get(i++));
      } else if (order > 0) {
        addedEdges.add(now.get(j++));
      } else {
        i++;
        j++;
      }
    }
  }

  private static int compare(Edge x, Edge y) {
    int order = x.from().compareTo(y.from());
    if (order == 0) {
      order = x.to().compareTo(y.to());
    }
    if (order == 0) {
      order = x.kind().compareTo(y.kind());
    }
    return order != 0 ? order : Boolean.compare(y.required(), x.required());
  }
}
