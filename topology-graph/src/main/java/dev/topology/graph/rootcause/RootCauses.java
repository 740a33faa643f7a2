package dev.topology.graph.rootcause;

import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.FailureGraph;
import dev.topology.graph.internal.GreedyCover;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.internal.NameList;
import dev.topology.graph.internal.RootCauseSearch;
import dev.topology.graph.startup.Phase;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The candidate causes of observed failures in a phase, smallest sets first, best first among
 * them.
 *
 * <p>Definitions. The <em>closure</em> of a set of services is the set itself and everything
 * its failure takes down ({@link Impact#affectedNames()}, by the rules of the phase). A set
 * <em>explains</em> the observed services when they all lie in its closure. A candidate is a set
 * of services that explains them; every failed service explains itself, so the observed
 * services always explain themselves and there is a candidate whenever something was observed.
 * The answer is empty ({@link #isEmpty()}) only when nothing was observed failing: nothing to
 * explain.
 *
 * <p>Search. Single services first: if some service explains everything, the candidates are
 * every such service. Otherwise sets of 2, then 3, up to {@value RootCauseSearch#EXACT_SIZE}
 * services are searched exhaustively, and the candidates are every set of the smallest size that
 * explains them ({@link RootCause#exact()} true). Observed failures that pairwise share no cause
 * need one service each, so the search starts at their number (counted up to 64): three
 * unrelated failures get their sets of three at once, and ten get the greedy candidate below,
 * proved exact. Beyond {@value RootCauseSearch#EXACT_SIZE} services, or when the exhaustive
 * search reaches its cap on work before finding a set, one candidate is built greedily: the
 * service that explains most of the observed failures not yet explained, repeatedly, ties going
 * as the ranking below goes (among the first {@value GreedyCover#TIES_COMPARED} tied, a service
 * before any that takes it down), until no service explains two of the failures left, which then
 * join as their own causes; then every service that the others make unnecessary is left out.
 * That candidate is marked {@link RootCause#exact()} false, unless it is no larger than the size
 * below which no explaining set exists, as proved by the search so far.
 *
 * <p>Ranking: fewest services {@linkplain RootCause#alsoDownCount() also down} (down with the
 * candidate but not observed failing; the candidate's own services count when they were not
 * observed), then by name (sets by their first name, then second, and so on). A service {@code
 * X} observed failing together with its whole impact therefore comes first, with nothing else
 * down, possibly tied with services that take each other down with it. A service that takes a
 * candidate down always ranks below that candidate.
 *
 * <p>Costs, with {@code t} the observed services that no other observed one takes down: single
 * candidates cost O(t (V + E)) to find, the search stopping as soon as none is left, plus
 * counting what each candidate takes down as {@link BlastRadius} does, restricted to them. The
 * search for sets costs O(V + E) per set examined and stops once it has visited 2<sup>24</sup>
 * (16,777,216) nodes and edges, or found {@value RootCauseSearch#CANDIDATE_LIMIT} sets; {@link
 * #exhaustive()} then says false, and the sets found so far are ranked. It examines the causes
 * that take down least first (a service before what takes it down), so a search cut short has
 * met the best sets first; the order does not depend on timing, so the answer is the same every
 * time. Finding the failures that share no cause, and the greedy candidate, cost O(t (V + E))
 * more.
 *
 * <p>Immutable and thread-safe; lists are unmodifiable views.
 */
public final class RootCauses {
  private final FailureGraph f;
  private final int[] observed;
  private final int[][] sets;
  private final int[] alsoDown;
  private final boolean exhaustive;
  private final boolean exact;
  private final boolean greedy;
  /** How many candidates the search found: more than {@code sets} holds once limited. */
  private final int found;

  static {
    Access.rootCauses(RootCauses::new);
  }

  private RootCauses(FailureGraph f, int[] observed, int[][] sets, int[] alsoDown,
      boolean exhaustive, boolean exact, boolean greedy) {
    this(f, observed, sets, alsoDown, exhaustive, exact, greedy, sets.length);
  }

  private RootCauses(FailureGraph f, int[] observed, int[][] sets, int[] alsoDown,
      boolean exhaustive, boolean exact, boolean greedy, int found) {
    this.found = found;
    this.f = f;
    this.observed = observed;
    this.sets = sets;
    this.alsoDown = alsoDown;
    this.exhaustive = exhaustive;
    this.exact = exact;
    this.greedy = greedy;
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
   * @return an unmodifiable list of canonical names, sorted; empty if nothing was observed
   */
  public List<String> observed() {
    return new NameList(f.g, observed);
  }

  /**
   * Returns the candidates, best first: all sets of the smallest size that explain the observed
   * services, or the one set found greedily.
   *
   * @return an unmodifiable list; empty only if nothing was observed failing
   */
  public List<RootCause> candidates() {
    return new Candidates();
  }

  /**
   * Returns the best candidate.
   *
   * @return the first of {@link #candidates()}, or empty if nothing was observed failing
   */
  public Optional<RootCause> best() {
    return sets.length == 0 ? Optional.empty() : Optional.of(candidates().get(0));
  }

  /**
   * Tells whether there is no candidate, which happens only when nothing was observed failing.
   *
   * @return true if {@link #candidates()} is empty
   */
  public boolean isEmpty() {
    return sets.length == 0;
  }

  /**
   * Tells whether the list holds every candidate of its size: false when the search stopped at
   * its cap on work, or when the one candidate was found greedily.
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
    return Objects.hash(observed(), sets.length);
  }

  /**
   * Returns the candidates for people, the first dozen with what else they have down, such as
   * {@code RootCauses[RUNTIME failure of api, web: 2 candidates\n  1. api (nothing else down)\n
   * 2. db (1 also down: db itself)]}, or {@code RootCauses[RUNTIME: nothing observed failing, no
   * candidate]}.
   *
   * @return several lines
   */
  @Override
  public String toString() {
    if (sets.length == 0) {
      return "RootCauses[" + f.phase + ": nothing observed failing, no candidate]";
    }
    StringBuilder text = new StringBuilder("RootCauses[").append(f.phase).append(" failure of ")
        .append(Messages.list(observed())).append(": ").append(found)
        .append(found == 1 ? " candidate" : " candidates");
    if (greedy) {
      text.append(exact ? ", found greedily, of the smallest size" : ", found greedily");
    } else if (!exhaustive) {
      text.append(" (search cut at its cap on work)");
    }
    int shown = Math.min(sets.length, Messages.NAMES_SHOWN);
    List<RootCause> all = candidates();
    for (int i = 0; i < shown; i++) {
      text.append("\n  ").append(i + 1).append(". ").append(all.get(i));
    }
    if (shown < found) {
      text.append("\n  ... and ").append(found - shown).append(" more");
    }
    return text.append(']').toString();
  }

  private final class Candidates extends AbstractList<RootCause> implements RandomAccess {
    @Override
    public RootCause get(int index) {
      if (index < 0 || index >= sets.length) {
        throw new IndexOutOfBoundsException("Index " + index + " is out of a list of "
            + sets.length + " candidates.");
      }
      return new RootCause(f, sets[index], observed, alsoDown[index], exact);
    }

    @Override
    public int size() {
      return sets.length;
    }
  }

  /**
   * Returns how many candidates the search found: the size of {@link #candidates()}, or more
   * for an answer {@linkplain #limit(int) limited} to its first candidates.
   *
   * @return zero or more
   */
  public int found() {
    return found;
  }

  /**
   * Returns the same answer with only its first candidates listed, for a report that shows the
   * best few: telling what a candidate has {@linkplain RootCause#alsoDown() also down} costs a
   * walk of the graph, and on a long chain there are as many candidates as services. {@link
   * #found()} still counts every candidate.
   *
   * <p>Cost: O(most).
   *
   * @param most the most candidates to list
   * @return this answer if it lists no more than {@code most}, otherwise a limited copy
   * @throws InvalidQueryException if {@code most} is less than 1
   */
  public RootCauses limit(int most) {
    if (most < 1) {
      throw new InvalidQueryException("A root-cause answer lists at least 1 candidate, not "
          + most + "; limit(1) keeps the best.");
    }
    if (most >= sets.length) {
      return this;
    }
    return new RootCauses(f, observed, Arrays.copyOf(sets, most), Arrays.copyOf(alsoDown, most),
        exhaustive, exact, greedy, found);
  }
}
