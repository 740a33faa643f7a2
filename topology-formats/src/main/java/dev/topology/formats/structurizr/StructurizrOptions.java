package dev.topology.formats.structurizr;

import dev.topology.api.Deployment;
import org.immutables.value.Value;

/**
 * What {@link StructurizrWriter} writes beyond the topology: the name of the workspace's software
 * system and the deployment the topology is resolved against. Immutable.
 *
 * <p>Defaults: the system is named {@code Services}, the deployment is {@link
 * Deployment#defaults()}.
 */
@Value.Immutable
public abstract class StructurizrOptions {
  StructurizrOptions() {}

  /**
   * Returns the name of the software system that holds the containers (and of the workspace).
   *
   * @return the name; {@code Services} unless set
   */
  @Value.Default
  public String systemName() {
    return "Services";
  }

  /**
   * Returns the deployment the topology is resolved against: the DSL has no conditions, so the
   * workspace describes one installation.
   *
   * @return the deployment; {@link Deployment#defaults()} unless set
   */
  @Value.Default
  public Deployment deployment() {
    return Deployment.defaults();
  }

  /**
   * Refuses a blank system name, or one on several lines.
   *
   * @throws StructurizrException naming the value
   */
  @Value.Check
  protected void check() {
    if (systemName().isBlank() || systemName().chars().anyMatch(c -> c == '\n' || c == '\r')) {
      throw new StructurizrException("A Structurizr software system needs a name on one line,"
          + " not '" + systemName() + "'.");
    }
  }

  /**
   * Returns the default options.
   *
   * @return the options
   */
  public static StructurizrOptions defaults() {
    return builder().build();
  }

  /**
   * Returns the options with the system named {@code name}.
   *
   * @param name the software system's name
   * @return the options
   * @throws StructurizrException if the name is blank
   */
  public static StructurizrOptions named(String name) {
    return builder().systemName(name).build();
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

  /** The builder of {@link StructurizrOptions}. */
  public static final class Builder extends ImmutableStructurizrOptions.Builder {
    Builder() {}
  }
}
