package dev.topology.graph.availability;

import org.immutables.value.Value;

/**
 * How much one service matters to the system without HIGH failures ({@link
 * Availability#high()}): its Birnbaum importance and what one more nine of it buys.
 *
 * <p>For {@code R} the availability of that system and {@code a} the service's own, {@code R}
 * is a product in which {@code a} appears once, so {@link #birnbaum()} {@code = dR/da = R / a}
 * (the probability that the system is up with the service up, minus with it down: every other
 * factor up). One added nine divides the service's unavailability {@code u} by ten, which
 * raises {@code a} by {@code 0.9 u}, so {@link #gainPerNine()} {@code = R / a * 0.9 u}, exactly
 * (the figure is linear in {@code a}).
 *
 * <p>Immutable; equal when all values are.
 */
@Value.Immutable
public abstract class Importance {
  Importance() {}

  /**
   * Returns the service.
   *
   * @return a canonical name
   */
  public abstract String service();

  /**
   * Returns the service's own availability, the figure used for it.
   *
   * @return a figure in (0, 1]
   */
  public abstract double availability();

  /**
   * Returns its Birnbaum importance: how much the system's availability changes per unit of
   * this service's, the product of the availabilities of every other service the system
   * depends on.
   *
   * @return a figure in [0, 1]
   */
  public abstract double birnbaum();

  /**
   * Returns how much the system's availability gains when this service's unavailability is
   * divided by ten (one more nine): {@code birnbaum() * 0.9 * (1 - availability())}.
   *
   * @return a figure in [0, 1]
   */
  public abstract double gainPerNine();

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

  /** The builder of {@link Importance} rows. */
  public static final class Builder extends ImmutableImportance.Builder {
    Builder() {}
  }

  /** Returns {@code db: one more nine gains 0.000891 (Birnbaum 0.99)}. */
  @Override
  public String toString() {
    return service() + ": one more nine gains " + String.format(java.util.Locale.ROOT, "%.3g",
        gainPerNine()) + " (Birnbaum " + String.format(java.util.Locale.ROOT, "%.6g", birnbaum())
        + ")";
  }
}
