package dev.topology.api;

/** How long a service runs once the system has started. */
public enum Lifecycle {
  /** Runs for as long as the system runs. */
  LONG_RUNNING("runs for as long as the system runs"),
  /** Runs once at startup and exits, such as a database migrator or a schema upgrade. */
  ONE_SHOT("runs once at startup and exits"),
  /** Keeps running, but is needed only while the system starts, such as a gate that waits for the others to be ready. */
  STARTUP_ONLY("needed only while the system starts");

  private final String description;

  Lifecycle(String description) {
    this.description = description;
  }

  /**
   * Returns a short description for people.
   *
   * @return words such as {@code "runs once at startup and exits"}
   */
  public String description() {
    return description;
  }

  /**
   * Tells whether a failure of a service with this lifecycle matters once the system runs.
   *
   * @return true only for {@link #LONG_RUNNING}
   */
  public boolean mattersAtRuntime() {
    return this == LONG_RUNNING;
  }
}
