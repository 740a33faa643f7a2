package dev.topology.graph;

import java.util.List;
import java.util.Objects;

/**
 * One finding of {@link TopologyGraph#lint()}: the rule, the services it is about, and a
 * sentence for people.
 *
 * <p>Immutable; equal when rule, services and message are.
 */
public final class LintFinding {
  private final LintRule rule;
  private final List<String> services;
  private final String message;

  LintFinding(LintRule rule, List<String> services, String message) {
    this.rule = rule;
    this.services = List.copyOf(services);
    this.message = message;
  }

  /**
   * Returns the rule that found it.
   *
   * @return the rule
   */
  public LintRule rule() {
    return rule;
  }

  /**
   * Returns the services it is about: one service, or for a dependency its two ends, the one
   * that has the dependency first.
   *
   * @return an unmodifiable list of canonical names
   */
  public List<String> services() {
    return services;
  }

  /**
   * Returns the finding as a full sentence that names the services.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LintFinding that && rule == that.rule
        && services.equals(that.services) && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, services, message);
  }

  /** Returns {@code REDUNDANT_DEPENDENCY: 'a' needs 'c' to start, ...}. */
  @Override
  public String toString() {
    return rule + ": " + message;
  }
}
