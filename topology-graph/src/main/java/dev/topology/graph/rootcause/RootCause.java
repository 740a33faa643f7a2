package dev.topology.graph.rootcause;

import dev.topology.api.Severity;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.FailureGraph;
import dev.topology.graph.internal.ImpactSearch;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.internal.NameList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One candidate of {@link RootCauses}: a set of services whose failure explains every observed
 * failure.
 *
 * <p>Vocabulary, the same in this API, in the tool's JSON and in its text:
 *
 * <ul>
 *   <li><em>observed</em>: the services given as observed failing ({@link #explains()});
 *   <li><em>also down</em>: every service that would be down if this candidate were the cause
 *       (its own services and what their failure takes down) and that was not observed failing
 *       ({@link #alsoDown()}): what else to check. A member of the candidate that was not
 *       observed failing is also down; {@link #toString()} marks it {@code itself};
 *   <li><em>also-down count</em>: the size of that list ({@link #alsoDownCount()}), which ranks
 *       candidates: zero means the candidate accounts for exactly what was seen;
 *   <li><em>exact</em>: no set of fewer services explains the observed failures ({@link
 *       #exact()}); otherwise the candidate was found greedily.
 * </ul>
 *
 * <p>Immutable; equal when phase, services, observed services, count and exactness are. {@link
 * #alsoDown()} and {@link #impact()} are computed when asked, in O(V + E), so that a long list
 * of candidates costs no more than its counts.
 */
public final class RootCause {
  private final FailureGraph f;
  private final int[] services;
  private final int[] observed;
  private final int alsoDownCount;
  private final boolean exact;

  RootCause(FailureGraph f, int[] services, int[] observed, int alsoDownCount, boolean exact) {
    this.f = f;
    this.services = services;
    this.observed = observed;
    this.alsoDownCount = alsoDownCount;
    this.exact = exact;
  }

  /**
   * Returns the services whose failure is the candidate cause.
   *
   * @return an unmodifiable list of one or more canonical names, sorted
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
   * Returns how many services would be down with this cause, its own included, that were not
   * observed failing: what ranks candidates.
   *
   * @return the size of {@link #alsoDown()}
   */
  public int alsoDownCount() {
    return alsoDownCount;
  }

  /**
   * Tells whether no set of fewer services explains the observed failures. Such a candidate is
   * also minimal: leaving out any of its services leaves an observed failure unexplained. False
   * for a candidate found greedily ({@link RootCauses} says when): it explains every observed
   * failure and none of its services can be left out, but a smaller set may exist.
   *
   * @return true if the candidate is of the smallest size possible
   */
  public boolean exact() {
    return exact;
  }

  /**
   * Returns the services that would be down with this cause, its own services included, that
   * were not observed failing: what else to check.
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
    int[] others = new int[alsoDownCount];
    int k = 0;
    for (int v = 0; v < seen.length && k < alsoDownCount; v++) {
      if (!seen[v] && Access.impacts().touches(impact, v)) {
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
    return other instanceof RootCause that && f.phase == that.f.phase
        && alsoDownCount == that.alsoDownCount && exact == that.exact
        && services().equals(that.services()) && explains().equals(that.explains());
  }

  @Override
  public int hashCode() {
    return Objects.hash(f.phase, services(), alsoDownCount, explains());
  }

  /**
   * Returns {@code api (nothing else down)}, {@code db (2 also down: db itself, jobs)} or, for a
   * candidate found greedily, {@code a + b + c (greedy; nothing else down)}: the services, then
   * what else is down, each member of the cause that was not observed marked {@code itself}.
   *
   * <p>Cost: O(V + E) when something else is down.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(String.join(" + ", services())).append(" (");
    if (!exact) {
      text.append("greedy; ");
    }
    if (alsoDownCount == 0) {
      return text.append("nothing else down)").toString();
    }
    List<String> marked = new ArrayList<>();
    List<String> own = services();
    for (String name : alsoDown()) {
      marked.add(own.contains(name) ? name + " itself" : name);
    }
    return text.append(alsoDownCount).append(" also down: ").append(Messages.list(marked))
        .append(')').toString();
  }

  /**
   * Returns the worst of the candidate's services' own severities in the deployment: how bad
   * the cause is by itself, as {@link Impact#failedSeverity()} says of a failure.
   *
   * <p>Cost: O(number of services of the candidate).
   *
   * @return the severity
   */
  public Severity severity() {
    Severity worst = Severity.LOW;
    for (int v : services) {
      worst = worst.max(f.g.service(v).severity());
    }
    return worst;
  }
}
