package dev.topology.graph;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The candidate causes of observed failures in a phase, best first.
 *
 * <p>Definitions. The <em>closure</em> of a set of services is the set itself and everything
 * its failure takes down ({@link Impact#affectedNames()}, by the rules of the phase). A set
 * <em>explains</em> the observed services when they all lie in its closure. A candidate is
 * either a single service that explains them, or, when no single service does, a pair that
 * does (neither member alone does, then). Sets of three or more are not searched.
 *
 * <p>Ranking: fewest services {@linkplain RootCause#beyondObserved() beyond the observed ones}
 * first (the candidate's own services count when they were not observed), then by name (pairs by
 * their first, then second name). A service {@code X} observed failing together with its whole
 * impact therefore comes first, with zero beyond, possibly tied with services that take each
 * other down with it. A service that takes a candidate down always ranks below that candidate.
 *
 * <p>Costs, with {@code t} the observed services that no other observed one takes down: single
 * candidates cost O(t (V + E)) to find, the search stopping as soon as none is left, plus
 * counting what each candidate takes down as {@link BlastRadius} does, restricted to them. The
 * pair search costs O(V + E) per pair examined and stops once it has visited 2<sup>24</sup>
 * (16,777,216) nodes and edges; {@link #exhaustive()} then says false, and the pairs found so
 * far are ranked. It examines the causes that take down least first (a service before what
 * takes it down), so a search cut short has met the best pairs first; the order does not
 * depend on timing, so the answer is the same every time.
 *
 * <p>Immutable and thread-safe; lists are unmodifiable views.
 */
public final class RootCauses {
  private final FailureGraph f;
  private final int[] observed;
  private final int[] first;
  private final int[] second;
  private final int[] beyond;
  private final boolean exhaustive;

  RootCauses(FailureGraph f, int[] observed, int[] first, int[] second, int[] beyond,
      boolean exhaustive) {
    this.f = f;
    this.observed = observed;
    this.first = first;
    this.second = second;
    this.beyond = beyond;
    this.exhaustive = exhaustive;
  }

  /**
   * Returns the phase the failures were observed in.
   *
   * @return the phase
   */
  public Phase phase() {
    return f.phase;
  }

  /**
   * Returns the observed services, each once.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> observed() {
    return new NameList(f.g, observed);
  }

  /**
   * Returns the candidates, best first: all single services that explain the observed ones, or
   * if there is none, the pairs found.
   *
   * @return an unmodifiable list; empty if no service or pair explains them all
   */
  public List<RootCause> candidates() {
    return new Candidates();
  }

  /**
   * Tells whether the search examined every candidate pair it needed to; false only when the
   * pair search stopped at its cap on work.
   *
   * @return true if the list is complete
   */
  public boolean exhaustive() {
    return exhaustive;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RootCauses that && f.phase == that.f.phase
        && exhaustive == that.exhaustive && observed().equals(that.observed())
        && candidates().equals(that.candidates());
  }

  @Override
  public int hashCode() {
    return Objects.hash(observed(), first.length);
  }

  /**
   * Returns the candidates for people, the first dozen with what else they take down.
   *
   * @return several lines
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RootCauses[").append(f.phase).append(" failure of ")
        .append(Messages.list(observed())).append(": ").append(first.length)
        .append(first.length == 1 ? " candidate" : " candidates");
    if (!exhaustive) {
      text.append(" (search cut at its cap on work)");
    }
    int shown = Math.min(first.length, Messages.NAMES_SHOWN);
    List<RootCause> all = candidates();
    for (int i = 0; i < shown; i++) {
      RootCause candidate = all.get(i);
      text.append("\n  ").append(i + 1).append(". ").append(candidate);
      if (candidate.beyondObserved() > 0) {
        text.append(": ").append(Messages.list(candidate.alsoDown()));
      }
    }
    if (shown < first.length) {
      text.append("\n  ... and ").append(first.length - shown).append(" more");
    }
    return text.append(']').toString();
  }

  private final class Candidates extends AbstractList<RootCause> implements RandomAccess {
    @Override
    public RootCause get(int index) {
      if (index < 0 || index >= first.length) {
        throw new IndexOutOfBoundsException("Index " + index + " is out of a list of "
            + first.length + " candidates.");
      }
      int[] services = second == null ? new int[] {first[index]}
          : new int[] {first[index], second[index]};
      return new RootCause(f, services, observed, beyond[index]);
    }

    @Override
    public int size() {
      return first.length;
    }
  }
}
