package dev.topology.graph.lint;

import dev.topology.graph.TopologyGraph;

/**
 * The inspections of {@link TopologyGraph#lint()}, in the order findings are listed.
 *
 * <p>A finding is advice that is safe to follow: in particular, a dependency is reported
 * redundant only when removing it changes no answer of the engine in either phase.
 */
public enum LintRule {
  /**
   * A one-shot task that no long-running service needs to start, directly or through other
   * tasks: nothing waits for it, so it runs for nobody.
   */
  UNUSED_ONE_SHOT("a one-shot task that no long-running service waits for"),
  /**
   * A runtime interaction with a one-shot task, which has exited by the time the system runs.
   */
  RUNTIME_DEPENDENCY_ON_ONE_SHOT("a runtime dependency on a one-shot task"),
  /**
   * A service whose failure alone, at startup or at runtime, takes down more than half of the
   * services of the installation.
   */
  SINGLE_POINT_OF_FAILURE("a service whose failure takes down more than half of the topology"),
  /**
   * A startup dependency that another chain of startup dependencies implies in every respect:
   * removing it changes no startup order or wave, and no impact, restart plan, root cause or
   * blast radius in either phase. An optional dependency is implied by any other chain; a
   * required one by a chain required at every step, and, when both ends run on once started,
   * of long-running services only, so that a failure still travels that way at runtime. The
   * finding names the chain.
   */
  REDUNDANT_DEPENDENCY("a startup dependency implied by another path in both phases"),
  /**
   * A runtime interaction with a startup-only service, which is needed only while the system
   * starts.
   */
  RUNTIME_DEPENDENCY_ON_STARTUP_ONLY(
      "a startup-only service that others list as a runtime dependency");

  private final String description;

  LintRule(String description) {
    this.description = description;
  }

  /**
   * Returns what the rule looks for, in a few words.
   *
   * @return a phrase such as {@code "a runtime dependency on a one-shot task"}
   */
  public String description() {
    return description;
  }
}
