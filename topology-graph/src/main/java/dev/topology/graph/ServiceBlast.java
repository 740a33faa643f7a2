package dev.topology.graph;

import dev.topology.api.Severity;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a {@link BlastRadius}: how much the failure of one service takes down in a phase.
 *
 * <p>{@link #takesDown()} is the number of services {@link TopologyGraph#impact(Phase,
 * String...)} reports as affected when this service alone fails, and {@link #worstSeverity()}
 * that impact's {@link Impact#propagatedSeverity()}.
 *
 * <p>Immutable; equal when all four values are.
 */
public final class ServiceBlast {
  private final String service;
  private final Severity severity;
  private final int takesDown;
  private final Optional<Severity> worstSeverity;

  ServiceBlast(String service, Severity severity, int takesDown, Optional<Severity> worst) {
    this.service = service;
    this.severity = severity;
    this.takesDown = takesDown;
    this.worstSeverity = worst;
  }

  /**
   * Returns the failed service.
   *
   * @return a canonical name
   */
  public String service() {
    return service;
  }

  /**
   * Returns the failed service's own severity in the deployment.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns how many other services its failure takes down or puts at risk.
   *
   * @return zero or more
   */
  public int takesDown() {
    return takesDown;
  }

  /**
   * Returns the worst severity among the services its failure takes down.
   *
   * @return the severity, or empty if it takes nothing down
   */
  public Optional<Severity> worstSeverity() {
    return worstSeverity;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ServiceBlast that && service.equals(that.service)
        && severity == that.severity && takesDown == that.takesDown
        && worstSeverity.equals(that.worstSeverity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(service, severity, takesDown, worstSeverity);
  }

  /** Returns {@code db (HIGH) takes down 15, worst HIGH}. */
  @Override
  public String toString() {
    return service + " (" + severity + ") takes down " + takesDown
        + worstSeverity.map(s -> ", worst " + s).orElse("");
  }
}
