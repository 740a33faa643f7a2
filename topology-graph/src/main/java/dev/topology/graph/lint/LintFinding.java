package dev.topology.graph.lint;

import dev.topology.graph.TopologyGraph;
import java.util.List;
import org.immutables.value.Value;

/**
 * One finding of {@link TopologyGraph#lint()}: the rule, the services it is about, and a
 * sentence for people.
 *
 * <p>Immutable; equal when rule, services and message are.
 */
@Value.Immutable
public abstract class LintFinding {

  LintFinding() {}

  /**
   * Returns the rule that found it.
   *
   * @return the rule
   */
  public abstract LintRule rule();

  /**
   * Returns the services it is about: one service, or for a dependency its two ends, the one
   * that has the dependency first.
   *
   * @return an unmodifiable list of canonical names
   */
  public abstract List<String> services();

  /**
   * Returns the finding as a full sentence that names the services.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns a finding.
   *
   * @param rule the rule that found it
   * @param services the services it is about
   * @param message the sentence for people
   * @return the finding
   */
  public static LintFinding of(LintRule rule, List<String> services, String message) {
    return builder().rule(rule).services(services).message(message).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return LintFinding.builder().from(this);
  }

  /** The builder of {@link LintFinding}s. */
  public static final class Builder extends ImmutableLintFinding.Builder {
    Builder() {}
  }

  /** Returns {@code REDUNDANT_DEPENDENCY: 'a' needs 'c' to start, ...}. */
  @Override
  public String toString() {
    return rule() + ": " + message();
  }
}
