package dev.topology.testing;

import dev.topology.api.ContainerState;
import dev.topology.api.Health;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes an observation as the text Docker prints for it, so that a test can feed the readers
 * ({@code DockerPs}, {@code ComposePs}) or the {@code topology} tool exactly what they read in
 * production.
 *
 * <pre>{@code
 * Observation seen = Observations.allRunning(Fixtures.webStack()).exited("db", 137).observation();
 * String text = DockerOutput.composePsJson(seen);
 * // {"Command":"\"docker-entrypoint.sh\"",...,"Name":"topology-db-1",...,"State":"exited",
 * //  "Status":"Exited (137) 2 minutes ago"}
 * ComposePs.read(text).equals(seen);   // true
 * }</pre>
 *
 * <p>One JSON object a line, each line ended by a newline, the fields in the order Docker
 * prints them (by name), strings escaped as Go's JSON encoder escapes them ({@code <}, {@code >}
 * and {@code &} too, as six-character Unicode escapes). What an observation does not
 * hold is written as constant, plausible values, so that the text is the same on every run:
 * {@code ID} is the first 12 hex digits of the SHA-256 of the container's name, {@code Command}
 * {@code "docker-entrypoint.sh"}, {@code CreatedAt} {@value #CREATED_AT}, {@code RunningFor}
 * {@value #RUNNING_FOR}, {@code Status} as Docker words it for the state: {@code Up 2 hours},
 * with {@code (healthy)}, {@code (unhealthy)} or {@code (health: starting)} for a running
 * container with a health check, {@code Exited (1) 2 minutes ago}, {@code Restarting (1) 5
 * seconds ago}, {@code Created}, {@code Up 2 hours (Paused)}, {@code Removal In Progress},
 * {@code Dead}.
 *
 * <p>The readers read the text back to the same containers when they are as Docker reports
 * them: health only for a running container (Docker shows none for another, and none is
 * written), an exit code for an exited or restarting one and only for those, a container whose
 * service is not its name labelled with {@value ObservedContainer#SERVICE_LABEL} (the one place
 * {@code docker ps} gives a service; {@code docker compose ps} gives it as {@code Service}), and
 * names, label keys and values without commas (Docker joins both with commas) or surrounding
 * spaces, label keys without {@code =}.
 *
 * <p>Pure and thread-safe.
 */
public final class DockerOutput {
  /** The {@code CreatedAt} written for every container. */
  public static final String CREATED_AT = "2024-05-02 09:14:07 +0000 UTC";

  /** The {@code RunningFor} written for every container. */
  public static final String RUNNING_FOR = "2 hours ago";

  private static final String COMMAND = "\"docker-entrypoint.sh\"";

  private static final JsonFactory FACTORY =
      JsonFactory.builder().characterEscapes(new GoEscapes()).build();

  private DockerOutput() {}

  /**
   * Writes the observation as {@code docker ps -a --format json} prints it: {@code Command},
   * {@code CreatedAt}, {@code ID}, {@code Image}, {@code Labels} ({@code key=value} joined by
   * commas, sorted by key), {@code LocalVolumes}, {@code Mounts}, {@code Names}, {@code
   * Networks} ({@code <project>_default}, or {@code bridge} without a project label), {@code
   * Ports}, {@code RunningFor}, {@code Size}, {@code State}, {@code Status}.
   *
   * <p>{@code DockerPs.read} of the text gives the observation back, {@linkplain
   * dev.topology.api.Coverage#PARTIAL partial}, for containers as described above.
   *
   * @param observation the observation
   * @return one line per container, in the observation's order; empty text for none
   * @throws IllegalArgumentException if the observation is null, or a container exited or
   *     restarting has no exit code (Docker prints one for every container that ran)
   */
  public static String dockerPsJson(Observation observation) {
    Checks.notNull(observation, "dockerPsJson writes an observation, not null.");
    StringBuilder text = new StringBuilder();
    for (ObservedContainer container : observation.containers()) {
      String status = status(container);
      Map<String, String> labels = new java.util.TreeMap<>(container.labels());
      if (!container.service().equals(container.name())) {
        labels.putIfAbsent(ObservedContainer.SERVICE_LABEL, container.service());
      }
      line(text, out -> {
        out.writeStringProperty("Command", COMMAND);
        out.writeStringProperty("CreatedAt", CREATED_AT);
        out.writeStringProperty("ID", id(container.name()));
        out.writeStringProperty("Image", container.image().orElse(""));
        out.writeStringProperty("Labels", labels(labels));
        out.writeStringProperty("LocalVolumes", "0");
        out.writeStringProperty("Mounts", "");
        out.writeStringProperty("Names", container.name());
        out.writeStringProperty("Networks",
            container.project().map(p -> p + "_default").orElse("bridge"));
        out.writeStringProperty("Ports", "");
        out.writeStringProperty("RunningFor", RUNNING_FOR);
        out.writeStringProperty("Size", "0B");
        out.writeStringProperty("State", container.state().docker());
        out.writeStringProperty("Status", status);
      });
    }
    return text.toString();
  }

  /**
   * Writes the observation as {@code docker compose ps -a --format json} prints it, one object
   * a line as Compose 2.21 and later do: {@code Command}, {@code CreatedAt}, {@code ExitCode}
   * (0 unless exited or restarting), {@code Health} ({@code healthy}, {@code unhealthy}, {@code
   * starting} or empty), {@code ID}, {@code Image}, {@code Labels}, {@code Name}, {@code
   * Names}, {@code Project} (from the {@value ObservedContainer#PROJECT_LABEL} label, else
   * empty), {@code Publishers} (empty), {@code RunningFor}, {@code Service}, {@code Size},
   * {@code State}, {@code Status}.
   *
   * <p>{@code ComposePs.read} of the text gives the observation back, {@linkplain
   * dev.topology.api.Coverage#COMPLETE complete}, for containers as described above.
   *
   * @param observation the observation
   * @return one line per container, in the observation's order; empty text for none
   * @throws IllegalArgumentException if the observation is null, or a container exited or
   *     restarting has no exit code (Docker prints one for every container that ran)
   */
  public static String composePsJson(Observation observation) {
    Checks.notNull(observation, "composePsJson writes an observation, not null.");
    StringBuilder text = new StringBuilder();
    for (ObservedContainer container : observation.containers()) {
      String status = status(container);
      boolean running = container.state() == ContainerState.RUNNING;
      line(text, out -> {
        out.writeStringProperty("Command", COMMAND);
        out.writeStringProperty("CreatedAt", CREATED_AT);
        out.writeNumberProperty("ExitCode", exitCode(container).orElse(0));
        out.writeStringProperty("Health", running ? health(container.health()) : "");
        out.writeStringProperty("ID", id(container.name()));
        out.writeStringProperty("Image", container.image().orElse(""));
        out.writeStringProperty("Labels", labels(container.labels()));
        out.writeStringProperty("Name", container.name());
        out.writeStringProperty("Names", container.name());
        out.writeStringProperty("Project", container.project().orElse(""));
        out.writeName("Publishers");
        out.writeStartArray();
        out.writeEndArray();
        out.writeStringProperty("RunningFor", RUNNING_FOR);
        out.writeStringProperty("Service", container.service());
        out.writeStringProperty("Size", "0B");
        out.writeStringProperty("State", container.state().docker());
        out.writeStringProperty("Status", status);
      });
    }
    return text.toString();
  }

  private interface Fields {
    void write(JsonGenerator out);
  }

  private static void line(StringBuilder text, Fields fields) {
    StringWriter line = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(ObjectWriteContext.empty(), line)) {
      out.writeStartObject();
      fields.write(out);
      out.writeEndObject();
    }
    text.append(line).append('\n');
  }

  /** Docker's {@code Status} text of a container. */
  static String status(ObservedContainer container) {
    return switch (container.state()) {
      case RUNNING -> "Up 2 hours" + switch (container.health()) {
        case HEALTHY -> " (healthy)";
        case UNHEALTHY -> " (unhealthy)";
        case STARTING -> " (health: starting)";
        case NONE -> "";
      };
      case EXITED -> "Exited (" + requiredCode(container) + ") 2 minutes ago";
      case RESTARTING -> "Restarting (" + requiredCode(container) + ") 5 seconds ago";
      case CREATED -> "Created";
      case PAUSED -> "Up 2 hours (Paused)";
      case REMOVING -> "Removal In Progress";
      case DEAD -> "Dead";
    };
  }

  private static OptionalInt exitCode(ObservedContainer container) {
    ContainerState state = container.state();
    return state == ContainerState.EXITED || state == ContainerState.RESTARTING
        ? container.exitCode() : OptionalInt.empty();
  }

  private static int requiredCode(ObservedContainer container) {
    return container.exitCode().orElseThrow(() -> new IllegalArgumentException("Container '"
        + container.name() + "' is " + container.state().docker() + " without an exit code;"
        + " Docker prints one for every container that ran, so give it"
        + " (ObservedContainer.builder().exitCode(..), Observations.exited(name, code))."));
  }

  private static String health(Health health) {
    return health == Health.NONE ? "" : health.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String labels(Map<String, String> labels) {
    return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }

  private static String id(String name) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256.", e);
    }
  }

  /**
   * The escapes of Go's JSON encoder beyond JSON's own: {@code <}, {@code >}, {@code &}, in
   * lower-case hex as Go writes them.
   */
  private static final class GoEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes = standardAsciiEscapesForJSON();

    GoEscapes() {
      escapes['<'] = ESCAPE_CUSTOM;
      escapes['>'] = ESCAPE_CUSTOM;
      escapes['&'] = ESCAPE_CUSTOM;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return new SerializedString(String.format("\\u%04x", ch));
    }
  }
}
