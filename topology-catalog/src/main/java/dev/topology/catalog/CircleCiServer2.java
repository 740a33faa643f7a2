package dev.topology.catalog;

import dev.topology.api.Deployment;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * The 39 containers of the CircleCI Server 2.x services machine, as code.
 *
 * <pre>{@code
 * Topology all = CircleCiServer2.topology();                          // conditional, 39 services
 * Topology mine = CircleCiServer2.resolved(CircleCiServer2.s3Deployment());  // 38, no fileserved
 * mine.service("vault-cci").name();                                   // "contexts-vault"
 * }</pre>
 *
 * <h2>Source</h2>
 *
 * <p>The table of the public page "CircleCI Server Container Architecture" (Server 2.x, platinum
 * support contract edition), one service per row: the container name verbatim as the canonical
 * name ({@code nomad_server}, {@code outputRunningRedis}, {@code tutum/logrotate}), the second
 * name of an "a / b" pair as the image (and as an alias, since the source refers to some services
 * by it), the role, the failure effect, the severity icon
 * (check-circle LOW, exclamation-triangle MEDIUM, fire-extinguisher HIGH), the externalizable mark
 * {@code *}, and the startup dependencies in the source's order, written as the source writes
 * them. The slips "statup", "outputand", "Metics", "no affect" and "Github" are corrected to
 * "startup", "output and", "Metrics", "no effect" and "GitHub"; every other text is verbatim.
 *
 * <h2>Quirks of the source</h2>
 *
 * <ul>
 *   <li>A dependency may use either name of a pair: {@code api-service} and {@code
 *       contexts-service} need {@code vault-cci}, the image of {@code contexts-vault}; {@code
 *       schedulerer} talks to {@code server-nomad}, the image of {@code nomad_server}. The
 *       {@link Topology} resolves both.
 *   <li>{@code federation-service} needs {@code federations-service-migrator}, whose own row is
 *       {@code federation-service-migrator}, and that row calls the service "the
 *       federations-service". The spellings with an "s" are aliases of the same two services,
 *       not further services.
 * </ul>
 *
 * <h2>The notes of the source, as modelled</h2>
 *
 * <ul>
 *   <li>The migrators and {@code mongodb-upgrader} are {@link dev.topology.api.Lifecycle#ONE_SHOT
 *       one-shot} tasks: LOW, because they run only at startup; the services that list them as
 *       startup dependencies fail if they are down then.
 *   <li>{@code ready-agent} is {@link dev.topology.api.Lifecycle#STARTUP_ONLY startup-only} and a
 *       {@link Service#startupGate() startup gate}: no row lists it as a dependency, yet without it
 *       at startup the whole system fails. That is a {@link Service#broadDependents() broad
 *       statement}, not edges from particular services.
 *   <li>{@code fileserved} is HIGH if S3 is not used and absent if it is.
 *   <li>{@code federation-service} is HIGH only if LDAP is in use. Without LDAP it is MEDIUM.
 *       Its failure effect reads "If LDAP authentication is in use, all logins will fail and some
 *       REST API calls might fail": without LDAP, what remains is that some REST API calls might
 *       fail. That is a loss of functioning, more than LOW's "no loss of data or functioning";
 *       it loses no data, corrupts nothing and leaves most of the product working, less than
 *       HIGH's "loss of data, corruption of jobs/workflows, major loss of functionality". It
 *       is the class of {@code permissions-service}, MEDIUM with failing REST API calls too.
 *   <li>Role sentences that say who talks to whom while the system runs are {@link
 *       dev.topology.api.DependencyKind#RUNTIME runtime} dependencies, each citing its sentence
 *       (for example {@code picard-dispatcher} to {@code schedulerer}). Those to {@code
 *       fileserved}, from {@code audit-log-service} and {@code output-processor}, hold only if S3
 *       is not used.
 *   <li>Sentences that name no dependent are kept as {@link Service#broadDependents() broad
 *       dependents}: {@code rabbitmq} ("Most of our services use RabbitMQ for queueing."),
 *       {@code telegraf} ("our local services write to"), {@code tutum/logrotate} ("other
 *       services will fail"), and {@code ready-agent} at startup.
 * </ul>
 *
 * <h2>Deployments</h2>
 *
 * <table>
 *   <caption>What each deployment gives when {@linkplain #resolved(Deployment) resolved}</caption>
 *   <tr><th>deployment</th><th>services</th><th>{@code fileserved}</th>
 *       <th>{@code federation-service}</th><th>external</th></tr>
 *   <tr><td>{@link #defaultDeployment()}</td><td>39</td><td>HIGH</td><td>MEDIUM</td>
 *       <td>none</td></tr>
 *   <tr><td>{@link #ldapDeployment()}</td><td>39</td><td>HIGH</td><td>HIGH</td>
 *       <td>none</td></tr>
 *   <tr><td>{@link #s3Deployment()}</td><td>38</td><td>absent</td><td>MEDIUM</td>
 *       <td>none</td></tr>
 *   <tr><td>{@link #externalizedDeployment()}</td><td>39</td><td>HIGH</td><td>MEDIUM</td>
 *       <td>{@code contexts-vault}, {@code mongo}, {@code nomad_server}, {@code
 *       outputRunningRedis}, {@code postgres}, {@code rabbitmq}</td></tr>
 * </table>
 *
 * <h2>What the engine's lint finds here</h2>
 *
 * <p>In the default deployment: {@code ready-agent} is a single point of failure (it takes down
 * the other 38 services if it fails at startup), real and what the source says. And 17
 * redundant startup dependencies, each implied by another chain in both phases: the six
 * migrators, {@code audit-log-service} and the six services behind a migrator list {@code
 * postgres} besides {@code frontend}, which needs it; {@code api-service} lists {@code postgres},
 * {@code frontend}, {@code contexts-service-migrator} and {@code vault-cci}, which {@code
 * contexts-service}, also listed, needs. The six services behind a migrator also list {@code
 * frontend}, which their migrator needs, but a migrator is a one-shot task that carries nothing
 * at runtime, so that dependency is not redundant. The redundant ones are true but harmless: the
 * source's column says what each container uses directly, so the catalog keeps them. No
 * one-shot task is left unused. With the externalizable services run outside ({@link
 * #externalizedDeployment()}), {@code mongodb-upgrader} is also an unused one-shot task:
 * {@code mongo} is not started here, so nothing here waits for its upgrader.
 *
 * <p>Every value returned is immutable and safe to share between threads.
 */
public final class CircleCiServer2 {
  private static final Topology TOPOLOGY =
      Topology.of(List.of(Rows.LDAP_SETTING, Rows.OBJECT_STORAGE_SETTING), allServices());

  private static final Deployment EXTERNALIZED = Deployment.builder()
      .externalized(TOPOLOGY.services().stream()
          .filter(Service::externalizable)
          .map(Service::name)
          .toList())
      .build();

  private static final Deployment LDAP = Deployment.builder().choose("ldap", Setting.ON).build();

  private static final Deployment S3 =
      Deployment.builder().choose("objectStorage", "s3").build();

  private CircleCiServer2() {}

  /**
   * Returns what a severity means in the words of the key of the CircleCI Server 2.x
   * architecture page, which the catalog's severities follow. {@link Severity#meaning()} gives
   * the generic meaning instead.
   *
   * @param severity a level
   * @return one sentence of the source's key
   * @throws dev.topology.api.InvalidTopologyException if {@code severity} is null
   */
  public static String severityMeaning(Severity severity) {
    if (severity == null) {
      throw new dev.topology.api.InvalidTopologyException(
          "severityMeaning needs a severity, not null.");
    }
    return switch (severity) {
      case LOW -> "Failure has a minor effect on production - no loss of data or functioning.";
      case MEDIUM -> "Failure might cause issues with some jobs, but no loss of data.";
      case HIGH -> "Failure can cause loss of data, corruption of jobs/workflows, major loss of"
          + " functionality.";
    };
  }

  private static List<Service> allServices() {
    List<Service> services = new ArrayList<>();
    services.addAll(DataStores.services());
    services.addAll(PlatformServices.services());
    services.addAll(BuildServices.services());
    services.addAll(SupportServices.services());
    return services;
  }

  /**
   * Returns the catalog as the source states it, with its conditions unresolved: 39 services,
   * {@code fileserved} present only if S3 is not used, {@code federation-service} HIGH only if
   * LDAP is in use, nothing external. Services are sorted by canonical name. It declares two
   * {@linkplain Topology#settings() settings}: {@code ldap} ({@code off} by default, or {@code
   * on}) and {@code objectStorage} ({@code fileserved} by default, or {@code s3}).
   *
   * @return the same immutable topology on every call
   */
  public static Topology topology() {
    return TOPOLOGY;
  }

  /**
   * Returns the concrete topology of one installation of CircleCI Server 2.x.
   *
   * @param deployment the settings of the installation, such as {@link #s3Deployment()}
   * @return the catalog resolved against {@code deployment}, without conditions
   * @throws dev.topology.api.InvalidTopologyException if {@code deployment} is null or
   *     externalizes a service the catalog does not have or that cannot be externalized
   * @see Topology#resolve(Deployment)
   */
  public static Topology resolved(Deployment deployment) {
    return TOPOLOGY.resolve(deployment);
  }

  /**
   * Returns the default installation: no LDAP, {@code fileserved} for object storage, nothing
   * externalized.
   *
   * @return {@link Deployment#defaults()}, which leaves {@code ldap} and {@code objectStorage} at
   *     their defaults
   */
  public static Deployment defaultDeployment() {
    return Deployment.defaults();
  }

  /**
   * Returns the default installation with LDAP authentication in use ({@code ldap=on}), which
   * makes {@code federation-service} HIGH.
   *
   * @return the deployment
   */
  public static Deployment ldapDeployment() {
    return LDAP;
  }

  /**
   * Returns the default installation with S3 for object storage ({@code objectStorage=s3}), in
   * which {@code fileserved} is absent.
   *
   * @return the deployment
   */
  public static Deployment s3Deployment() {
    return S3;
  }

  /**
   * Returns the default installation with every externalizable service run outside the services
   * machine: {@code contexts-vault}, {@code mongo}, {@code nomad_server}, {@code
   * outputRunningRedis}, {@code postgres} and {@code rabbitmq}.
   *
   * @return the deployment
   */
  public static Deployment externalizedDeployment() {
    return EXTERNALIZED;
  }
}
