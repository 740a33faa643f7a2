package dev.topology.graph.diff;

import dev.topology.api.Severity;
import dev.topology.graph.Edge;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.internal.Arguments;
import dev.topology.graph.internal.DiffSearch;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupPlan;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What differs between two engines: two topologies, or two deployments of one topology.
 *
 * <pre>{@code
 * Deployment eu = Deployment.builder().choose("region", "eu").build();
 * TopologyDiff.of(TopologyGraph.of(topology), TopologyGraph.of(topology, eu)).severityChanges();
 *     // [billing: MEDIUM -> HIGH], where billing is HIGH only when region is eu
 * }</pre>
 *
 * <p>Definitions. Services are matched by canonical name in the concrete topologies of the two
 * engines ({@link TopologyGraph#topology()}): a renamed service is one removed and one added.
 * Edges are the dependencies of those concrete topologies, so a deployment that runs a service
 * outside removes that service's own startup dependencies, as the engine does. For services
 * present in both:
 *
 * <ul>
 *   <li>{@link #severityChanges()}: the severity settled for the deployment differs;
 *   <li>{@link #waveChanges()}: the startup wave differs ({@link StartupPlan#waves()}), an
 *       empty wave standing for a service run outside;
 *   <li>{@link #blastRadiusChanges(Phase)}: what its failure takes down, in number or worst
 *       severity, differs ({@link BlastRadius}).
 * </ul>
 *
 * <p>Every list is sorted by service name (edges by source, target, then kind), so the same
 * engines always give the same diff, and {@code of(b, a)} mirrors {@code of(a, b)}: added and
 * removed swap, every change swaps its before and after.
 *
 * <p>Cost: O(V + E) to merge the two engines, plus both engines' blast radii of both phases,
 * which the engines keep. Immutable and thread-safe; lists are unmodifiable.
 */
public final class TopologyDiff {
  private final List<String> added;
  private final List<String> removed;
  private final List<Change<Severity>> severities;
  private final List<Edge> addedEdges;
  private final List<Edge> removedEdges;
  private final List<Change<OptionalInt>> waves;
  private final List<Change<ServiceBlast>> startupBlasts;
  private final List<Change<ServiceBlast>> runtimeBlasts;

  private TopologyDiff(DiffSearch search) {
    this.added = List.copyOf(search.added);
    this.removed = List.copyOf(search.removed);
    this.severities = List.copyOf(search.severities);
    this.addedEdges = List.copyOf(search.addedEdges);
    this.removedEdges = List.copyOf(search.removedEdges);
    this.waves = List.copyOf(search.waves);
    this.startupBlasts = List.copyOf(search.blasts.get(Phase.STARTUP.ordinal()));
    this.runtimeBlasts = List.copyOf(search.blasts.get(Phase.RUNTIME.ordinal()));
  }

  /**
   * Compares two engines.
   *
   * @param before the first engine
   * @param after the second engine
   * @return what differs from {@code before} to {@code after}
   * @throws InvalidQueryException if an engine is null
   */
  public static TopologyDiff of(TopologyGraph before, TopologyGraph after) {
    if (before == null || after == null) {
      throw new InvalidQueryException(Messages.nullGraph("A diff"));
    }
    return new TopologyDiff(new DiffSearch(before, after));
  }

  /**
   * Returns the services only the second engine has.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> addedServices() {
    return added;
  }

  /**
   * Returns the services only the first engine has.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> removedServices() {
    return removed;
  }

  /**
   * Returns the services whose severity differs.
   *
   * @return an unmodifiable list, by service name
   */
  public List<Change<Severity>> severityChanges() {
    return severities;
  }

  /**
   * Returns the dependencies only the second engine has.
   *
   * @return an unmodifiable list, by source, target, then kind (startup first)
   */
  public List<Edge> addedEdges() {
    return addedEdges;
  }

  /**
   * Returns the dependencies only the first engine has.
   *
   * @return an unmodifiable list, by source, target, then kind (startup first)
   */
  public List<Edge> removedEdges() {
    return removedEdges;
  }

  /**
   * Returns the services that start in another wave; an empty wave means run outside.
   *
   * @return an unmodifiable list, by service name
   */
  public List<Change<OptionalInt>> waveChanges() {
    return waves;
  }

  /**
   * Returns the services whose failure takes down another number of services, or reaches
   * another worst severity, in a phase.
   *
   * @param phase when the services fail
   * @return an unmodifiable list, by service name
   * @throws InvalidQueryException if the phase is null
   */
  public List<Change<ServiceBlast>> blastRadiusChanges(Phase phase) {
    return Arguments.phase(phase, Arguments.BLAST_RADIUS) == Phase.STARTUP ? startupBlasts
        : runtimeBlasts;
  }

  /**
   * Tells whether the two engines answer alike in every respect this diff looks at.
   *
   * @return true if every list is empty
   */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && severities.isEmpty() && addedEdges.isEmpty()
        && removedEdges.isEmpty() && waves.isEmpty() && startupBlasts.isEmpty()
        && runtimeBlasts.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TopologyDiff that && added.equals(that.added)
        && removed.equals(that.removed) && severities.equals(that.severities)
        && addedEdges.equals(that.addedEdges) && removedEdges.equals(that.removedEdges)
        && waves.equals(that.waves) && startupBlasts.equals(that.startupBlasts)
        && runtimeBlasts.equals(that.runtimeBlasts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(added, removed);
  }

  /**
   * Returns the diff for people, one section per kind of change, each cut after a dozen lines.
   *
   * @return several lines; {@code TopologyDiff[no differences]} when empty
   */
  @Override
  public String toString() {
    if (isEmpty()) {
      return "TopologyDiff[no differences]";
    }
    StringBuilder text = new StringBuilder("TopologyDiff[");
    section(text, "services added", added);
    section(text, "services removed", removed);
    section(text, "severity changes", severities);
    section(text, "dependencies added", addedEdges);
    section(text, "dependencies removed", removedEdges);
    section(text, "wave changes", waves);
    section(text, "blast radius changes at startup", startupBlasts);
    section(text, "blast radius changes at runtime", runtimeBlasts);
    return text.append(']').toString();
  }

  private static void section(StringBuilder text, String title, List<?> items) {
    if (items.isEmpty()) {
      return;
    }
    text.append(text.length() > "TopologyDiff[".length() ? "\n" : "").append(title).append(" (")
        .append(items.size()).append("):");
    int shown = Math.min(items.size(), Messages.NAMES_SHOWN);
    for (int i = 0; i < shown; i++) {
      text.append("\n  ").append(items.get(i));
    }
    if (shown < items.size()) {
      text.append("\n  ... and ").append(items.size() - shown).append(" more");
    }
  }
}
