package dev.topology.api;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The choices of one installation: LDAP authentication on or off, the object storage, and the
 * services run outside the services machine (externalized).
 *
 * <p>{@link Topology#resolve(Deployment)} turns a topology into the concrete topology of the
 * installation these choices describe.
 *
 * @param ldap whether LDAP authentication is in use
 * @param objectStorage where blobs are kept
 * @param externalized names of the services run outside, sorted; any name of a service may be
 *     used
 */
@Value.Builder
public record Deployment(boolean ldap, ObjectStorage objectStorage, Set<String> externalized) {

  private static final Deployment DEFAULTS =
      new Deployment(false, ObjectStorage.FILESERVED, Set.of());

  /**
   * Creates a deployment.
   *
   * @param ldap whether LDAP authentication is in use
   * @param objectStorage where blobs are kept
   * @param externalized names of the services run outside, sorted; any name of a service may be used
   * @throws InvalidTopologyException if a value is missing or a name is not valid
   */
  public Deployment {
    Validation check = new Validation("A deployment");
    check.required("object storage", objectStorage);
    if (check.required("externalized", externalized)) {
      for (String name : externalized) {
        check.name("externalized service", name);
      }
    }
    check.throwIfAny();
    externalized = Collections.unmodifiableSortedSet(new TreeSet<>(externalized));
  }

  /**
   * Returns the default deployment: no LDAP, {@code fileserved} storage, nothing externalized.
   *
   * @return the defaults
   */
  public static Deployment defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this deployment's values.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Tells whether the service with this name is externalized. Only the name given to the
   * deployment counts; {@link Topology#resolve(Deployment)} resolves aliases.
   *
   * @param name a name as listed in {@link #externalized()}
   * @return true if listed
   */
  public boolean isExternalized(String name) {
    return externalized.contains(name);
  }

  /** Builds a {@link Deployment}, starting from the defaults. */
  public static final class Builder extends DeploymentBuilder {
    Builder() {
      ldap(false);
      objectStorage(ObjectStorage.FILESERVED);
    }
  }

  @Override
  public String toString() {
    return "Deployment[ldap=" + ldap + ", objectStorage=" + objectStorage + ", externalized="
        + externalized + "]";
  }
}
