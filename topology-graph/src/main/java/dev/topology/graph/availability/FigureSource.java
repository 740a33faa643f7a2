package dev.topology.graph.availability;

/**
 * Where the figure used for a service came from, so that an answer can say what it assumed.
 */
public enum FigureSource {
  /** The service's own {@link dev.topology.api.Service#reliability()} in the topology. */
  MODEL,
  /**
   * Given by the caller for that service: {@link AvailabilityInputs#figures()}, or a what-if
   * ({@link AvailabilityModel#whatIf(String, dev.topology.api.Reliability)}).
   */
  GIVEN,
  /** The caller's {@link AvailabilityInputs#defaultFigure()}, for a service without a figure. */
  DEFAULT
}
