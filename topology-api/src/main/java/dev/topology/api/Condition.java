package dev.topology.api;

/**
 * A choice of a {@link Deployment} that a service, a severity or a dependency can hinge on.
 *
 * <p>Each constant quotes the words of the source it stands for.
 */
public enum Condition {
  /** LDAP authentication is in use: the source's "only if LDAP in use". */
  LDAP_IN_USE("only if LDAP in use"),
  /** LDAP authentication is not in use. */
  LDAP_NOT_IN_USE("only if LDAP is not in use"),
  /** Object storage is S3. */
  S3_IN_USE("only if using S3"),
  /** Object storage is {@code fileserved}, not S3: the source's "if not using S3". */
  S3_NOT_IN_USE("if not using S3");

  private final String description;

  Condition(String description) {
    this.description = description;
  }

  /**
   * Returns the condition in words.
   *
   * @return words such as {@code "if not using S3"}
   */
  public String description() {
    return description;
  }

  /**
   * Tells whether this condition holds in a deployment.
   *
   * @param deployment the choices of one installation
   * @return true if it holds
   * @throws InvalidTopologyException if {@code deployment} is null
   */
  public boolean holdsIn(Deployment deployment) {
    if (deployment == null) {
      throw new InvalidTopologyException("A condition needs a deployment to be tested in, not null.");
    }
    return switch (this) {
      case LDAP_IN_USE -> deployment.ldap();
      case LDAP_NOT_IN_USE -> !deployment.ldap();
      case S3_IN_USE -> deployment.objectStorage() == ObjectStorage.S3;
      case S3_NOT_IN_USE -> deployment.objectStorage() != ObjectStorage.S3;
    };
  }
}
