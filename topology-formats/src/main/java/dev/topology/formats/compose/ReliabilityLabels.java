package dev.topology.formats.compose;

import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Problem;
import dev.topology.api.Reliability;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one service's reliability labels, {@code dev.topology.availability}, {@code
 * dev.topology.mttf} and {@code dev.topology.mttr}, into a {@link Reliability}. A value that does
 * not read is a problem at its label; it is then replaced by a valid stand-in, so that a
 * combination the figure refuses (an MTTF alone) is reported as well, at the service's labels.
 */
final class ReliabilityLabels {
  static final String AVAILABILITY = ServiceReading.LABEL_PREFIX + "availability";
  static final String MTTF = ServiceReading.LABEL_PREFIX + "mttf";
  static final String MTTR = ServiceReading.LABEL_PREFIX + "mttr";
  static final List<String> LABELS = List.of(AVAILABILITY, MTTF, MTTR);

  private final String service;
  private final List<Problem> problems;
  private final Reliability.Builder figure = Reliability.builder();
  private String labelsPath;

  ReliabilityLabels(String service, List<Problem> problems) {
    this.service = service;
    this.problems = problems;
  }

  /** Reads one of {@link #LABELS} at {@code path}, the path of the label itself. */
  void read(String key, String value, String path) {
    labelsPath = path.substring(0, path.length() - key.length() - 1);
    switch (key) {
      case AVAILABILITY -> figure.availability(
          value(value, path, Reliability::parseAvailability, 0.5));
      case MTTF -> figure.mttf(value(value, path, Reliability::parseDuration,
          Duration.ofHours(1)));
      default -> figure.mttr(value(value, path, Reliability::parseDuration,
          Duration.ofHours(1)));
    }
  }

  private <T> T value(String text, String path, Function<String, T> reader, T standIn) {
    try {
      return reader.apply(text);
    } catch (InvalidTopologyException e) {
      e.problems().forEach(p -> problems.add(problem(p, path)));
      return standIn;
    }
  }

  /** The figure the labels give; null when the service has none of them, or after a problem. */
  Reliability build() {
    if (labelsPath == null) {
      return null;
    }
    try {
      return figure.build();
    } catch (InvalidTopologyException e) {
      e.problems().forEach(p -> problems.add(problem(p, labelsPath)));
      return null;
    }
  }

  private Problem problem(Problem problem, String path) {
    return Problem.builder().kind(problem.kind()).message(problem.message()).path(path)
        .addServices(service).build();
  }

  @Override
  public String toString() {
    return "ReliabilityLabels[" + service + "]";
  }
}
