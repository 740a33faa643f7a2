package dev.topology.formats.backstage;

import dev.topology.api.Deployment;
import dev.topology.api.Service;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * What {@link BackstageWriter} writes beyond the topology: the owner, system and lifecycle every
 * entity gets, the namespace, how each service is classed, and the deployment the topology is
 * resolved against. Immutable.
 *
 * <pre>{@code
 * BackstageOptions.builder().owner("team-platform").system("circleci-server").build();
 * }</pre>
 *
 * <p>Defaults: owner {@code unknown} (Backstage requires one; give your team's group), no
 * system, lifecycle {@code production}, namespace {@code default}, {@link
 * EntityClass#byLabels(Service)}, and {@link Deployment#defaults()}.
 */
@Value.Immutable
public abstract class BackstageOptions {
  /** Backstage's rule for a name: 1 to 63 characters, alphanumeric runs separated by -_. */
  static final Pattern NAME = Pattern.compile("[a-zA-Z0-9]+(?:[-_.][a-zA-Z0-9]+)*");
  /** Backstage's rule for a namespace: a DNS label. */
  static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  BackstageOptions() {}

  /**
   * Returns the owner of every entity, an entity reference such as {@code team-a} or {@code
   * group:default/team-a}.
   *
   * @return the owner; {@code unknown} unless set
   */
  @Value.Default
  public String owner() {
    return "unknown";
  }

  /**
   * Returns the system every entity belongs to, if any.
   *
   * @return the system's name; empty for none
   */
  public abstract Optional<String> system();

  /**
   * Returns the Backstage lifecycle of every Component, such as {@code production} or {@code
   * experimental} (not the service's own lifecycle, which an annotation keeps).
   *
   * @return the lifecycle; {@code production} unless set
   */
  @Value.Default
  public String lifecycle() {
    return "production";
  }

  /**
   * Returns the namespace of every entity.
   *
   * @return the namespace; {@code default} unless set
   */
  @Value.Default
  public String namespace() {
    return "default";
  }

  /**
   * Returns how each service is classed.
   *
   * @return the function; {@link EntityClass#byLabels(Service)} unless set
   */
  @Value.Default
  @Value.Auxiliary
  public Function<Service, EntityClass> classing() {
    return EntityClass::byLabels;
  }

  /**
   * Returns the deployment the topology is resolved against before it is written: Backstage has
   * no conditions, so the file describes one installation.
   *
   * @return the deployment; {@link Deployment#defaults()} unless set
   */
  @Value.Default
  public Deployment deployment() {
    return Deployment.defaults();
  }

  /**
   * Checks the values against the descriptor format: owner and lifecycle are not blank, the
   * system is a valid name, the namespace a valid namespace.
   *
   * @throws BackstageException naming the value and the rule
   */
  @Value.Check
  protected void check() {
    if (owner().isBlank() || owner().chars().anyMatch(Character::isWhitespace)) {
      throw new BackstageException("A Backstage owner is an entity reference such as team-a or"
          + " group:default/team-a, not '" + owner() + "'.");
    }
    if (lifecycle().isBlank() || lifecycle().chars().anyMatch(Character::isWhitespace)) {
      throw new BackstageException("A Backstage lifecycle is one word such as production or"
          + " experimental, not '" + lifecycle() + "'.");
    }
    if (system().isPresent() && !validName(system().get())) {
      throw new BackstageException("The system '" + system().get() + "' is not a valid Backstage"
          + " name; use 1 to 63 letters and digits, in runs separated by one of - _ .");
    }
    if (namespace().length() > 63 || !NAMESPACE.matcher(namespace()).matches()) {
      throw new BackstageException("The namespace '" + namespace() + "' is not a valid Backstage"
          + " namespace; use 1 to 63 lower-case letters and digits, in runs separated by -.");
    }
  }

  static boolean validName(String name) {
    return name.length() <= 63 && NAME.matcher(name).matches();
  }

  /**
   * Returns the default options.
   *
   * @return the options
   */
  public static BackstageOptions defaults() {
    return builder().build();
  }

  /**
   * Returns a builder; see the class for the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link BackstageOptions}. */
  public static final class Builder extends ImmutableBackstageOptions.Builder {
    Builder() {}
  }
}
