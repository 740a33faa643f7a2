package dev.topology.graph.triage;

import org.immutables.value.Value;
import dev.topology.api.Lifecycle;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Severity;
import java.util.List;

/**
 * What {@link Triage} concludes about one service of the installation, and from which
 * containers.
 */
@Value.Immutable
public abstract class ServiceStatus {
  ServiceStatus() {}

  /**
   * Returns the canonical name.
   *
   * @return the value
   */
  public abstract String service();

  /**
   * Returns how long it runs.
   *
   * @return the value
   */
  public abstract Lifecycle lifecycle();

  /**
   * Returns its own severity in this deployment.
   *
   * @return the value
   */
  public abstract Severity severity();

  /**
   * Returns what triage concludes.
   *
   * @return the value
   */
  public abstract Verdict verdict();

  /**
   * Returns the containers seen for it, by name; empty when none was seen.
   *
   * @return the value
   */
  public abstract List<ObservedContainer> containers();

  /**
   * Returns the verdict's grounds for people, such as {@code "exited (137)"} or {@code "1 of 2
   * containers up; shop-web-2 exited (1)"}.
   *
   * @return the value
   */
  public abstract String reason();

  /**
   * Returns a value with every component given.
   *
   * @param service the canonical name
   * @param lifecycle how long it runs
   * @param severity its own severity in this deployment
   * @param verdict what triage concludes
   * @param containers the containers seen for it, by name; empty when none was seen
   * @param reason the verdict's grounds for people, such as {@code "exited (137)"} or {@code "1 of
   *    2 containers up; shop-web-2 exited (1)"}
   * @return the value
   */
  public static ServiceStatus of(String service, Lifecycle lifecycle, Severity severity,
      Verdict verdict, List<ObservedContainer> containers, String reason) {
    return builder().service(service).lifecycle(lifecycle).severity(severity).verdict(verdict)
        .containers(containers).reason(reason).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this value.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link ServiceStatus}s. */
  public static final class Builder extends ImmutableServiceStatus.Builder {
    Builder() {}
  }


  /**
   * Returns how many of its containers serve.
   *
   * @return the count of containers that run and are not unhealthy
   */
  public int containersUp() {
    return (int) containers().stream().filter(ObservedContainer::isUp).count();
  }

  @Override
  public String toString() {
    return service() + " " + verdict().words() + ": " + reason();
  }
}
