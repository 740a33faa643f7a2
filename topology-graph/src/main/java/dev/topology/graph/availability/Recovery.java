package dev.topology.graph.availability;

import dev.topology.graph.restart.RestartRule;
import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * How long the installation takes to recover from the failure of one service: its repair, then
 * the restart of what it took down, wave by wave.
 *
 * <p>The timeline, counted from the failure:
 *
 * <ol>
 *   <li>The failed service is repaired after its mean time to repair ({@link #repair()}; its
 *       figure must have a time scale: an MTTR, or an MTTF with the availability).
 *   <li>The services its failure took down restart as the engine's {@link
 *       dev.topology.graph.TopologyGraph#restartPlan(String...) restart plan} of that service
 *       says, by its {@linkplain #rule() rule} and in its waves. Wave 0 starts at the repair;
 *       each wave lasts as long as its slowest start duration ({@link
 *       AvailabilityInputs#startDurations()}), and the next wave starts when it ends. A
 *       restarted service is back when its own start is done: its wave's start plus its start
 *       duration.
 *   <li>A service the failure put at risk that the plan does not restart (listed to check under
 *       {@link RestartRule#DECLARED}, or run outside the installation) is back as soon as every
 *       repaired or restarted service it requires at runtime, transitively, is back.
 * </ol>
 *
 * <p>{@link #total()} is when the last service is back. Immutable; equal when all values are.
 */
@Value.Immutable
public abstract class Recovery {
  Recovery() {}

  /**
   * Returns the failed service.
   *
   * @return a canonical name
   */
  public abstract String failed();

  /**
   * Returns the rule of the restart plan followed.
   *
   * @return the rule, a property of the topology
   */
  public abstract RestartRule rule();

  /**
   * Returns the failed service's mean time to repair: when it is back.
   *
   * @return a positive duration
   */
  public abstract Duration repair();

  /**
   * Returns the restart waves, in order.
   *
   * @return an unmodifiable list; empty when the failure takes nothing down
   */
  public abstract List<RecoveryWave> waves();

  /**
   * Returns every service the failure takes down and the failed one, by when it is back, then
   * by name.
   *
   * @return an unmodifiable list; the failed service is first
   */
  public abstract List<ServiceRecovery> services();

  /**
   * Returns when the last service is back, counted from the failure.
   *
   * @return at least {@link #repair()}
   */
  public abstract Duration total();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this answer.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link Recovery} answers. */
  public static final class Builder extends ImmutableRecovery.Builder {
    Builder() {}
  }

  /** Returns the timeline for people, wave by wave, cut after a dozen waves. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Recovery[after ").append(failed())
        .append(": repaired at ").append(Percent.duration(repair())).append(", all back at ")
        .append(Percent.duration(total())).append(", ").append(rule().words());
    int shown = Math.min(waves().size(), 12);
    for (int k = 0; k < shown; k++) {
      text.append("\n  ").append(waves().get(k));
    }
    if (shown < waves().size()) {
      text.append("\n  ... and ").append(waves().size() - shown).append(" more waves");
    }
    return text.append(']').toString();
  }
}
