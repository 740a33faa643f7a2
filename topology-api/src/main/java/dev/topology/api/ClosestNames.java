package dev.topology.api;

import java.util.List;

/**
 * The search behind every "did you mean" of the library, for readers of other formats that
 * report unknown names the same way.
 *
 * <pre>{@code
 * ClosestNames.of("postgress", List.of("postgres", "redis"));   // [postgres]
 * }</pre>
 */
public final class ClosestNames {
  private static final int MOST = 3;

  private ClosestNames() {}

  /**
   * Returns the known names closest to {@code name}, best first: those within an edit distance
   * of about a third of its length (a swap of two neighbouring characters counting as one
   * edit), then those that contain it or that it contains. Names of more than 128 characters
   * are neither looked up nor offered.
   *
   * <p>Cost: O(k · m²) for {@code k} known names of length about {@code m}.
   *
   * @param name the unknown name
   * @param known the names it may have meant, in any order
   * @return up to three names, best first, ties by name; empty if none is close
   * @throws InvalidTopologyException if {@code known} is null
   */
  public static List<String> of(String name, Iterable<String> known) {
    if (known == null) {
      throw new InvalidTopologyException("ClosestNames.of needs the known names, not null.");
    }
    return Names.closest(name, known, MOST);
  }
}
