package dev.topology.testing;

import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.rootcause.RootCauses;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on {@link RootCauses}: the candidate sets of services whose failure explains what
 * was observed failing, best first. Made by {@link TopologyAssertions#assertThat(RootCauses)}.
 *
 * <p>A candidate is given as the names of its services, in any order; it matches a candidate of
 * the answer with exactly those services. Names may be any name of a service; one that no
 * service has fails with the closest names.
 */
public class RootCausesAssert extends AbstractAssert<RootCausesAssert, RootCauses> {
  /** The most candidates a failure message lists. */
  private static final int SHOWN = 12;

  /**
   * Creates the assertion; tests call {@link TopologyAssertions#assertThat(RootCauses)}.
   *
   * @param actual the candidates to check
   */
  public RootCausesAssert(RootCauses actual) {
    super(actual, RootCausesAssert.class);
  }

  /**
   * Checks the best candidate ({@link RootCauses#best()}): its services are exactly these.
   *
   * @param names any names of the candidate's services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public RootCausesAssert hasBestCandidate(String... names) {
    List<String> expected = candidate(names);
    Optional<RootCause> best = actual.best();
    if (best.isEmpty() || !best.get().services().equals(expected)) {
      failWithActualExpectedAndMessage(best.map(RootCause::services).orElse(List.of()),
          expected, "%s", "Expected " + String.join(" + ", expected)
              + " to be the best candidate, but " + (best.isEmpty() ? "there is none"
              : "the best is " + best.get()) + ". " + listed());
    }
    return this;
  }

  /**
   * Checks that one of the candidates has exactly these services.
   *
   * @param names any names of the candidate's services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public RootCausesAssert hasCandidate(String... names) {
    List<String> expected = candidate(names);
    if (actual.candidates().stream().noneMatch(c -> c.services().equals(expected))) {
      failWithMessage("%s", "Expected " + String.join(" + ", expected) + " among the "
          + "candidates, but it is not one. " + listed());
    }
    return this;
  }

  /**
   * Checks that there is no candidate, which happens only when nothing was observed failing.
   *
   * @return this assertion
   */
  public RootCausesAssert isEmpty() {
    isNotNull();
    if (!actual.isEmpty()) {
      failWithMessage("%s", "Expected no candidate, but there " + (actual.found() == 1
          ? "is 1" : "are " + actual.found()) + ". " + listed());
    }
    return this;
  }

  /**
   * Checks that there is a candidate, which happens whenever something was observed failing.
   *
   * @return this assertion
   */
  public RootCausesAssert isNotEmpty() {
    isNotNull();
    if (actual.isEmpty()) {
      failWithMessage("%s", "Expected a candidate, but there is none: nothing was observed "
          + "failing at " + actual.phase() + ".");
    }
    return this;
  }

  /**
   * Checks that the list holds every candidate of its size ({@link RootCauses#exhaustive()}):
   * the search was not cut at its cap on work, and the candidate was not found greedily.
   *
   * @return this assertion
   */
  public RootCausesAssert isExhaustive() {
    isNotNull();
    if (!actual.exhaustive()) {
      failWithMessage("%s", "Expected every candidate of the smallest size, but the search "
          + "was cut short or found its candidate greedily. " + listed());
    }
    return this;
  }

  /** Lists the candidates for a failure message. */
  private String listed() {
    if (actual.isEmpty()) {
      return "Nothing was observed failing at " + actual.phase() + ".";
    }
    StringBuilder text = new StringBuilder("The failures of ")
        .append(Sentences.and(actual.observed())).append(" at ").append(actual.phase())
        .append(" have ").append(actual.found())
        .append(actual.found() == 1 ? " candidate:" : " candidates:");
    List<RootCause> all = actual.candidates();
    for (int i = 0; i < Math.min(SHOWN, all.size()); i++) {
      text.append("\n  ").append(i + 1).append(". ").append(all.get(i));
    }
    if (actual.found() > SHOWN) {
      text.append("\n  ... and ").append(actual.found() - SHOWN).append(" more");
    }
    return text.toString();
  }

  /**
   * The canonical names of a candidate, sorted as the answer sorts them; a name no service has
   * fails with the closest ones. Without any candidate, the answer knows no topology, and the
   * names are taken as given.
   */
  private List<String> candidate(String[] names) {
    List<String> given = Sentences.names(names, "the names of the candidate's services");
    isNotNull();
    if (actual.isEmpty()) {
      return List.copyOf(new TreeSet<>(given));
    }
    Topology topology = actual.candidates().get(0).impact().topology();
    TreeSet<String> canonical = new TreeSet<>();
    for (String name : given) {
      Optional<Service> found = topology.find(name);
      if (found.isEmpty()) {
        failWithMessage("%s", Sentences.unknown("Expected", name, topology.closestNames(name)));
      }
      canonical.add(found.get().name());
    }
    return List.copyOf(canonical);
  }
}
