package dev.topology.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The checks and transformations of a whole topology, kept apart from its public face. */
final class TopologyChecks {
  private TopologyChecks() {}

  /** Indexes every name of every service, reporting each name used by two services. */
  static NameIndex index(List<Service> services, List<Problem> problems) {
    int names = 0;
    for (Service service : services) {
      names += 1 + service.aliases().size();
    }
    NameIndex index = new NameIndex(names);
    for (int position = 0; position < services.size(); position++) {
      Service service = services.get(position);
      for (String name : service.names()) {
        int earlierPosition = index.putIfAbsent(name, position);
        if (earlierPosition >= 0 && earlierPosition != position) {
          Service earlier = services.get(earlierPosition);
          problems.add(Problem.of(Problem.Kind.DUPLICATE_NAME,
              "The name " + Names.quote(name) + " is used by both " + Names.quote(earlier.name())
                  + " and " + Names.quote(service.name()) + "; names and aliases must be unique.",
              earlier.name(), service.name()));
        }
      }
    }
    return index;
  }

  /** Reports dangling, self and duplicate dependencies. */
  static void dependencies(
      List<Service> services, NameIndex index, List<Problem> problems) {
    int searches = 0;
    for (Service service : services) {
      // Most services have at most one dependency, and a duplicate needs two.
      Set<List<Object>> seen = service.dependencies().size() < 2 ? null : new HashSet<>();
      for (Dependency dependency : service.dependencies()) {
        int position = index.get(dependency.target());
        Service target = position < 0 ? null : services.get(position);
        if (service.hasName(dependency.target())) {
          problems.add(Problem.of(Problem.Kind.SELF_DEPENDENCY,
              "Service " + Names.quote(service.name()) + " depends on itself (as "
                  + Names.quote(dependency.target()) + "); remove that dependency.",
              service.name()));
        } else if (target == null) {
          List<String> close = searches++ < Names.SEARCHES_PER_VALIDATION
              ? Names.closest(dependency.target(), index) : List.of();
          problems.add(Problem.of(Problem.Kind.DANGLING_DEPENDENCY,
              "Service " + Names.quote(service.name()) + " depends on "
                  + Names.quote(dependency.target()) + ", which is not in the topology."
                  + (close.isEmpty() ? "" : " Did you mean " + quoteAll(close) + "?"),
              service.name(), dependency.target()));
        } else if (seen != null
            && !seen.add(List.of(target.name(), dependency.kind(), dependency.condition()))) {
          problems.add(Problem.of(Problem.Kind.DUPLICATE_DEPENDENCY,
              "Service " + Names.quote(service.name()) + " lists its "
                  + dependency.kind().name().toLowerCase(java.util.Locale.ROOT)
                  + " dependency on " + Names.quote(target.name()) + " more than once.",
              service.name(), target.name()));
        }
      }
    }
  }

  private static String quoteAll(List<String> names) {
    return String.join(" or ", names.stream().map(Names::quote).toList());
  }

  /**
   * The services of the concrete topology of {@code deployment}, or null if they are the
   * topology's own: a concrete topology resolves to itself, with nothing to validate again.
   */
  static List<Service> resolve(Topology topology, Deployment deployment) {
    List<Problem> problems = new ArrayList<>();
    Set<Service> externalized = new HashSet<>();
    int searches = 0;
    for (String name : deployment.externalized()) {
      Optional<Service> found = topology.find(name);
      if (found.isEmpty()) {
        List<String> close = searches++ < Names.SEARCHES_PER_VALIDATION
            ? topology.closestNames(name) : List.of();
        problems.add(Problem.of(Problem.Kind.INVALID_DEPLOYMENT,
            "The deployment externalizes " + Names.quote(name) + ", which is not in the topology."
                + (close.isEmpty() ? "" : " Did you mean " + quoteAll(close) + "?"),
            name));
      } else if (!found.get().externalizable()) {
        problems.add(Problem.of(Problem.Kind.INVALID_DEPLOYMENT,
            "The deployment externalizes " + Names.quote(found.get().name())
                + ", which cannot be externalized.", found.get().name()));
      } else if (!found.get().isPresentIn(deployment)) {
        problems.add(Problem.of(Problem.Kind.INVALID_DEPLOYMENT,
            "The deployment externalizes " + Names.quote(found.get().name())
                + ", which is absent in that deployment.", found.get().name()));
      } else {
        externalized.add(found.get());
      }
    }
    boolean allPresent = true;
    for (Service service : topology.services()) {
      allPresent &= service.isPresentIn(deployment);
    }
    List<Service> resolved = new ArrayList<>(topology.size());
    for (Service service : topology.services()) {
      if (!service.isPresentIn(deployment)) {
        continue;
      }
      // With every service present, unconditional edges all hold and none can merge (the
      // topology has no duplicates): nothing to look up.
      List<Dependency> kept = allPresent && unconditional(service.dependencies()) ? null
          : settledDependencies(service, topology, deployment, problems);
      boolean settled = kept == null && service.severityCondition().isEmpty()
          && service.severityOtherwise().isEmpty() && service.presentWhen().isEmpty()
          && (service.external() || !externalized.contains(service));
      // A service with nothing left to settle is kept as it is, so that resolving a large
      // topology without conditions rebuilds nothing.
      resolved.add(settled ? service : service.toBuilder()
          .severity(service.severityIn(deployment))
          .severityCondition(Optional.empty())
          .severityOtherwise(Optional.empty())
          .presentWhen(Optional.empty())
          .external(service.external() || externalized.contains(service))
          .dependencies(kept == null ? service.dependencies() : kept)
          .build());
    }
    if (!problems.isEmpty()) {
      throw new InvalidTopologyException(problems);
    }
    return unchanged(resolved, topology.services()) ? null : resolved;
  }

  private static boolean unconditional(List<Dependency> dependencies) {
    for (Dependency dependency : dependencies) {
      if (dependency.condition().isPresent()) {
        return false;
      }
    }
    return true;
  }

  private static boolean unchanged(List<Service> resolved, List<Service> services) {
    if (resolved.size() != services.size()) {
      return false;
    }
    for (int i = 0; i < resolved.size(); i++) {
      if (resolved.get(i) != services.get(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The edges of {@code service} that hold in {@code deployment}, without their conditions, or
   * null if that is the service's list as it is. Edges to one service of one kind that hold at
   * once become one edge, as strong as the strongest: required if any is, with the furthest
   * readiness any asks for; its target's spelling and citation are those of the unconditional
   * edge, or else of the one whose condition comes first, so that the result does not hang on
   * the order of the list.
   */
  private static List<Dependency> settledDependencies(
      Service service, Topology topology, Deployment deployment, List<Problem> problems) {
    List<Dependency> dependencies = service.dependencies();
    boolean unchanged = true;
    List<Dependency> kept = new ArrayList<>(dependencies.size());
    List<Optional<SettingCondition>> ranks = new ArrayList<>(dependencies.size());
    Map<List<Object>, Integer> slots = dependencies.size() < 2 ? null : new HashMap<>();
    for (Dependency dependency : dependencies) {
      if (!dependency.holdsIn(deployment)) {
        unchanged = false;
        continue;
      }
      Service target = topology.service(dependency.target());
      if ((!dependency.required() || dependency.onlyIfPresent())
          && !target.isPresentIn(deployment)) {
        // An optional dependency, or one that holds only when its target is present, on a
        // service this installation leaves out orders nothing.
        unchanged = false;
        continue;
      }
      Optional<SettingCondition> rank = dependency.condition();
      Dependency settled = rank.isEmpty() ? dependency
          : dependency.toBuilder().condition(Optional.empty()).build();
      unchanged &= rank.isEmpty();
      Integer slot = slots == null ? null
          : slots.putIfAbsent(List.of(target.name(), dependency.kind()), kept.size());
      if (slot != null) {
        unchanged = false;
        Dependency first = kept.get(slot);
        if (CONDITION_ORDER.compare(rank, ranks.get(slot)) < 0) {
          ranks.set(slot, rank);
          kept.set(slot, strongest(settled, first));
        } else {
          kept.set(slot, strongest(first, settled));
        }
        continue;
      }
      if (!target.isPresentIn(deployment)) {
        problems.add(Problem.of(Problem.Kind.DANGLING_DEPENDENCY,
            "Service " + Names.quote(service.name()) + " depends on "
                + Names.quote(target.name()) + ", which is absent in this deployment (it is present "
                + target.presentWhen().orElseThrow().description() + ").",
            service.name(), target.name()));
      }
      kept.add(settled);
      ranks.add(rank);
    }
    return unchanged ? null : kept;
  }

  /**
   * {@code kept}, required if either is, restarting with its target if either does, with the
   * further readiness of the two.
   */
  private static Dependency strongest(Dependency kept, Dependency other) {
    Readiness readiness = kept.readiness().compareTo(other.readiness()) >= 0 ? kept.readiness()
        : other.readiness();
    boolean required = kept.required() || other.required();
    boolean restarts = kept.restartsWith() || other.restartsWith();
    return required == kept.required() && readiness == kept.readiness()
        && restarts == kept.restartsWith() ? kept
        : kept.toBuilder().required(required).readiness(readiness).restartsWith(restarts).build();
  }

  /** The service without any dependency whose target is a name of {@code removed}. */
  static Service withoutDependenciesOn(Service service, Service removed) {
    List<Dependency> kept = new ArrayList<>();
    for (Dependency dependency : service.dependencies()) {
      if (!removed.hasName(dependency.target())) {
        kept.add(dependency);
      }
    }
    if (kept.size() == service.dependencies().size()) {
      return service;
    }
    return service.toBuilder().dependencies(kept).build();
  }

  /** No condition first, then conditions in their own order. */
  private static final Comparator<Optional<SettingCondition>> CONDITION_ORDER =
      Comparator.comparing(c -> c.orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));

  /** Startup before runtime, then by target, then unconditional first and by condition. */
  private static final Comparator<Dependency> CANONICAL_ORDER =
      Comparator.comparing(Dependency::kind).thenComparing(Dependency::target)
          .thenComparing(Dependency::condition, CONDITION_ORDER);

  /** The canonical services of {@link Topology#canonical()}, or null if they are already. */
  static List<Service> canonical(Topology topology) {
    List<Service> services = topology.services();
    List<Service> canonical = new ArrayList<>(services.size());
    boolean changed = false;
    for (Service service : services) {
      List<Dependency> dependencies = new ArrayList<>(service.dependencies().size());
      for (Dependency dependency : service.dependencies()) {
        String target = topology.service(dependency.target()).name();
        dependencies.add(target.equals(dependency.target()) ? dependency
            : dependency.toBuilder().target(target).build());
      }
      dependencies.sort(CANONICAL_ORDER);
      List<String> aliases = new ArrayList<>(service.aliases());
      Collections.sort(aliases);
      if (dependencies.equals(service.dependencies()) && aliases.equals(service.aliases())) {
        canonical.add(service);
      } else {
        changed = true;
        canonical.add(service.toBuilder().dependencies(dependencies).aliases(aliases).build());
      }
    }
    return changed ? canonical : null;
  }
}
