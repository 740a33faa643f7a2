package dev.topology.graph.blast;

import org.immutables.value.Value;
import dev.topology.api.Severity;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import java.util.Optional;

/**
 * One row of a {@link BlastRadius}: how much the failure of one service takes down in a phase.
 *
 * <p>Each value is what {@link TopologyGraph#impact(Phase, String...)} reports when this
 * service alone fails, under the same name: {@link #takesDown()} is the number of services it
 * reports as affected, {@link #propagatedSeverity()} its {@link Impact#propagatedSeverity()}
 * (the worst severity taken down) and {@link #worstSeverity()} its {@link
 * Impact#worstSeverity()} (the worse of the service's own severity and that).
 *
 * <p>Immutable; equal when all four values are.
 */
@Value.Immutable
public abstract class ServiceBlast {
  ServiceBlast() {}

  /**
   * Returns the failed service.
   *
   * @return a canonical name
   */
  public abstract String service();

  /**
   * Returns the failed service's own severity in the deployment.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns how many other services its failure takes down or puts at risk.
   *
   * @return zero or more
   */
  public abstract int takesDown();

  /**
   * Returns the worst severity among the services its failure takes down, as {@link
   * Impact#propagatedSeverity()}.
   *
   * @return the severity, or empty if it takes nothing down
   */
  public abstract Optional<Severity> propagatedSeverity();

  /**
   * Returns how bad its failure is: the worse of its own severity and the worst severity it
   * takes down, as {@link Impact#worstSeverity()}.
   *
   * @return the severity
   */
  public Severity worstSeverity() {
    return propagatedSeverity().map(severity()::max).orElse(severity());
  }

  /**
   * Returns a row.
   *
   * @param service the failed service, by canonical name
   * @param severity its own severity in the deployment
   * @param takesDown how many other services its failure takes down
   * @param propagatedSeverity the worst severity among them, or empty if none
   * @return the row
   */
  public static ServiceBlast of(String service, Severity severity, int takesDown,
      Optional<Severity> propagatedSeverity) {
    return builder().service(service).severity(severity).takesDown(takesDown)
        .propagatedSeverity(propagatedSeverity).build();
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
   * Returns a builder that starts from this row.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link ServiceBlast}s. */
  public static final class Builder extends ImmutableServiceBlast.Builder {
    Builder() {}
  }

  /** Returns {@code db (MEDIUM) takes down 15 (worst HIGH)}. */
  @Override
  public String toString() {
    return service() + " (" + severity() + ") takes down " + takesDown()
        + propagatedSeverity().map(s -> " (worst " + s + ")").orElse("");
  }
}
