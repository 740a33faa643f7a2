package dev.topology.formats.docker;

import dev.topology.api.ContainerState;
import dev.topology.api.Coverage;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Health;
import dev.topology.api.Observation;
import dev.topology.api.internal.Quoting;
import java.util.OptionalInt;
import java.util.SortedMap;

/**
 * Reads the output of {@code docker compose ps -a --format json}: JSON Lines (one object a
 * line) as current Compose writes it, or one JSON array of objects as older versions did.
 *
 * <pre>{@code
 * Observation seen = ComposePs.read(text);
 * TopologyGraph.of(topology).triage(seen).summary();
 * }</pre>
 *
 * <p>Fields read: {@code Name} (the container), {@code Service} (its Compose service, which
 * triage resolves by any name of a service of the topology), {@code State}, {@code Health}
 * ({@code healthy}, {@code unhealthy}, {@code starting} or empty), {@code ExitCode} (taken for
 * exited and restarting containers only, since Compose reports 0 for running ones) and {@code
 * Status} (read when State, Health or the exit code is missing), {@code Image}, {@code Labels}
 * and {@code Project} (kept on the container as its {@code com.docker.compose.project} label
 * when the labels do not give it: triage refuses containers of another project). Other fields
 * are ignored.
 *
 * <p>The observation is {@linkplain Coverage#COMPLETE complete}: {@code docker compose ps -a}
 * lists every container of the project, running or not, so a service of the project without
 * one has none. A caller who listed only some services ({@code docker compose ps -a web}) says
 * so with {@link Observation#withCoverage(Coverage)}.
 *
 * <p>The limits of {@link DockerPs} apply. Pure and thread-safe.
 */
public final class ComposePs {
  static final String COMMAND = "docker compose ps -a --format json";

  private ComposePs() {}

  /**
   * Reads the output.
   *
   * <p>Cost: O(n) in the length of the text, plus O(c log c) for {@code c} containers.
   *
   * @param text the output, empty when there is no container
   * @return the containers seen, each with its Compose service
   * @throws DockerOutputException if the text is null, not such output, or beyond the limits;
   *     the message starts with the line
   */
  public static Observation read(String text) {
    Containers containers = new Containers(COMMAND);
    for (JsonRecords.Fields fields : JsonRecords.read(text, COMMAND, true)) {
      int line = fields.line();
      String name = fields.string("Name").orElse("");
      if (name.isBlank()) {
        throw new DockerOutputException(line, "A container has no Name; " + COMMAND
            + " gives every container its name.");
      }
      String service = fields.string("Service").orElse("");
      if (service.isBlank()) {
        throw new DockerOutputException(line, "Container " + Quoting.quote(name)
            + " has no Service; " + COMMAND + " gives the Compose service of each container.");
      }
      StatusText status = StatusText.parse(fields.string("Status").orElse(null));
      ContainerState state =
          Containers.state(line, fields.string("State").orElse(null), status, name);
      Health health = fields.string("Health").map(word -> Health.fromDocker(word).orElseThrow(
          () -> new DockerOutputException(line, "Container " + Quoting.quote(name)
              + " has Health " + Quoting.quote(word) + "; expected healthy, unhealthy,"
              + " starting or empty text.")))
          .orElse(status.health());
      if (state != ContainerState.RUNNING) {
        health = Health.NONE;
      }
      OptionalInt code = OptionalInt.empty();
      if (state == ContainerState.EXITED || state == ContainerState.RESTARTING) {
        Long number = fields.numbers().get("ExitCode");
        code = number != null && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE
            ? OptionalInt.of(number.intValue()) : status.exitCode();
      }
      SortedMap<String, String> labels = Containers.labels(fields.string("Labels").orElse(""));
      fields.string("Project").filter(p -> !p.isBlank())
          .ifPresent(p -> labels.putIfAbsent(ObservedContainer.PROJECT_LABEL, p));
      containers.add(line, name, service, state, health, code,
          fields.string("Image").filter(i -> !i.isBlank()), labels);
    }
    return containers.observation(Coverage.COMPLETE);
  }
}
