package dev.topology.graph.internal;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.graph.InvalidQueryException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The concrete topology frozen into int-indexed arrays: node {@code v} is the {@code v}-th
 * service in canonical-name order, so ascending indexes are name order and every sorted row of a
 * {@link Csr} visits neighbours by name. Immutable; shared by every query of one graph.
 */
public final class GraphIndex {
  private static final int EXTERNAL = 1;
  private static final int GATE = 2;
  private static final int RUNNING = 4;
  private static final int SEVERITY_SHIFT = 3;
  public final Topology declared;
  public final Topology topology;
  public final Deployment deployment;
  private final String[] names;
  private final Service[] services;
  /**
   * Per node, what the queries test on every node they visit, packed into one byte so that a
   * visit reads one byte instead of a service object: {@link #EXTERNAL}, {@link #GATE}, {@link
   * #RUNNING}, and the severity's ordinal above them.
   */
  private final byte[] flags;
  private final int externalCount;
  private final int runningCount;
  /**
   * Startup edges "v needs w", required and optional: what orders startup. None leave an
   * external service, which starts elsewhere.
   */
  public final Csr needs;
  public final Csr neededBy;
  /** "w cannot start when v fails at startup": the required startup edges, reversed. */
  public final Csr startupRisk;
  /** Runtime interactions "v talks to w", as stated, required and optional. */
  public final Csr talksTo;
  public final Csr talkedToBy;
  /**
   * "w is at risk when v fails while running": required edges of both kinds between
   * long-running services, reversed.
   */
  public final Csr atRisk;
  /**
   * The optional startup edges "v wants w to start first", never carrying a failure; null when
   * there are none, as in most topologies, so that they cost no row offsets.
   */
  public final Csr wants;
  /** The optional runtime interactions "v may talk to w"; null when there are none. */
  public final Csr mayTalkTo;
  /**
   * Target to owners of the dependencies that declare their owner restarts with their target
   * (Compose {@code restart: true}); null when no dependency declares it.
   */
  public final Csr restartsWithBy;

  private GraphIndex(Topology declared, Topology topology, Deployment deployment) {
    this.declared = declared;
    this.topology = topology;
    this.deployment = declared.settle(deployment);
    List<Service> list = topology.services();
    int n = list.size();
    this.services = list.toArray(new Service[0]);
    this.names = new String[n];
    this.flags = new byte[n];
    int externals = 0;
    int running = 0;
    for (int v = 0; v < n; v++) {
      Service service = services[v];
      names[v] = service.name();
      boolean outside = service.external();
      boolean runs = service.lifecycle() == Lifecycle.LONG_RUNNING;
      flags[v] = (byte) ((outside ? EXTERNAL : 0) | (service.startupGate() ? GATE : 0)
          | (runs ? RUNNING : 0) | service.severity().ordinal() << SEVERITY_SHIFT);
      externals += outside ? 1 : 0;
      running += !outside && runs ? 1 : 0;
    }
    this.externalCount = externals;
    this.runningCount = running;
    Edges startup = new Edges();
    Edges runtime = new Edges();
    Edges startupFailure = new Edges();
    Edges risk = new Edges();
    Edges optional = new Edges();
    Edges optionalTalk = new Edges();
    Edges restarts = new Edges();
    for (int v = 0; v < n; v++) {
      for (Dependency dependency : services[v].dependencies()) {
        // Node numbers are positions in the topology, whose index answers any name at once.
        int w = topology.indexOf(dependency.target());
        if (dependency.restartsWith()) {
          restarts.add(w, v);
        }
        boolean startupEdge = dependency.kind() == DependencyKind.STARTUP;
        if (startupEdge && external(v)) {
          continue;
        }
        (startupEdge ? startup : runtime).add(v, w);
        if (!dependency.required()) {
          (startupEdge ? optional : optionalTalk).add(v, w);
          continue;
        }
        if (startupEdge) {
          startupFailure.add(w, v);
        }
        if (runsOn(v) && runsOn(w)) {
          risk.add(w, v);
        }
      }
    }
    this.needs = startup.freeze(n);
    this.neededBy = needs.transpose();
    this.wants = optional.size() == 0 ? null : optional.freeze(n);
    this.mayTalkTo = optionalTalk.size() == 0 ? null : optionalTalk.freeze(n);
    this.restartsWithBy = restarts.size() == 0 ? null : restarts.freeze(n);
    // Without optional dependencies, the required startup edges are all of them: share the rows.
    this.startupRisk =
        startupFailure.size() == startup.size() ? neededBy : startupFailure.freeze(n);
    this.talksTo = runtime.freeze(n);
    this.talkedToBy = talksTo.edgeCount() == 0 ? talksTo : talksTo.transpose();
    // Without runtime interactions, and with every startup edge required and between
    // long-running services, the edges at risk are the reversed startup edges: share the rows
    // instead of a third copy.
    boolean riskIsStartup = runtime.size() == 0 && risk.size() == startup.size();
    this.atRisk = riskIsStartup ? neededBy : risk.freeze(n);
  }

  /**
   * Resolves and freezes, O(V + E). A topology without conditions resolves to itself, so the
   * engine then holds no copy of it.
   */
  public static GraphIndex freeze(Topology declared, Deployment deployment) {
    return new GraphIndex(declared, declared.resolve(deployment), deployment);
  }

  public int size() {
    return names.length;
  }

  /** Whether the startup edge {@code v -> w} is optional. */
  public boolean wants(int v, int w) {
    return wants != null && wants.hasEdge(v, w);
  }

  /** Whether the runtime edge {@code v -> w} is optional. */
  public boolean mayTalkTo(int v, int w) {
    return mayTalkTo != null && mayTalkTo.hasEdge(v, w);
  }

  /** How many dependencies, of either kind, are optional. */
  public int optionalCount() {
    return (wants == null ? 0 : wants.edgeCount())
        + (mayTalkTo == null ? 0 : mayTalkTo.edgeCount());
  }

  public String name(int v) {
    return names[v];
  }

  public Service service(int v) {
    return services[v];
  }

  public boolean external(int v) {
    return (flags[v] & EXTERNAL) != 0;
  }

  /** The ordinal of the service's {@link dev.topology.api.Severity} in the deployment. */
  public int severityLevel(int v) {
    return flags[v] >>> SEVERITY_SHIFT;
  }

  public int externalCount() {
    return externalCount;
  }

  /** How many services of this installation run on once started: the long-running ones. */
  public int runningCount() {
    return runningCount;
  }

  public boolean gate(int v) {
    return (flags[v] & GATE) != 0;
  }

  /** Whether a failure of {@code v} while the system runs matters at all. */
  public boolean runsOn(int v) {
    return (flags[v] & RUNNING) != 0;
  }

  /**
   * Resolves any name of a service of this deployment to its node.
   *
   * @param what how the caller names the argument, for messages, such as {@code "An impact"}
   * @throws InvalidQueryException if the name is null, or names a service absent in this
   *     deployment
   * @throws NoSuchServiceException if no service has that name
   */
  public int indexOf(String name, String what) {
    if (name == null) {
      throw new InvalidQueryException(Messages.nullName(what));
    }
    int node = topology.indexOf(name);
    if (node >= 0) {
      return node;
    }
    Optional<Service> absent = declared.find(name);
    if (absent.isPresent() && absent.get().presentWhen().isPresent()) {
      throw new InvalidQueryException(
          Messages.absent(absent.get().name(), absent.get().presentWhen().get()));
    }
    throw new NoSuchServiceException(name, topology.closestNames(name));
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

    int size() {
      return size;
    }

    Csr freeze(int nodes) {
      return Csr.of(nodes, from, to, size);
    }
  }
}
