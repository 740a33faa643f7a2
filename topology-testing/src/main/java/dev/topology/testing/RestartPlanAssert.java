package dev.topology.testing;

import dev.topology.api.NoSuchServiceException;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.restart.RestartRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link RestartPlan}: what must restart after the restarted services, and in
 * which waves. Made by {@link TopologyAssertions#assertThat(RestartPlan)}.
 *
 * <p>"Restarts" means the service is in the plan's {@link RestartPlan#order()}; the restarted
 * services themselves are not, nor are services only {@linkplain RestartPlan#toCheck() to
 * check}. Names may be any name of a service; one that no service has fails with the closest
 * names.
 */
public class RestartPlanAssert extends AbstractAssert<RestartPlanAssert, RestartPlan> {
  /**
   * Creates the assertion; tests call {@link TopologyAssertions#assertThat(RestartPlan)}.
   *
   * @param actual the plan to check
   */
  public RestartPlanAssert(RestartPlan actual) {
    super(actual, RestartPlanAssert.class);
  }

  /**
   * Checks that the plan restarts each of these services.
   *
   * @param names any names of services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public RestartPlanAssert restarts(String... names) {
    for (String name : Sentences.names(names, "the names of the services restarted")) {
      wave(name);
    }
    return this;
  }

  /**
   * Checks that the plan restarts none of these services.
   *
   * @param names any names of services
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public RestartPlanAssert doesNotRestart(String... names) {
    for (String name : Sentences.names(names, "the names of the services not restarted")) {
      OptionalInt wave = waveOf(name);
      if (wave.isPresent()) {
        failWithMessage("%s", "Expected " + after() + " not to restart " + name + ", but it "
            + "restarts " + name + " in wave " + wave.getAsInt() + why(name) + ".");
      }
    }
    return this;
  }

  /**
   * Checks that one service restarts in an earlier wave than another, both restarting.
   *
   * @param first any name of the service expected to restart first
   * @param then any name of the service expected to restart after it
   * @return this assertion
   * @throws IllegalArgumentException if a name is null
   */
  public RestartPlanAssert restartsBefore(String first, String then) {
    Sentences.name(first, "the name of the service that restarts first");
    Sentences.name(then, "the name of the service that restarts after it");
    int a = wave(first);
    int b = wave(then);
    if (a >= b) {
      failWithMessage("%s", "Expected " + first + " to restart before " + then + ", but "
          + (a == b ? "both restart in wave " + a + ", together"
              : first + " restarts in wave " + a + " and " + then + " in wave " + b) + ".");
    }
    return this;
  }

  /**
   * Checks the wave a service restarts in.
   *
   * @param name any name of the service
   * @param wave the wave expected, 0 for the first
   * @return this assertion
   * @throws IllegalArgumentException if the name is null
   */
  public RestartPlanAssert restartsInWave(String name, int wave) {
    int found = wave(Sentences.name(name, "the name of a service"));
    if (found != wave) {
      failWithActualExpectedAndMessage(found, wave, "%s", "Expected " + name
          + " to restart in wave " + wave + ", but it restarts in wave " + found + ".");
    }
    return this;
  }

  /**
   * Checks the number of waves.
   *
   * @param expected the number of waves expected
   * @return this assertion
   */
  public RestartPlanAssert hasWaves(int expected) {
    isNotNull();
    List<List<String>> waves = actual.waves();
    if (waves.size() != expected) {
      List<String> each = new ArrayList<>();
      for (int k = 0; k < waves.size(); k++) {
        each.add("wave " + k + " " + String.join(", ", waves.get(k)));
      }
      failWithActualExpectedAndMessage(waves.size(), expected, "%s", "Expected " + expected
          + (expected == 1 ? " wave" : " waves") + ", but " + after() + " has "
          + waves.size() + (each.isEmpty() ? ": it restarts nothing" : ": "
          + String.join("; ", each)) + ".");
    }
    return this;
  }

  /**
   * Checks the rule the plan followed ({@link RestartPlan#rule()}).
   *
   * @param expected the rule expected
   * @return this assertion
   * @throws IllegalArgumentException if the rule is null
   */
  public RestartPlanAssert hasRule(RestartRule expected) {
    if (expected == null) {
      throw new IllegalArgumentException("The assertion needs the rule expected, not null.");
    }
    isNotNull();
    if (actual.rule() != expected) {
      failWithActualExpectedAndMessage(actual.rule(), expected, "%s", "Expected the rule "
          + expected + ", but " + after() + " follows " + actual.rule() + ".");
    }
    return this;
  }

  /** Names the plan: {@code the restart plan after db}. */
  private String after() {
    return "the restart plan after " + Sentences.and(actual.restarted());
  }

  /** Explains why a service restarts, when the rule is that everything at risk does. */
  private String why(String name) {
    if (actual.rule() != RestartRule.ALL_AT_RISK) {
      return ", as it declares it restarts with a restarted service";
    }
    Optional<AffectedService> at = actual.impact().affected(name);
    return at.map(a -> ": " + Sentences.needs(a.path())).orElse("");
  }

  /** The wave a service restarts in, or a failure that says why it does not restart. */
  private int wave(String name) {
    OptionalInt wave = waveOf(name);
    if (wave.isEmpty()) {
      String canonical = actual.impact().topology().service(name).name();
      String why = actual.restarted().contains(canonical)
          ? canonical + " is one of the restarted services"
          : actual.toCheck().contains(canonical) ? canonical + " is only to check: it is at "
              + "risk but declares no restart with a restarted service"
          : actual.externalDependents().contains(canonical) ? canonical + " is external"
          : "it does not restart " + canonical;
      failWithMessage("%s", "Expected " + after() + " to restart " + name + ", but " + why
          + ". It restarts " + (actual.order().isEmpty() ? "nothing"
              : Sentences.and(actual.order())) + ".");
    }
    return wave.getAsInt();
  }

  private OptionalInt waveOf(String name) {
    isNotNull();
    try {
      return actual.waveOf(name);
    } catch (NoSuchServiceException e) {
      failWithMessage("%s", Sentences.unknown("Expected", name, e.suggestions()));
    } catch (InvalidQueryException e) {
      failWithMessage("%s", "Expected " + Sentences.quote(name) + " in the installation, but "
          + e.getMessage());
    }
    throw new AssertionError(name);
  }
}
