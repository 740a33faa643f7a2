package dev.topology.formats.backstage;

import dev.topology.api.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link BackstageReader} needs beyond the text: the severity of entities that do not
 * state one, and what to do with references to entities the file does not have. Immutable.
 *
 * <pre>{@code
 * BackstageReadOptions.assuming(Severity.MEDIUM);
 * BackstageReadOptions.builder().defaultSeverity(Severity.LOW).missingAsExternal(true).build();
 * }</pre>
 *
 * <p>Defaults: no default severity (a file whose every entity has a {@code
 * dev.topology/severity} annotation, as {@link BackstageWriter} writes, needs none; any other
 * is refused, naming the entities without one), and references to missing entities are errors.
 */
@Value.Immutable(copy = false)
public abstract class BackstageReadOptions {
  BackstageReadOptions() {}

  /**
   * Returns the severity of an entity without a {@code dev.topology/severity} annotation.
   *
   * @return the severity; empty to refuse such entities
   */
  public abstract Optional<Severity> defaultSeverity();

  /**
   * Returns whether a reference to an entity the file does not have becomes a placeholder
   * service (external, with the default severity) instead of an error.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean missingAsExternal() {
    return false;
  }

  /**
   * Returns the options that refuse entities without a severity and missing references.
   *
   * @return the options
   */
  public static BackstageReadOptions strict() {
    return builder().build();
  }

  /**
   * Returns the options that give entities without a severity annotation {@code severity}.
   *
   * @param severity the severity assumed
   * @return the options
   * @throws BackstageException if the severity is null
   */
  public static BackstageReadOptions assuming(Severity severity) {
    return builder().defaultSeverity(severity).build();
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

  /** The builder of {@link BackstageReadOptions}. */
  public static final class Builder extends ImmutableBackstageReadOptions.Builder {
    Builder() {}
  }
}
