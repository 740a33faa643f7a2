package dev.topology.formats.compose;

import dev.topology.api.TopologyException;
import java.util.List;

/**
 * Something in a Compose file that {@code docker compose up} fails or hangs on, or may, though
 * the file is legal: advice from {@link ComposeProject#lint()}, not an error.
 *
 * @param rule what kind of mistake it is
 * @param path the dotted path of the key in the file, such as {@code services.web.depends_on.db}
 * @param services the services involved: the dependent first, then its dependency
 * @param message a sentence that says what happens and what to change
 */
public record ComposeFinding(Rule rule, String path, List<String> services, String message) {
  /**
   * Creates a finding.
   *
   * @param rule what kind of mistake it is
   * @param path the dotted path of the key in the file
   * @param services the services involved
   * @param message a sentence that says what happens and what to change
   * @throws TopologyException if a value is null
   */
  public ComposeFinding {
    if (rule == null || path == null || services == null || message == null) {
      throw new TopologyException("A Compose finding needs a rule, a path, services and a"
          + " message, not null.");
    }
    services = List.copyOf(services);
  }

  /**
   * Returns the finding as one line: the path, a colon, the message.
   *
   * @return such as {@code "services.web.depends_on.db: ..."}
   */
  @Override
  public String toString() {
    return path + ": " + message;
  }

  /** The mistakes {@link ComposeProject#lint()} looks for. */
  public enum Rule {
    /**
     * {@code condition: service_healthy} on a service whose file declares no health test:
     * {@code up} fails ("has no healthcheck configured") unless its image defines one.
     */
    HEALTHCHECK_NOT_DECLARED("waits for a service to be healthy that declares no healthcheck"),
    /**
     * {@code condition: service_completed_successfully} on a service with {@code restart:
     * always} or {@code unless-stopped}: the engine starts it again each time it exits, so
     * {@code up} may wait for its completion for ever.
     */
    COMPLETION_RESTARTED("waits for a service to complete that the engine restarts when it"
        + " exits"),
    /**
     * A required dependency on a service of profiles the dependent can run without: {@code up}
     * refuses the file whenever those profiles are off.
     */
    PROFILE_DEPENDENCY("requires a service that runs only with profiles the dependent can run"
        + " without");

    private final String description;

    Rule(String description) {
      this.description = description;
    }

    /**
     * Returns what the rule finds, in words.
     *
     * @return a phrase, such as "waits for a service to be healthy that declares no
     *     healthcheck"
     */
    public String description() {
      return description;
    }
  }
}
