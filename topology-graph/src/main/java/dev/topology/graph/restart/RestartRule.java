package dev.topology.graph.restart;

/**
 * The rule a {@link RestartPlan} follows to choose what restarts after the restarted services.
 *
 * <p>The rule is a property of the topology, not of the question: a topology in which any
 * dependency {@linkplain dev.topology.api.Dependency#restartsWith() declares that its owner
 * restarts with its target} (Compose's {@code depends_on.<service>.restart: true}) is planned by
 * its declarations; one in which none does is planned by what the restart puts at risk.
 */
public enum RestartRule {
  /**
   * Only the services that declare they restart with a restarted one restart, transitively (A
   * restarts with B, C with A: restarting B restarts A, then C). The Compose specification, on
   * {@code depends_on}: "{@code restart}: when set to {@code true} Compose restarts this service
   * after it updates the dependency service". Other services the restart puts at risk are
   * listed to check, not restarted.
   */
  DECLARED,
  /** No dependency declares a restart: every service the restart puts at risk restarts. */
  ALL_AT_RISK;

  /**
   * Returns the rule in words for people.
   *
   * @return {@code "declared"} or {@code "all at risk"}
   */
  public String words() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
