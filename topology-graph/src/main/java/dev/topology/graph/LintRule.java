package dev.topology.graph;

/**
 * The inspections of {@link TopologyGraph#lint()}, in the order findings are listed.
 *
 * <h2>On the bundled catalog</h2>
 *
 * <p>On the CircleCI Server 2.x catalog in its default deployment, lint finds:
 *
 * <ul>
 *   <li>{@code ready-agent}, a {@linkplain #SINGLE_POINT_OF_FAILURE single point of failure}:
 *       it takes down the other 38 services if it fails at startup. Real, and what the source
 *       says: "If unavailable on startup the whole system will fail."
 *   <li>23 {@linkplain #REDUNDANT_DEPENDENCY redundant startup dependencies}: the six migrators
 *       and {@code audit-log-service} list {@code postgres} besides {@code frontend}, which
 *       needs it; the six services behind a migrator list {@code frontend} and {@code postgres}
 *       besides their migrator, which needs both; {@code api-service} lists {@code postgres},
 *       {@code frontend}, {@code contexts-service-migrator} and {@code vault-cci}, which {@code
 *       contexts-service}, also listed, needs. True as stated, and harmless: the source's
 *       column says what each container uses directly, which the implied order does not say,
 *       so the catalog rightly keeps them.
 * </ul>
 *
 * <p>No one-shot task is left unused, and no runtime interaction targets a one-shot or
 * startup-only service. The LDAP and S3 deployments find the same (37 services for the gate
 * with S3). With the externalizable services run outside ({@code
 * CircleCiServer2.externalizedDeployment()}), lint also finds {@code mongodb-upgrader} an
 * {@linkplain #UNUSED_ONE_SHOT unused one-shot task}: {@code mongo} is no longer started here,
 * so nothing here waits for its upgrader. Real for that installation, whose mongo is upgraded
 * wherever it runs; and the gate then takes down the 32 services started here.
 */
public enum LintRule {
  /**
   * A one-shot task that no long-running service needs to start, directly or through other
   * tasks: nothing waits for it, so it runs for nobody.
   */
  UNUSED_ONE_SHOT("a one-shot task that no long-running service waits for"),
  /**
   * A runtime interaction with a one-shot task, which has exited by the time the system runs.
   */
  RUNTIME_DEPENDENCY_ON_ONE_SHOT("a runtime dependency on a one-shot task"),
  /**
   * A service whose failure alone, at startup or at runtime, takes down more than half of the
   * services of the installation.
   */
  SINGLE_POINT_OF_FAILURE("a service whose failure takes down more than half of the topology"),
  /**
   * A startup dependency that another chain of startup dependencies already implies: removing
   * it changes no startup order, wave or impact.
   */
  REDUNDANT_DEPENDENCY("a startup dependency implied by another path"),
  /**
   * A runtime interaction with a startup-only service, which is needed only while the system
   * starts.
   */
  RUNTIME_DEPENDENCY_ON_STARTUP_ONLY(
      "a startup-only service that others list as a runtime dependency");

  private final String description;

  LintRule(String description) {
    this.description = description;
  }

  /**
   * Returns what the rule looks for, in a few words.
   *
   * @return a phrase such as {@code "a runtime dependency on a one-shot task"}
   */
  public String description() {
    return description;
  }
}
