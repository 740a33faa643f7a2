package dev.topology.graph;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.api.UnknownServiceException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The concrete topology frozen into int-indexed arrays: node {@code v} is the {@code v}-th
 * service in canonical-name order, so ascending indexes are name order and every sorted row of a
 * {@link Csr} visits neighbours by name. Immutable; shared by every query of one graph.
 */
final class GraphIndex {
  final Topology declared;
  final Topology topology;
  final Deployment deployment;
  private final String[] names;
  private final Service[] services;
  private final boolean[] external;
  private final int externalCount;
  /** Startup edges "v needs w"; none leave an external service, which starts elsewhere. */
  final Csr needs;
  final Csr neededBy;
  /** Runtime interactions "v talks to w", as stated. */
  final Csr talksTo;
  final Csr talkedToBy;
  /** "w is at risk when v fails while running": long-running to long-running, both kinds. */
  final Csr atRisk;

  private GraphIndex(Topology declared, Topology topology, Deployment deployment) {
    this.declared = declared;
    this.topology = topology;
    this.deployment = deployment;
    List<Service> list = topology.services();
    int n = list.size();
    this.services = list.toArray(new Service[0]);
    this.names = new String[n];
    this.external = new boolean[n];
    int externals = 0;
    for (int v = 0; v < n; v++) {
      names[v] = services[v].name();
      external[v] = services[v].external();
      externals += external[v] ? 1 : 0;
    }
    this.externalCount = externals;
    Edges startup = new Edges();
    Edges runtime = new Edges();
    Edges risk = new Edges();
    for (int v = 0; v < n; v++) {
      for (Dependency dependency : services[v].dependencies()) {
        int w = indexOfCanonical(topology.service(dependency.target()).name());
        boolean startupEdge = dependency.kind() == DependencyKind.STARTUP;
        if (startupEdge && external[v]) {
          continue;
        }
        (startupEdge ? startup : runtime).add(v, w);
        if (runsOn(v) && runsOn(w)) {
          risk.add(w, v);
        }
      }
    }
    this.needs = startup.freeze(n);
    this.neededBy = needs.transpose();
    this.talksTo = runtime.freeze(n);
    this.talkedToBy = talksTo.transpose();
    this.atRisk = risk.freeze(n);
  }

  /** Resolves and freezes; O(V log V + E) for the lookups, O(V + E) for the arrays. */
  static GraphIndex freeze(Topology declared, Deployment deployment) {
    return new GraphIndex(declared, declared.resolve(deployment), deployment);
  }

  int size() {
    return names.length;
  }

  String name(int v) {
    return names[v];
  }

  Service service(int v) {
    return services[v];
  }

  boolean external(int v) {
    return external[v];
  }

  int externalCount() {
    return externalCount;
  }

  boolean gate(int v) {
    return services[v].startupGate();
  }

  /** Whether a failure of {@code v} while the system runs matters at all. */
  boolean runsOn(int v) {
    return services[v].lifecycle() == Lifecycle.LONG_RUNNING;
  }

  /**
   * Resolves any name of a service of this deployment to its node.
   *
   * @param what how the caller names the argument, for messages, such as {@code "An impact"}
   * @throws InvalidQueryException if the name is null, or names a service absent in this
   *     deployment
   * @throws UnknownServiceException if no service has that name
   */
  int indexOf(String name, String what) {
    if (name == null) {
      throw new InvalidQueryException(Messages.nullName(what));
    }
    Optional<Service> found = topology.find(name);
    if (found.isPresent()) {
      return indexOfCanonical(found.get().name());
    }
    Optional<Service> absent = declared.find(name);
    if (absent.isPresent() && absent.get().presentWhen().isPresent()) {
      throw new InvalidQueryException(
          Messages.absent(absent.get().name(), absent.get().presentWhen().get()));
    }
    throw new UnknownServiceException(name, topology.closestNames(name));
  }

  private int indexOfCanonical(String canonical) {
    return Arrays.binarySearch(names, canonical);
  }

  /** A growable list of edges, frozen once into a {@link Csr}. */
  private static final class Edges {
    private int[] from = new int[16];
    private int[] to = new int[16];
    private int size;

    void add(int source, int target) {
      if (size == from.length) {
        from = Arrays.copyOf(from, size * 2);
        to = Arrays.copyOf(to, size * 2);
      }
      from[size] = source;
      to[size] = target;
      size++;
    }

    Csr freeze(int nodes) {
      return Csr.of(nodes, from, to, size);
    }
  }
}
