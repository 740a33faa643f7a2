package dev.topology.api;

/**
 * How far the target of a startup {@link Dependency} must have come before the service that
 * needs it starts, as Docker Compose's {@code depends_on} conditions say it.
 *
 * <p>The engine orders startup the same way for each; the value is kept so that nothing a source
 * states is lost, and shown where a dependency is shown.
 */
public enum Readiness {
  /** The target has started (Compose: {@code service_started}). The default. */
  STARTED("started"),
  /** The target has started and reports itself healthy (Compose: {@code service_healthy}). */
  HEALTHY("healthy"),
  /**
   * The target has run to completion and exited successfully, as a one-shot task does
   * (Compose: {@code service_completed_successfully}).
   */
  COMPLETED("completed successfully");

  private final String description;

  Readiness(String description) {
    this.description = description;
  }

  /**
   * Returns the state in words.
   *
   * @return words such as {@code "healthy"}
   */
  public String description() {
    return description;
  }
}
