package dev.topology.testing;

import dev.topology.api.NoSuchServiceException;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.startup.StartupPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link StartupPlan}: which wave each service starts in, and so what starts
 * before what. Made by {@link TopologyAssertions#assertThat(StartupPlan)}.
 *
 * <p>"Starts before" means an earlier {@linkplain StartupPlan#waves() wave}: the service is up
 * before the other one starts. Two services of one wave start together, so neither starts
 * before the other. An external service is not started by the installation and is up before
 * wave 0, so it starts before every service of the plan.
 *
 * <p>Names may be any name of a service; one that no service has fails with the closest names.
 */
public class StartupPlanAssert extends AbstractAssert<StartupPlanAssert, StartupPlan> {
  /** The wave given to an external service: up before wave 0. */
  private static final int EXTERNAL = -1;

  /**
   * Creates the assertion; tests call {@link TopologyAssertions#assertThat(StartupPlan)}.
   *
   * @param actual the plan to check
   */
  public StartupPlanAssert(StartupPlan actual) {
    super(actual, StartupPlanAssert.class);
  }

  /**
   * Checks that one service starts in an earlier wave than another.
   *
   * @param first any name of the service expected to start first
   * @param then any name of the service expected to start after it
   * @return this assertion
   * @throws IllegalArgumentException if a name is null
   */
  public StartupPlanAssert startsBefore(String first, String then) {
    Sentences.name(first, "the name of the service that starts first");
    Sentences.name(then, "the name of the service that starts after it");
    int a = wave(first);
    int b = wave(then);
    if (a >= b) {
      failWithMessage("%s", "Expected " + first + " to start before " + then + ", but "
          + (a == b ? "both start in " + where(a) + ", together"
              : first + " starts in " + where(a) + " and " + then + " in " + where(b)) + ".");
    }
    return this;
  }

  /**
   * Checks that services start in the same wave, together.
   *
   * @param names any names of the services, two or more
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public StartupPlanAssert inSameWave(String... names) {
    List<String> all = Sentences.names(names, "the names of the services");
    if (all.size() < 2) {
      throw new IllegalArgumentException("The assertion needs two or more services to compare, "
          + "not only " + Sentences.quote(all.get(0)) + "; startsInWave checks one service.");
    }
    List<String> where = new ArrayList<>();
    boolean same = true;
    int first = wave(all.get(0));
    for (String name : all) {
      int wave = wave(name);
      same &= wave == first;
      where.add(name + " in " + where(wave));
    }
    if (!same) {
      failWithMessage("%s", "Expected " + Sentences.and(all) + " to start in the same wave, but "
          + Sentences.and(where) + " start.");
    }
    return this;
  }

  /**
   * Checks the wave a service starts in.
   *
   * @param name any name of the service
   * @param wave the wave expected, 0 for the first; an external service starts in none
   * @return this assertion
   * @throws IllegalArgumentException if the name is null or the wave negative
   */
  public StartupPlanAssert startsInWave(String name, int wave) {
    Sentences.name(name, "the name of a service");
    if (wave < 0) {
      throw new IllegalArgumentException("Waves count from 0, so a service cannot start in wave "
          + wave + ".");
    }
    int found = wave(name);
    if (found != wave) {
      failWithActualExpectedAndMessage(found, wave, "%s", "Expected " + name
          + " to start in wave " + wave + ", but it starts in " + where(found) + ".");
    }
    return this;
  }

  /**
   * Checks the number of waves.
   *
   * @param expected the number of waves expected
   * @return this assertion
   */
  public StartupPlanAssert hasWaves(int expected) {
    isNotNull();
    List<List<String>> waves = actual.waves();
    if (waves.size() != expected) {
      failWithActualExpectedAndMessage(waves.size(), expected, "%s", "Expected " + expected
          + (expected == 1 ? " wave" : " waves") + ", but the plan has " + waves.size()
          + ": " + describe(waves) + ".");
    }
    return this;
  }

  /**
   * Checks the whole order of {@link StartupPlan#order()}: wave by wave, by name within a wave.
   *
   * @param names the canonical names of every service the plan starts, in order
   * @return this assertion
   * @throws IllegalArgumentException if there is no name, or a name is null
   */
  public StartupPlanAssert hasOrder(String... names) {
    List<String> expected = Sentences.names(names, "the names of the services in order");
    isNotNull();
    if (!actual.order().equals(expected)) {
      failWithActualExpectedAndMessage(actual.order(), expected, "%s", "Expected the order "
          + String.join(", ", expected) + ", but the plan starts " + String.join(", ",
          actual.order()) + ": " + describe(actual.waves()) + ".");
    }
    return this;
  }

  private static String describe(List<List<String>> waves) {
    List<String> each = new ArrayList<>();
    for (int k = 0; k < waves.size(); k++) {
      each.add("wave " + k + " " + String.join(", ", waves.get(k)));
    }
    return each.isEmpty() ? "no wave" : String.join("; ", each);
  }

  private static String where(int wave) {
    return wave == EXTERNAL ? "no wave (it is external, up before wave 0)" : "wave " + wave;
  }

  /** The wave of a service, {@link #EXTERNAL} for an external one, or a failure. */
  private int wave(String name) {
    isNotNull();
    try {
      OptionalInt wave = actual.waveOf(name);
      return wave.isPresent() ? wave.getAsInt() : EXTERNAL;
    } catch (NoSuchServiceException e) {
      failWithMessage("%s", Sentences.unknown("Expected", name, e.suggestions()));
    } catch (InvalidQueryException e) {
      failWithMessage("%s", "Expected " + Sentences.quote(name) + " in the plan, but "
          + e.getMessage());
    }
    throw new AssertionError("unreachable");
  }
}
