package dev.topology.api;

/**
 * How much of an installation an {@link Observation} accounts for.
 *
 * <p>Triage needs to know: a service with no container in a complete observation was never
 * created, which is a failure; in a partial one it was simply not looked at.
 */
public enum Coverage {
  /**
   * Every container of the installation is listed, running or not, as {@code docker compose ps
   * -a} of the whole project lists them: a service without a container has none.
   */
  COMPLETE,
  /**
   * Only some containers are listed (a filtered {@code docker ps}, a test's one-container
   * observation): a service without a container was not observed, and nothing is known of it.
   */
  PARTIAL
}
