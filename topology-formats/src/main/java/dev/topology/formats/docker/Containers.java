package dev.topology.formats.docker;

import dev.topology.api.ContainerState;
import dev.topology.api.Coverage;
import dev.topology.api.Health;
import dev.topology.api.InvalidObservationException;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.api.internal.Quoting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/** Collects the containers of one output, refusing a name seen twice with both lines. */
final class Containers {
  static final String STATES = "created, restarting, running, removing, paused, exited, dead";

  private final String command;
  private final List<ObservedContainer> containers = new ArrayList<>();
  private final Map<String, Integer> lines = new HashMap<>();

  Containers(String command) {
    this.command = command;
  }

  void add(int line, String name, String service, ContainerState state, Health health,
      OptionalInt exitCode, Optional<String> image, SortedMap<String, String> labels) {
    Integer before = lines.putIfAbsent(name, line);
    if (before != null) {
      throw new DockerOutputException(line, "Container " + Quoting.quote(name)
          + " is listed again (first on line " + before + "); " + command
          + " lists each container once.");
    }
    try {
      containers.add(ObservedContainer.builder().name(name).service(service).state(state)
          .health(health).exitCode(exitCode).image(image).labels(labels).build());
    } catch (InvalidObservationException e) {
      throw new DockerOutputException(line, e.problems());
    }
  }

  static ContainerState state(int line, String word, StatusText status, String name) {
    if (word == null) {
      return status.state().orElseThrow(() -> new DockerOutputException(line, "Container "
          + Quoting.quote(name) + " has neither a State nor a Status that tells it; State is one"
          + " of " + STATES + "."));
    }
    return ContainerState.fromDocker(word).orElseThrow(() -> new DockerOutputException(line,
        "Container " + Quoting.quote(name) + " has State " + Quoting.quote(word)
            + ", which Docker does not have; expected one of " + STATES + "."));
  }

  Observation observation(Coverage coverage) {
    return Observation.builder().addAllContainers(containers).coverage(coverage).build();
  }

  /**
   * Docker's {@code Labels} text, {@code key=value} pairs joined by commas, as a map; a pair
   * without {@code =} is a key with an empty value, as {@code docker run --label key} makes.
   */
  static SortedMap<String, String> labels(String text) {
    SortedMap<String, String> labels = new TreeMap<>();
    for (String pair : text.split(",")) {
      String entry = pair.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int equals = entry.indexOf('=');
      labels.put(equals < 0 ? entry : entry.substring(0, equals),
          equals < 0 ? "" : entry.substring(equals + 1));
    }
    return labels;
  }
}
