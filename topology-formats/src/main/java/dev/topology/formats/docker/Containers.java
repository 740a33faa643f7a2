package dev.topology.formats.docker;

import dev.topology.api.ContainerState;
import dev.topology.api.Health;
import dev.topology.api.InvalidObservationException;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

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
      OptionalInt exitCode) {
    Integer before = lines.putIfAbsent(name, line);
    if (before != null) {
      throw new DockerOutputException(line, "Container " + quote(name) + " is listed again"
          + " (first on line " + before + "); " + command + " lists each container once.");
    }
    try {
      containers.add(new ObservedContainer(name, service, state, health, exitCode));
    } catch (InvalidObservationException e) {
      throw new DockerOutputException(line, e.getMessage());
    }
  }

  static ContainerState state(int line, String word, StatusText status, String name) {
    if (word == null) {
      return status.state().orElseThrow(() -> new DockerOutputException(line, "Container "
          + quote(name) + " has neither a State nor a Status that tells it; State is one of "
          + STATES + "."));
    }
    return ContainerState.fromDocker(word).orElseThrow(() -> new DockerOutputException(line,
        "Container " + quote(name) + " has State " + quote(word) + ", which Docker does not"
            + " have; expected one of " + STATES + "."));
  }

  Observation observation() {
    return Observation.of(containers);
  }

  static String quote(String text) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
    return "'" + shown + "'";
  }
}
