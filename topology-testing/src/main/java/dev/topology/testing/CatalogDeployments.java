package dev.topology.testing;

import dev.topology.api.ClosestNames;
import dev.topology.api.Deployment;
import dev.topology.catalog.CircleCiServer2;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The catalog's deployments by the names {@link Fixtures} takes. */
final class CatalogDeployments {
  static final List<String> NAMES = List.of("default", "ldap", "s3", "externalized");

  private static final Map<String, Deployment> BY_NAME = Map.of(
      "default", CircleCiServer2.defaultDeployment(),
      "ldap", CircleCiServer2.ldapDeployment(),
      "s3", CircleCiServer2.s3Deployment(),
      "externalized", CircleCiServer2.externalizedDeployment());

  private CatalogDeployments() {}

  static Deployment named(String name) {
    if (name == null) {
      throw new IllegalArgumentException("A deployment of the catalog is named, not null; give"
          + " one of " + String.join(", ", NAMES) + ".");
    }
    Deployment deployment = BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
    if (deployment != null) {
      return deployment;
    }
    List<String> closest = ClosestNames.of(name.strip().toLowerCase(Locale.ROOT), NAMES);
    throw new IllegalArgumentException("The catalog has no deployment named '" + name + "'"
        + (closest.isEmpty() ? "; its"
            : "; did you mean '" + String.join("' or '", closest) + "'? Its")
        + " deployments are " + String.join(", ", NAMES) + ".");
  }
}
