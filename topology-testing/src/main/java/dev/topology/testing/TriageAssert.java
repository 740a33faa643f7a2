package dev.topology.testing;

import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Severity;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.triage.ServiceStatus;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageCause;
import dev.topology.graph.triage.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Triage}: which services failed, which failures are root causes, what is
 * at risk and how bad it is. Made by {@link TopologyAssertions#assertThat(Triage)}.
 *
 * <p>Each assertion reads the triage's own answer ({@link Triage#causes()}, {@link
 * Triage#failed()}, ...). Names may be any name of a service of the installation; one that no
 * service has fails with the closest names, and an external service, which a triage gives no
 * verdict, fails too.
 */
public class TriageAssert extends AbstractAssert<TriageAssert, Triage> {
  /**
   * Creates the assertion; tests call {@link TopologyAssertions#assertThat(Triage)}.
   *
   * @param actual the triage to check
   */
  public TriageAssert(Triage actual) {
    super(actual, TriageAssert.class);
  }

  /**
   * Checks that a service is one of the root causes ({@link Triage#causes()}).
   *
   * @param name any name of the service
   * @return this assertion
   * @throws IllegalArgumentException if the name is null
   */
  public TriageAssert hasRootCause(String name) {
    ServiceStatus status = status(Sentences.name(name, "the name of the root cause"));
    if (!causeNames().contains(status.service())) {
      failWithMessage("%s", "Expected " + status.service() + " to be a root cause, but "
          + causes() + "; " + said(status) + ".");
    }
    return this;
  }

  /**
   * Checks that the root causes are exactly these services.
   *
   * @param names any names of the services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public TriageAssert hasRootCauses(String... names) {
    TreeSet<String> expected = new TreeSet<>();
    for (String name : Sentences.names(names, "the names of the root causes")) {
      expected.add(status(name).service());
    }
    List<String> found = causeNames();
    if (!found.equals(List.copyOf(expected))) {
      failWithActualExpectedAndMessage(found, List.copyOf(expected), "%s", "Expected the root "
          + "causes " + Sentences.and(List.copyOf(expected)) + ", but " + causes() + ".");
    }
    return this;
  }

  /**
   * Checks that there is no root cause, as when nothing failed.
   *
   * @return this assertion
   */
  public TriageAssert hasNoRootCause() {
    isNotNull();
    if (!actual.causes().isEmpty()) {
      failWithMessage("%s", "Expected no root cause, but " + causes() + ".");
    }
    return this;
  }

  /**
   * Checks that each of these services failed ({@link Triage#failed()}: its {@link Verdict}
   * counts as failed).
   *
   * @param names any names of services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public TriageAssert hasFailed(String... names) {
    for (String name : Sentences.names(names, "the names of the failed services")) {
      ServiceStatus status = status(name);
      if (!actual.failed().contains(status.service())) {
        failWithMessage("%s", "Expected " + status.service() + " to have failed, but "
            + said(status) + ". The failed services are " + Sentences.and(actual.failed())
            + ".");
      }
    }
    return this;
  }

  /**
   * Checks the verdict on a service.
   *
   * @param name any name of the service
   * @param expected the verdict expected
   * @return this assertion
   * @throws IllegalArgumentException if the name or the verdict is null
   */
  public TriageAssert hasVerdict(String name, Verdict expected) {
    Sentences.name(name, "the name of a service");
    if (expected == null) {
      throw new IllegalArgumentException("The assertion needs the verdict expected, not null.");
    }
    ServiceStatus status = status(name);
    if (status.verdict() != expected) {
      failWithActualExpectedAndMessage(status.verdict(), expected, "%s", "Expected "
          + status.service() + " to be " + expected.words() + ", but " + said(status) + ".");
    }
    return this;
  }

  /**
   * Checks that each of these services failed and is neither a root cause nor explained by one
   * ({@link Triage#unexplained()}).
   *
   * @param names any names of services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public TriageAssert hasUnexplained(String... names) {
    for (String name : Sentences.names(names, "the names of the unexplained services")) {
      ServiceStatus status = status(name);
      if (!actual.unexplained().contains(status.service())) {
        String why = !actual.failed().contains(status.service()) ? said(status)
            : causeNames().contains(status.service()) ? "it is a root cause"
            : "it is explained: " + causes();
        failWithMessage("%s", "Expected " + status.service() + " to be an unexplained "
            + "failure, but " + why + ". The unexplained failures are "
            + Sentences.and(actual.unexplained()) + ".");
      }
    }
    return this;
  }

  /**
   * Checks that the failure puts each of these services at risk: they have not failed or
   * completed, and the failure takes them down ({@link Triage#atRisk()}).
   *
   * @param names any names of services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public TriageAssert putsAtRisk(String... names) {
    for (String name : Sentences.names(names, "the names of the services at risk")) {
      ServiceStatus status = status(name);
      if (!actual.atRisk().contains(status.service())) {
        failWithMessage("%s", "Expected " + status.service() + " to be at risk, but it is "
            + "not; " + said(status) + ". At risk: " + Sentences.and(actual.atRisk()) + ".");
      }
    }
    return this;
  }

  /**
   * Checks that the failure does not put these services at risk ({@link Triage#atRisk()}).
   *
   * @param names any names of services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public TriageAssert doesNotPutAtRisk(String... names) {
    for (String name : Sentences.names(names, "the names of the services not at risk")) {
      ServiceStatus status = status(name);
      if (actual.atRisk().contains(status.service())) {
        String path = actual.impact().flatMap(i -> i.affected(status.service()))
            .map(a -> ": " + Sentences.needs(a.path())).orElse("");
        failWithMessage("%s", "Expected " + status.service() + " not to be at risk, but it is"
            + path + ".");
      }
    }
    return this;
  }

  /**
   * Checks how bad the failure is ({@link Triage#severity()}).
   *
   * @param expected the severity expected
   * @return this assertion
   * @throws IllegalArgumentException if the severity is null
   */
  public TriageAssert hasSeverity(Severity expected) {
    if (expected == null) {
      throw new IllegalArgumentException("The assertion needs the severity expected, not null.");
    }
    isNotNull();
    Optional<Severity> found = actual.severity();
    if (found.isEmpty() || found.get() != expected) {
      failWithActualExpectedAndMessage(found.orElse(null), expected, "%s", "Expected the "
          + "failure to be " + expected + " at worst, but " + found.map(s -> "it is " + s
              + ": " + causes()).orElse("nothing failed") + ".");
    }
    return this;
  }

  /**
   * Checks that nothing of the installation is left running ({@link Triage#wholeSystemDown()}).
   *
   * @return this assertion
   */
  public TriageAssert isWholeSystemDown() {
    isNotNull();
    if (!actual.wholeSystemDown()) {
      failWithMessage("%s", "Expected the whole system down, but part of it runs: "
          + actual.summary());
    }
    return this;
  }

  /**
   * Checks that something of the installation is left running ({@link
   * Triage#wholeSystemDown()} false).
   *
   * @return this assertion
   */
  public TriageAssert isNotWholeSystemDown() {
    isNotNull();
    if (actual.wholeSystemDown()) {
      failWithMessage("%s", "Expected part of the system to run, but the whole system is "
          + "down: " + actual.summary());
    }
    return this;
  }

  private List<String> causeNames() {
    return actual.causes().stream().map(TriageCause::service).toList();
  }

  /** Says the root causes: {@code the root cause is db (HIGH) explains api}. */
  private String causes() {
    List<TriageCause> causes = actual.causes();
    if (causes.isEmpty()) {
      return actual.failed().isEmpty() ? "nothing failed" : "there is no root cause";
    }
    List<String> each = new ArrayList<>();
    causes.forEach(c -> each.add(c.toString()));
    return (causes.size() == 1 ? "the root cause is " : "the root causes are ")
        + Sentences.and(each);
  }

  /** Says what the triage found of a service: {@code postgres is up}, with the reason. */
  private static String said(ServiceStatus status) {
    return status.service() + " is " + status.verdict().words()
        + (status.reason().isEmpty() ? "" : " (" + status.reason() + ")");
  }

  /** The verdict on a service, or a failure for a name no service of the installation has. */
  private ServiceStatus status(String name) {
    isNotNull();
    Optional<ServiceStatus> status = Optional.empty();
    try {
      status = actual.service(name);
    } catch (NoSuchServiceException e) {
      failWithMessage("%s", Sentences.unknown("Expected", name, e.suggestions()));
    } catch (InvalidQueryException e) {
      failWithMessage("%s", "Expected " + Sentences.quote(name) + " in the installation, but "
          + e.getMessage());
    }
    if (status.isEmpty()) {
      failWithMessage("%s", "Expected a service of the installation, but " + name + " is "
          + "external: the triage gives it no verdict.");
    }
    return status.get();
  }
}
