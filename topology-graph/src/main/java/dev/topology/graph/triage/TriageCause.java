package dev.topology.graph.triage;

import org.immutables.value.Value;
import dev.topology.api.Severity;
import java.util.List;

/**
 * One root cause that {@link Triage} found among the failed services, and the other failures it
 * explains (the failed services its own failure takes down in the phase).
 */
@Value.Immutable
public abstract class TriageCause {
  TriageCause() {}

  /**
   * Returns the canonical name of the failed service.
   *
   * @return the value
   */
  public abstract String service();

  /**
   * Returns its own severity.
   *
   * @return the value
   */
  public abstract Severity severity();

  /**
   * Returns the other failed services its failure takes down, sorted by name.
   *
   * @return the value
   */
  public abstract List<String> explains();

  /**
   * Returns a value with every component given.
   *
   * @param service the canonical name of the failed service
   * @param severity its own severity
   * @param explains the other failed services its failure takes down, sorted by name
   * @return the value
   */
  public static TriageCause of(String service, Severity severity, List<String> explains) {
    return builder().service(service).severity(severity).explains(explains).build();
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

  /** The builder of {@link TriageCause}s. */
  public static final class Builder extends ImmutableTriageCause.Builder {
    Builder() {}
  }


  @Override
  public String toString() {
    return service() + " (" + severity() + ")"
        + (explains().isEmpty() ? "" : " explains " + String.join(", ", explains()));
  }
}
