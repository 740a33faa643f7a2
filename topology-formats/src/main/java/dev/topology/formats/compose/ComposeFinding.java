package dev.topology.formats.compose;

import dev.topology.api.TopologyException;
import java.util.List;
import org.immutables.value.Value;

/**
 * Something in a Compose file that {@code docker compose up} fails or hangs on, or may, though
 * the file is legal: advice from {@link ComposeProject#lint()}, not an error. Immutable.
 */
@Value.Immutable
public abstract class ComposeFinding {
  ComposeFinding() {}

  /**
   * Returns what kind of mistake it is.
   *
   * @return the rule
   */
  public abstract Rule rule();

  /**
   * Returns the dotted path of the key in the file, such as {@code services.web.depends_on.db}.
   *
   * @return the path
   */
  public abstract String path();

  /**
   * Returns the services involved: the dependent first, then its dependency.
   *
   * @return an unmodifiable list
   */
  public abstract List<String> services();

  /**
   * Returns a sentence that says what happens and what to change.
   *
   * @return the sentence
   */
  public abstract String message();

  /**
   * Returns an empty builder; every value is required.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this finding's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Refuses a missing value. */
  @Value.Check
  protected void check() {
    if (rule() == null || path() == null || message() == null
        || services().stream().anyMatch(java.util.Objects::isNull)) {
      throw new TopologyException("A Compose finding needs a rule, a path, services and a"
          + " message, not null.");
    }
  }

  /**
   * Returns the finding as one line: the path, a colon, the message.
   *
   * @return such as {@code "services.web.depends_on.db: ..."}
   */
  @Override
  public String toString() {
    return path() + ": " + message();
  }

  /** Builds a {@link ComposeFinding}. */
  public static final class Builder extends ImmutableComposeFinding.Builder {
    Builder() {}
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
