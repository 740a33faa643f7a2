package dev.topology.graph;

import java.util.List;
import java.util.Objects;

/**
 * One group of services that need each other, directly or not, to start, so that none of them
 * can start first: a strongly connected component of the startup dependencies with at least two
 * services, and one cycle through it as a witness.
 *
 * <p>The witness is chosen without arbitrariness: it starts at the group's first service by
 * name and is the shortest cycle back to it, ties broken by following dependencies in name
 * order (breadth-first). The edge offered for removal is the one that closes the witness, from
 * its last service back to its first; removing it breaks the witness, and every cycle of the
 * group when {@link #isSimpleCycle()} holds.
 *
 * <p>Immutable.
 */
public final class StartupCycle {
  private final List<String> services;
  private final List<String> witness;
  private final Edge edgeToRemove;
  private final boolean simple;

  StartupCycle(List<String> services, List<String> witness, Edge edgeToRemove, boolean simple) {
    this.services = services;
    this.witness = witness;
    this.edgeToRemove = edgeToRemove;
    this.simple = simple;
  }

  /**
   * Returns every service of the group, sorted by name.
   *
   * @return an unmodifiable list of at least two canonical names
   */
  public List<String> services() {
    return services;
  }

  /**
   * Returns one cycle through the group, in order: each service needs the next to start, and
   * the last needs the first. The first is the group's first service by name.
   *
   * @return an unmodifiable list of at least two distinct canonical names
   */
  public List<String> witness() {
    return witness;
  }

  /**
   * Returns the startup dependency whose removal breaks the witness: from the witness's last
   * service to its first.
   *
   * @return the edge
   */
  public Edge edgeToRemove() {
    return edgeToRemove;
  }

  /**
   * Tells whether the group is exactly the witness cycle (no other service, no other edge), so
   * that removing {@link #edgeToRemove()} leaves it without any cycle.
   *
   * @return true if the witness is the only cycle of the group
   */
  public boolean isSimpleCycle() {
    return simple;
  }

  String describe() {
    String cycle = Messages.cycle(witness);
    if (simple) {
      return cycle + " (removing the dependency " + edgeToRemove + " breaks it)";
    }
    return cycle + ", one cycle among the " + services.size() + " services "
        + Messages.list(services) + " that need each other (removing the dependency "
        + edgeToRemove + " breaks this one)";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StartupCycle that && services.equals(that.services)
        && witness.equals(that.witness) && edgeToRemove.equals(that.edgeToRemove);
  }

  @Override
  public int hashCode() {
    return Objects.hash(witness, services);
  }

  /** Returns the cycle as {@code a -> b -> c -> a} with the edge to remove. */
  @Override
  public String toString() {
    return describe();
  }
}
