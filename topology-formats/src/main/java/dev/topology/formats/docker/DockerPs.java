package dev.topology.formats.docker;

import dev.topology.api.ContainerState;
import dev.topology.api.Coverage;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Observation;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;

/**
 * Reads the output of {@code docker ps -a --format json}: one JSON object a line, one line a
 * container.
 *
 * <pre>{@code
 * Observation seen = DockerPs.read(text, CircleCiServer2.topology());
 * TopologyGraph.of(CircleCiServer2.topology()).triage(seen).summary();
 * }</pre>
 *
 * <p>Fields read (Docker's CLI reference): {@code Names} (comma-separated; the first is the
 * container's name), {@code State} ({@code created}, {@code restarting}, {@code running}, {@code
 * removing}, {@code paused}, {@code exited}, {@code dead}; older versions without it are read
 * from {@code Status}), {@code Status} (the exit code of {@code Exited (1) 2 minutes ago} and
 * {@code Restarting (1) ...}, the health of {@code (healthy)}, {@code (unhealthy)}, {@code
 * (health: starting)}), {@code Labels} (every label, kept on the container: triage reads {@code
 * com.docker.compose.project} and {@code com.docker.compose.service}) and {@code Image} (kept:
 * triage may match a container to a service by it, and reports that as a guess). Every other
 * field is ignored, so later Docker versions still read.
 *
 * <p>The service of a container: with a topology, the first of these that names one of its
 * services, by any of its names: the Compose service label, each of the container's names; it is
 * then given by canonical name. Without a topology, or when none names a service, the Compose
 * service label, or else the container's first name. The image is not used here: matching by
 * image alone is a guess, which {@code TopologyGraph.triage} makes and reports.
 *
 * <p>The observation is {@linkplain Coverage#PARTIAL partial}: {@code docker ps} lists what its
 * filters let through (and without {@code -a} only running containers), so a service without a
 * container may simply not have been listed. A caller who ran {@code docker ps -a} unfiltered on
 * the installation's only host can say so with {@link Observation#withCoverage(Coverage)}.
 *
 * <p>Limits against hostile input: at most {@value #MAX_DOCUMENT_LENGTH} characters, {@value
 * #MAX_LINES} lines, strings of {@value #MAX_STRING_LENGTH} characters and {@value
 * #MAX_NESTING_DEPTH} levels of nesting. Pure: no process is started, nothing is read but the
 * text given. Thread-safe.
 */
public final class DockerPs {
  /** The longest output read, in characters. */
  public static final int MAX_DOCUMENT_LENGTH = 64 << 20;

  /** The most lines read. */
  public static final int MAX_LINES = 1_000_000;

  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 1 << 20;

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 16;

  static final String COMMAND = "docker ps -a --format json";

  private DockerPs() {}

  /**
   * Reads the output without a topology: each container's service is its Compose service label,
   * or else its first name.
   *
   * <p>Cost: O(n) in the length of the text, plus O(c log c) for {@code c} containers.
   *
   * @param text the output, empty when there is no container
   * @return the containers seen
   * @throws DockerOutputException if the text is null, not such output, or beyond the limits;
   *     the message starts with the line
   */
  public static Observation read(String text) {
    return read(text, null);
  }

  /**
   * Reads the output, giving each container the service of the topology it runs.
   *
   * <p>Cost: O(n) in the length of the text, plus O(c log c) for {@code c} containers and a name
   * lookup per candidate name.
   *
   * @param text the output, empty when there is no container
   * @param topology the topology whose services the containers run; null reads as {@link
   *     #read(String)}
   * @return the containers seen
   * @throws DockerOutputException if the text is null, not such output, or beyond the limits;
   *     the message starts with the line
   */
  public static Observation read(String text, Topology topology) {
    Containers containers = new Containers(COMMAND);
    for (JsonRecords.Fields fields : JsonRecords.read(text, COMMAND, false)) {
      int line = fields.line();
      List<String> names = names(fields.string("Names").orElse(""));
      if (names.isEmpty()) {
        throw new DockerOutputException(line, "A container has no Names; " + COMMAND
            + " gives every container at least one name.");
      }
      String name = names.get(0);
      StatusText status = StatusText.parse(fields.string("Status").orElse(null));
      ContainerState state =
          Containers.state(line, fields.string("State").orElse(null), status, name);
      SortedMap<String, String> labels = Containers.labels(fields.string("Labels").orElse(""));
      Optional<String> label = Optional.ofNullable(labels.get(ObservedContainer.SERVICE_LABEL))
          .filter(s -> !s.isBlank());
      String service = service(topology, label, names).orElse(label.orElse(name));
      OptionalInt code = state == ContainerState.EXITED || state == ContainerState.RESTARTING
          ? status.exitCode() : OptionalInt.empty();
      containers.add(line, name, service, state,
          state == ContainerState.RUNNING ? status.health() : dev.topology.api.Health.NONE, code,
          fields.string("Image").filter(i -> !i.isBlank()), labels);
    }
    return containers.observation(Coverage.PARTIAL);
  }

  private static List<String> names(String field) {
    List<String> names = new ArrayList<>();
    for (String part : field.split(",")) {
      if (!part.isBlank()) {
        names.add(part.strip());
      }
    }
    return names;
  }

  private static Optional<String> service(Topology topology, Optional<String> label,
      List<String> names) {
    if (topology == null) {
      return Optional.empty();
    }
    List<String> candidates = new ArrayList<>();
    label.ifPresent(candidates::add);
    candidates.addAll(names);
    for (String candidate : candidates) {
      Optional<Service> found = topology.find(candidate);
      if (found.isPresent()) {
        return Optional.of(found.get().name());
      }
    }
    return Optional.empty();
  }
}
