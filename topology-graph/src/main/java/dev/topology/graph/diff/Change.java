package dev.topology.graph.diff;

import dev.topology.graph.blast.ServiceBlast;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How one value of a service differs between two engines of a {@link TopologyDiff}: its
 * severity, its startup wave, or what its failure takes down.
 *
 * <p>Immutable; equal when service and both values are.
 *
 * @param <T> the type of the value: {@link dev.topology.api.Severity}, {@link OptionalInt} for
 *     a wave (empty when the service is external), or {@link ServiceBlast}
 */
@Value.Immutable
public abstract class Change<T> {

  Change() {}

  /**
   * Returns the service whose value changed.
   *
   * @return a canonical name, present in both engines
   */
  public abstract String service();

  /**
   * Returns the value in the first engine.
   *
   * @return the value before
   */
  public abstract T before();

  /**
   * Returns the value in the second engine.
   *
   * @return the value after
   */
  public abstract T after();

  /**
   * Returns a change.
   *
   * @param <T> the type of the value
   * @param service the service whose value changed, by canonical name
   * @param before the value in the first engine
   * @param after the value in the second engine
   * @return the change
   */
  public static <T> Change<T> of(String service, T before, T after) {
    return Change.<T>builder().service(service).before(before).after(after).build();
  }

  /**
   * Returns a new builder.
   *
   * @param <T> the type of the value
   * @return the builder
   */
  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Returns a builder that starts from this value.
   *
   * @return the builder
   */
  public Builder<T> toBuilder() {
    return Change.<T>builder().from(this);
  }

  /** The builder of {@link Change}s. */
  public static final class Builder<T> extends ImmutableChange.Builder<T> {
    Builder() {}
  }

  /** Returns {@code auth: MEDIUM -> HIGH} or {@code db: wave 1 -> external}. */
  @Override
  public String toString() {
    return service() + ": " + describe(before()) + " -> " + describe(after());
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
