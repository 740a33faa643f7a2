package dev.topology.graph.startup;

import dev.topology.graph.Edge;
import dev.topology.graph.internal.Messages;
import java.util.List;
import org.immutables.value.Value;

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
@Value.Immutable
public abstract class StartupCycle {

  StartupCycle() {}

  /**
   * Returns every service of the group, sorted by name.
   *
   * @return an unmodifiable list of at least two canonical names
   */
  public abstract List<String> services();

  /**
   * Returns one cycle through the group, in order: each service needs the next to start, and
   * the last needs the first. The first is the group's first service by name.
   *
   * @return an unmodifiable list of at least two distinct canonical names
   */
  public abstract List<String> witness();

  /**
   * Returns the startup dependency whose removal breaks the witness: from the witness's last
   * service to its first.
   *
   * @return the edge
   */
  public abstract Edge edgeToRemove();

  /**
   * Tells whether the group is exactly the witness cycle (no other service, no other edge), so
   * that removing {@link #edgeToRemove()} leaves it without any cycle.
   *
   * @return true if the witness is the only cycle of the group
   */
  public abstract boolean isSimpleCycle();

  /**
   * Returns a cycle.
   *
   * @param services every service of the group, sorted by name
   * @param witness one cycle through the group, from its first service by name
   * @param edgeToRemove the dependency that closes the witness
   * @param simple whether the group is exactly the witness
   * @return the cycle
   */
  public static StartupCycle of(List<String> services, List<String> witness, Edge edgeToRemove,
      boolean simple) {
    return builder().services(services).witness(witness).edgeToRemove(edgeToRemove)
        .isSimpleCycle(simple).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return StartupCycle.builder().from(this);
  }

  /** The builder of {@link StartupCycle}s. */
  public static final class Builder extends ImmutableStartupCycle.Builder {
    Builder() {}
  }

  /** Returns the cycle as {@code a -> b -> c -> a} with the edge to remove. */
  @Override
  public String toString() {
    return Messages.describe(this);
  }
}
