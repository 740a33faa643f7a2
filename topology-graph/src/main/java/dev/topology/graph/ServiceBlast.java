package dev.topology.graph;

import dev.topology.api.Severity;
import java.util.Objects;
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
public final class ServiceBlast {
  private final String service;
  private final Severity severity;
  private final int takesDown;
  private final Optional<Severity> propagatedSeverity;

  ServiceBlast(String service, Severity severity, int takesDown,
      Optional<Severity> propagatedSeverity) {
    this.service = service;
    this.severity = severity;
    this.takesDown = takesDown;
    this.propagatedSeverity = propagatedSeverity;
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
   * Returns the worst severity among the services its failure takes down, as {@link
   * Impact#propagatedSeverity()}.
   *
   * @return the severity, or empty if it takes nothing down
   */
  public Optional<Severity> propagatedSeverity() {
    return propagatedSeverity;
  }

  /**
   * Returns how bad its failure is: the worse of its own severity and the worst severity it
   * takes down, as {@link Impact#worstSeverity()}.
   *
   * @return the severity
   */
  public Severity worstSeverity() {
    return propagatedSeverity.map(severity::max).orElse(severity);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ServiceBlast that && service.equals(that.service)
        && severity == that.severity && takesDown == that.takesDown
        && propagatedSeverity.equals(that.propagatedSeverity);
  }

  @Override
  public int hashCode() {
    return Objects.hash(service, severity, takesDown, propagatedSeverity);
  }

  /** Returns {@code db (MEDIUM) takes down 15 (worst HIGH)}. */
  @Override
  public String toString() {
    return service + " (" + severity + ") takes down " + takesDown
        + propagatedSeverity.map(s -> " (worst " + s + ")").orElse("");
  }
}
