package dev.topology.testing;

import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Severity;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the {@link Impact} of a failure. Made by {@link
 * TopologyAssertions#assertThat(Impact)}.
 *
 * <p>"Takes down" means what {@link Impact#isAffected(String)} means: the service needs a failed
 * one, directly or through others, by the rules of the impact's phase; a failure message gives
 * the {@linkplain AffectedService#path() path} that explains it. The failed services themselves
 * are not taken down, and are not spared either: they failed.
 *
 * <p>Names may be any name of a service; one that no service has fails with the closest names,
 * so that a typo never passes as spared.
 */
public class ImpactAssert extends AbstractAssert<ImpactAssert, Impact> {
  /**
   * Creates the assertion; tests call {@link TopologyAssertions#assertThat(Impact)}.
   *
   * @param actual the impact to check
   */
  public ImpactAssert(Impact actual) {
    super(actual, ImpactAssert.class);
  }

  /**
   * Checks that the failure takes each of these services down.
   *
   * @param names any names of services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public ImpactAssert takesDown(String... names) {
    for (String name : Sentences.names(names, "the names of the services taken down")) {
      if (!affected(name)) {
        failWithMessage("%s", "Expected " + failure() + " to take down " + name + ", but "
            + (isFailed(name) ? name + " is itself one of the failed services"
                : name + " is not affected") + ". " + takenDown() + ".");
      }
    }
    return this;
  }

  /**
   * Checks that the failure takes exactly these services down, no more and no fewer.
   *
   * @param names any names of services; none for a failure that takes nothing down
   * @return this assertion
   * @throws IllegalArgumentException if the array or a name is null
   */
  public ImpactAssert takesDownExactly(String... names) {
    if (names == null) {
      throw new IllegalArgumentException("The assertion needs the names of the services taken "
          + "down, not null; give none for a failure that takes nothing down.");
    }
    TreeSet<String> expected = new TreeSet<>();
    for (String name : names) {
      Sentences.name(name, "the names of the services taken down");
      affected(name);
      expected.add(actual.topology().service(name).name());
    }
    List<String> found = actual.affectedNames();
    if (!found.equals(List.copyOf(expected))) {
      List<String> more = new ArrayList<>();
      for (String name : found) {
        if (!expected.contains(name)) {
          more.add(name + " (" + Sentences.needs(actual.affected(name).orElseThrow().path())
              + ")");
        }
      }
      List<String> fewer = expected.stream().filter(n -> !found.contains(n)).toList();
      failWithActualExpectedAndMessage(found, List.copyOf(expected), "%s", "Expected "
          + failure() + (expected.isEmpty() ? " to take nothing down"
              : " to take down exactly " + Sentences.and(List.copyOf(expected)))
          + ", but it " + takenDown().substring(3) + "."
          + (more.isEmpty() ? "" : " It also takes down " + Sentences.and(more) + ".")
          + (fewer.isEmpty() ? "" : " It does not take down " + Sentences.and(fewer) + "."));
    }
    return this;
  }

  /**
   * Checks that the failure takes nothing down beyond the failed services.
   *
   * @return this assertion
   */
  public ImpactAssert takesDownNothing() {
    return takesDownExactly();
  }

  /**
   * Checks that the failure neither takes down these services nor counts them among the failed.
   *
   * @param names any names of services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public ImpactAssert spares(String... names) {
    for (String name : Sentences.names(names, "the names of the services spared")) {
      if (affected(name)) {
        failWithMessage("%s", "Expected " + failure() + " to spare " + name
            + ", but it takes " + name + " down: "
            + Sentences.needs(actual.affected(name).orElseThrow().path()) + ".");
      }
      if (isFailed(name)) {
        failWithMessage("%s", "Expected " + failure() + " to spare " + name + ", but " + name
            + " is one of the failed services.");
      }
    }
    return this;
  }

  /**
   * Checks the explaining path of a service the failure takes down: from a failed service to
   * this one, each needing the one before ({@link AffectedService#path()}).
   *
   * @param name any name of the service taken down
   * @param path the canonical names of the path, from a failed service to this one
   * @return this assertion
   * @throws IllegalArgumentException if a name or the path is null, or the path is empty
   */
  public ImpactAssert takesDownThrough(String name, String... path) {
    Sentences.name(name, "the name of the service taken down");
    List<String> expected = Sentences.names(path, "the names on the path");
    takesDown(name);
    List<String> found = actual.affected(name).orElseThrow().path();
    if (!found.equals(expected)) {
      failWithActualExpectedAndMessage(found, expected, "%s", "Expected " + failure()
          + " to take " + name + " down through " + String.join(" -> ", expected)
          + ", but it does through " + String.join(" -> ", found) + ": "
          + Sentences.needs(found) + ".");
    }
    return this;
  }

  /**
   * Checks that each of these services is among the failed ones ({@link Impact#failed()}).
   *
   * @param names any names of services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public ImpactAssert hasFailed(String... names) {
    for (String name : Sentences.names(names, "the names of the failed services")) {
      affected(name);
      if (!isFailed(name)) {
        failWithMessage("%s", "Expected " + name + " among the failed services, but "
            + failure() + " has only " + Sentences.and(actual.failed()) + " failed.");
      }
    }
    return this;
  }

  /**
   * Checks how bad the failure is: {@link Impact#worstSeverity()}, the worse of the failed
   * services' own severity and the worst reached through them.
   *
   * @param expected the severity expected
   * @return this assertion
   * @throws IllegalArgumentException if the severity is null
   */
  public ImpactAssert hasWorstSeverity(Severity expected) {
    if (expected == null) {
      throw new IllegalArgumentException("The assertion needs the severity expected, not null.");
    }
    isNotNull();
    Severity found = actual.worstSeverity();
    if (found != expected) {
      Optional<AffectedService> worst = actual.affected().stream().findFirst();
      failWithActualExpectedAndMessage(found, expected, "%s", "Expected " + failure()
          + " to be " + expected + " at worst, but it is " + found + ": the failed services "
          + "are " + actual.failedSeverity() + " by themselves" + worst.map(w -> ", and "
              + w.name() + " (" + w.severity() + ") is the worst taken down: "
              + Sentences.needs(w.path())).orElse(", and it takes nothing down") + ".");
    }
    return this;
  }

  /**
   * Checks that nothing of the installation is left running ({@link Impact#wholeSystemDown()}).
   *
   * @return this assertion
   */
  public ImpactAssert isWholeSystemDown() {
    isNotNull();
    if (!actual.wholeSystemDown()) {
      failWithMessage("%s", "Expected " + failure() + " to take the whole system down, but it "
          + "leaves part of it running. " + takenDown() + ".");
    }
    return this;
  }

  /**
   * Checks that something of the installation is left running ({@link
   * Impact#wholeSystemDown()} false).
   *
   * @return this assertion
   */
  public ImpactAssert isNotWholeSystemDown() {
    isNotNull();
    if (actual.wholeSystemDown()) {
      failWithMessage("%s", "Expected " + failure() + " to leave part of the system running, "
          + "but it takes the whole system down.");
    }
    return this;
  }

  /**
   * Checks the phase the failure happens in.
   *
   * @param expected the phase expected
   * @return this assertion
   * @throws IllegalArgumentException if the phase is null
   */
  public ImpactAssert hasPhase(Phase expected) {
    if (expected == null) {
      throw new IllegalArgumentException("The assertion needs the phase expected, not null.");
    }
    isNotNull();
    if (actual.phase() != expected) {
      failWithActualExpectedAndMessage(actual.phase(), expected, "%s", "Expected a failure at "
          + expected + ", but " + failure() + " is at " + actual.phase() + ".");
    }
    return this;
  }

  /** Names the failure: {@code the STARTUP failure of postgres}. */
  private String failure() {
    return "the " + actual.phase() + " failure of " + Sentences.and(actual.failed());
  }

  /** Says what the failure takes down: {@code It takes down api and web}. */
  private String takenDown() {
    List<String> names = actual.affectedNames();
    return names.isEmpty() ? "It takes nothing down" : "It takes down " + Sentences.and(names);
  }

  private boolean isFailed(String name) {
    return actual.failed().contains(actual.topology().service(name).name());
  }

  /** Whether the service is taken down; a name no service has fails with the closest ones. */
  private boolean affected(String name) {
    isNotNull();
    try {
      return actual.isAffected(name);
    } catch (NoSuchServiceException e) {
      failWithMessage("%s", Sentences.unknown("Expected", name, e.suggestions()));
    } catch (InvalidQueryException e) {
      failWithMessage("%s", "Expected " + Sentences.quote(name) + " in the installation, but "
          + e.getMessage());
    }
    throw new AssertionError(Objects.toString(name));
  }
}
