package dev.topology.graph;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One candidate of {@link RootCauses}: one service, or two, whose failure explains every
 * observed failure.
 *
 * <p>{@link #beyondObserved()} is what ranks candidates: the number of services that this
 * failure would take down, or that fail in it, and that were not observed failing. Zero means
 * the candidate accounts for exactly what was seen.
 *
 * <p>Immutable; equal when phase, services, observed services and count are. {@link
 * #alsoDown()} and {@link #impact()} are computed when asked, in O(V + E), so that a long list
 * of candidates costs no more than its counts.
 */
public final class RootCause {
  private final FailureGraph f;
  private final int[] services;
  private final int[] observed;
  private final int beyond;

  RootCause(FailureGraph f, int[] services, int[] observed, int beyond) {
    this.f = f;
    this.services = services;
    this.observed = observed;
    this.beyond = beyond;
  }

  /**
   * Returns the services whose failure is the candidate cause.
   *
   * @return an unmodifiable list of one or two canonical names, sorted
   */
  public List<String> services() {
    return new NameList(f.g, services);
  }

  /**
   * Returns the observed services this failure explains: all of them, as every candidate
   * explains every observed failure.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> explains() {
    return new NameList(f.g, observed);
  }

  /**
   * Returns how many services this failure would take down, or consists of, that were not
   * observed failing.
   *
   * @return the size of {@link #alsoDown()}
   */
  public int beyondObserved() {
    return beyond;
  }

  /**
   * Returns the services this failure would take down, or consists of, that were not observed
   * failing: what else to check.
   *
   * <p>Cost: O(V + E).
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> alsoDown() {
    Impact impact = impact();
    boolean[] seen = new boolean[f.g.size()];
    for (int v : observed) {
      seen[v] = true;
    }
    int[] others = new int[beyond];
    int k = 0;
    for (int v = 0; v < seen.length && k < beyond; v++) {
      if (!seen[v] && impact.touches(v)) {
        others[k++] = v;
      }
    }
    return new NameList(f.g, others);
  }

  /**
   * Returns the impact of this failure, with the path that explains each observed failure.
   *
   * <p>Cost: O(V + E).
   *
   * @return the impact of {@link #services()} in the phase of the search
   */
  public Impact impact() {
    return ImpactSearch.run(f.g, f.phase, services);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RootCause that && f.phase == that.f.phase && beyond == that.beyond
        && services().equals(that.services()) && explains().equals(that.explains());
  }

  @Override
  public int hashCode() {
    return Objects.hash(f.phase, services(), beyond, Arrays.hashCode(observed));
  }

  /** Returns {@code db (2 more down)} or {@code a + b (0 more down)}. */
  @Override
  public String toString() {
    return String.join(" + ", services()) + " (" + beyond + " more down)";
  }
}
