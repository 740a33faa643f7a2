package dev.topology.graph.availability;

import dev.topology.api.Reliability;
import org.immutables.value.Value;

/**
 * The figure an {@link AvailabilityModel} uses for one service and where it came from.
 *
 * <p>Immutable; equal when all three values are.
 */
@Value.Immutable
public abstract class ServiceFigure {
  ServiceFigure() {}

  /**
   * Returns the service.
   *
   * @return a canonical name
   */
  public abstract String service();

  /**
   * Returns the figure used.
   *
   * @return the figure
   */
  public abstract Reliability figure();

  /**
   * Returns where the figure came from.
   *
   * @return the source
   */
  public abstract FigureSource source();

  /**
   * Returns a row.
   *
   * @param service the service, by canonical name
   * @param figure the figure used
   * @param source where it came from
   * @return the row
   */
  public static ServiceFigure of(String service, Reliability figure, FigureSource source) {
    return builder().service(service).figure(figure).source(source).build();
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

  /** The builder of {@link ServiceFigure}s. */
  public static final class Builder extends ImmutableServiceFigure.Builder {
    Builder() {}
  }

  /** Returns {@code db: 99.95% (DEFAULT)}. */
  @Override
  public String toString() {
    return service() + ": " + figure() + " (" + source() + ")";
  }
}
