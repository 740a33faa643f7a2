package dev.topology.graph.internal;

import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.api.SettingCondition;
import dev.topology.api.Topology;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.triage.ForeignObservationException;
import dev.topology.graph.triage.GuessedMatch;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageOptions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which service each observed container runs, and whether the observation is of the topology at
 * all: the rules of {@link Triage}'s "which containers" in one place.
 *
 * <p>A container matches a service by name first: the service it gives, its Compose service
 * label, its own name, each resolved by any name of a service. Failing that, by the repository
 * of its image ({@code registry.example.com/shop/app:2.3} names {@code
 * registry.example.com/shop/app}): a guess, reported.
 */
public final class Matching {
  private final Map<ObservedContainer, Integer> nodes = new IdentityHashMap<>();
  private final List<GuessedMatch> guesses = new ArrayList<>();

  private Matching() {}

  /** Matches every container of the observation that is of the topology's project. */
  public static Matching of(Topology topology, Observation seen, TriageOptions options) {
    Matching matching = new Matching();
    for (ObservedContainer container : seen.containers()) {
      int v = foreign(container, options) ? -1 : byName(topology, container);
      if (v < 0 && !foreign(container, options)) {
        v = byImage(topology, container);
        if (v >= 0) {
          matching.guesses.add(GuessedMatch.of(container.name(), container.image().orElseThrow(),
              topology.services().get(v).name()));
        }
      }
      matching.nodes.put(container, v);
    }
    matching.guesses.sort(java.util.Comparator.comparing(GuessedMatch::container));
    return matching;
  }

  /** The node of the container's service, or -1 if it is of no service. */
  public int node(ObservedContainer container) {
    return nodes.getOrDefault(container, -1);
  }

  /** The containers matched by image alone, by container name. */
  public List<GuessedMatch> guesses() {
    return guesses;
  }

  /**
   * Refuses an empty observation, and one that is not of the topology: its containers' Compose
   * project labels name only other projects than the topology's (or any project, for a topology
   * outside Compose), or most of its containers match no service, by name or image, of the
   * topology as declared (a container of a service the deployment leaves out still belongs).
   */
  public static void refuseForeign(GraphIndex g, Observation seen, TriageOptions options) {
    List<ObservedContainer> containers = seen.containers();
    if (containers.isEmpty()) {
      throw new InvalidQueryException("No containers in the input: a triage needs at least one"
          + " observed container; an empty observation says nothing about any service.");
    }
    Set<String> projects = new TreeSet<>();
    containers.forEach(c -> c.project().ifPresent(projects::add));
    List<String> unmatched = new ArrayList<>();
    for (ObservedContainer container : containers) {
      if (byName(g.declared, container) < 0 && byImage(g.declared, container) < 0) {
        unmatched.add(container.name());
      }
    }
    if (options.outsideCompose() && !projects.isEmpty()) {
      throw new ForeignObservationException("The containers belong to the Compose project"
          + (projects.size() == 1 ? " " : "s ") + quoteAll(projects) + ", and this topology is"
          + " no Compose project; triage them against that project's Compose file.",
          unmatched, List.copyOf(projects));
    }
    if (options.project().isPresent() && !projects.isEmpty()
        && !projects.contains(options.project().get())) {
      throw new ForeignObservationException("The containers belong to the Compose project"
          + (projects.size() == 1 ? " " : "s ") + quoteAll(projects) + ", not to "
          + quote(options.project().get()) + "; triage them against the Compose file of "
          + (projects.size() == 1 ? "that project." : "their project."),
          unmatched, List.copyOf(projects));
    }
    if (unmatched.size() * 2 > containers.size()) {
      throw new ForeignObservationException(unmatched.size() + " of " + containers.size()
          + " containers match no service of this topology (" + shown(unmatched)
          + "); the observation is not of it: triage against the topology they belong to.",
          unmatched, List.copyOf(projects));
    }
  }

  /**
   * The choices (Compose profiles) to switch on so that the deployment has the services whose
   * containers were seen but that it leaves out: for each, the first choice and value, by
   * name, under which the service is present.
   */
  public static Map<String, String> switchesFor(GraphIndex g, Observation seen) {
    Map<String, String> switches = new TreeMap<>();
    for (ObservedContainer container : seen.containers()) {
      if (byName(g.topology, container) >= 0) {
        continue;
      }
      int v = byName(g.declared, container);
      if (v < 0) {
        continue;
      }
      Optional<SettingCondition> present = g.declared.services().get(v).presentWhen();
      if (present.isEmpty() || present.get().anyOf().keySet().stream()
          .anyMatch(switches::containsKey)) {
        continue;
      }
      new TreeMap<>(present.get().anyOf()).entrySet().stream().findFirst()
          .ifPresent(e -> switches.put(e.getKey(), new TreeSet<>(e.getValue()).first()));
    }
    return switches;
  }

  private static boolean foreign(ObservedContainer container, TriageOptions options) {
    Optional<String> project = container.project();
    return project.isPresent() && (options.outsideCompose()
        || options.project().isPresent() && !options.project().get().equals(project.get()));
  }

  /** By the service it gives, its Compose service label, then its own name. */
  private static int byName(Topology topology, ObservedContainer container) {
    int v = topology.indexOf(container.service());
    String label = container.labels().get(ObservedContainer.SERVICE_LABEL);
    if (v < 0 && label != null) {
      v = topology.indexOf(label);
    }
    return v < 0 ? topology.indexOf(container.name()) : v;
  }

  private static int byImage(Topology topology, ObservedContainer container) {
    return container.image().map(Matching::repository).filter(r -> !r.isBlank())
        .map(topology::indexOf).orElse(-1);
  }

  /** {@code shop/app:latest} and {@code repo@sha256:...} to their repository. */
  public static String repository(String image) {
    String repository = image;
    int digest = repository.indexOf('@');
    if (digest >= 0) {
      repository = repository.substring(0, digest);
    }
    int colon = repository.lastIndexOf(':');
    if (colon > repository.lastIndexOf('/')) {
      repository = repository.substring(0, colon);
    }
    return repository;
  }

  private static String shown(List<String> names) {
    return Messages.list(names.stream().map(Messages::quote).toList());
  }

  private static String quoteAll(Set<String> names) {
    return String.join(", ", names.stream().map(Messages::quote).toList());
  }

  private static String quote(String name) {
    return Messages.quote(name);
  }
}
