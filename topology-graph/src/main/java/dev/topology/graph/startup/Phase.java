package dev.topology.graph.startup;

/** When a failure happens: while the system starts, or once it runs. */
public enum Phase {
  /**
   * The system is starting: a service that needs a failed one to start cannot start, and a
   * failed startup gate takes the whole system down.
   */
  STARTUP,
  /**
   * The system is running: one-shot and startup-only services have done their work, so their
   * failure takes nothing down; a failed long-running service puts at risk the long-running
   * services that need it, to start or while running.
   */
  RUNTIME
}
