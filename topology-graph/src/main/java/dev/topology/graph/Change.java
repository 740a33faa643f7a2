package dev.topology.graph;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How one value of a service differs between two engines of a {@link TopologyDiff}: its
 * severity, its startup wave, or what its failure takes down.
 *
 * <p>Immutable; equal when service and both values are.
 *
 * @param <T> the type of the value: {@link dev.topology.api.Severity}, {@link OptionalInt} for
 *     a wave (empty when the service is external), or {@link ServiceBlast}
 */
public final class Change<T> {
  private final String service;
  private final T before;
  private final T after;

  Change(String service, T before, T after) {
    this.service = service;
    this.before = before;
    this.after = after;
  }

  /**
   * Returns the service whose value changed.
   *
   * @return a canonical name, present in both engines
   */
  public String service() {
    return service;
  }

  /**
   * Returns the value in the first engine.
   *
   * @return the value before
   */
  public T before() {
    return before;
  }

  /**
   * Returns the value in the second engine.
   *
   * @return the value after
   */
  public T after() {
    return after;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Change<?> that && service.equals(that.service)
        && before.equals(that.before) && after.equals(that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(service, before, after);
  }

  /** Returns {@code federation-service: MEDIUM -> HIGH} or {@code mongo: wave 1 -> external}. */
  @Override
  public String toString() {
    return service + ": " + describe(before) + " -> " + describe(after);
  }

  private static String describe(Object value) {
    if (value instanceof OptionalInt wave) {
      return wave.isPresent() ? "wave " + wave.getAsInt() : "external";
    }
    if (value instanceof ServiceBlast blast) {
      return "takes down " + blast.takesDown() + blast.propagatedSeverity()
          .map(s -> " (worst " + s + ")").orElse("");
    }
    return String.valueOf(value);
  }
}
