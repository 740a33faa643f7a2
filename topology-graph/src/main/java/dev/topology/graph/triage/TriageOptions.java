package dev.topology.graph.triage;

import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.startup.Phase;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a caller tells {@link TopologyGraph#triage(dev.topology.api.Observation, TriageOptions)}
 * beyond the observation: the phase, if it fixes it, and which Compose project the topology is.
 *
 * <pre>{@code
 * graph.triage(seen, TriageOptions.inferred().withProject("shop"));
 * graph.triage(seen, TriageOptions.inferred().withPhase(Phase.RUNTIME).withoutProject());
 * }</pre>
 *
 * <p>The project lets triage refuse containers of another project: Docker Compose labels each
 * container it creates with {@code com.docker.compose.project} (the project's name), and {@code
 * docker compose ps} reports it as {@code Project}. With {@link #withProject(String)}, the
 * topology is that project: containers labelled with another one are not its. With {@link
 * #withoutProject()}, the topology is no Compose project (a hand-written topology or a catalog):
 * containers labelled with any project are not its. Unless told, labels are not checked. Immutable.
 */
// Without generated copy methods: the withers below are this type's own, with their checks.
@Value.Immutable(copy = false)
public abstract class TriageOptions {
  TriageOptions() {}

  /**
   * Returns the phase to answer for.
   *
   * @return the phase; empty to infer it from the observation
   */
  public abstract Optional<Phase> phase();

  /**
   * Returns the Compose project the topology is.
   *
   * @return the project's name; empty when not told or when none
   */
  public abstract Optional<String> project();

  /**
   * Returns whether the topology is no Compose project at all.
   *
   * @return true if containers labelled with any Compose project are not its
   */
  public abstract boolean outsideCompose();

  /**
   * Checks the options: a project named is not blank, and is not named for a topology said to
   * be outside Compose.
   *
   * @throws InvalidQueryException if a project's name is blank, or a project is named for a
   *     topology said to be outside Compose
   */
  @Value.Check
  protected void check() {
    if (project().isPresent() && project().get().isBlank()) {
      throw new InvalidQueryException("A Compose project's name is blank; give the name"
          + " docker compose uses (its -p option, the file's name: key or its folder).");
    }
    if (project().isPresent() && outsideCompose()) {
      throw new InvalidQueryException("Triage options name the Compose project "
          + "'" + project().get() + "' for a topology said to be outside Compose; give one of"
          + " withProject and withoutProject.");
    }
  }

  /**
   * Returns a new builder; unset, the options infer the phase and check no project.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The builder of {@link TriageOptions}. */
  public static final class Builder extends ImmutableTriageOptions.Builder {
    Builder() {}
  }

  /**
   * Returns the options that infer the phase and check no project.
   *
   * @return the options
   */
  public static TriageOptions inferred() {
    return builder().build();
  }

  /**
   * Returns these options with the phase fixed.
   *
   * @param fixed the phase to answer for
   * @return the options
   * @throws InvalidQueryException if the phase is null
   */
  public TriageOptions withPhase(Phase fixed) {
    if (fixed == null) {
      throw new InvalidQueryException("A triage needs a phase, not null; give Phase.STARTUP or"
          + " Phase.RUNTIME, or leave it out to infer it.");
    }
    return toBuilder().phase(fixed).build();
  }

  /**
   * Returns these options saying the topology is the Compose project of that name.
   *
   * @param name the project's name, as in the containers' {@code com.docker.compose.project}
   *     label
   * @return the options
   * @throws InvalidQueryException if the name is null or blank
   */
  public TriageOptions withProject(String name) {
    if (name == null) {
      throw new InvalidQueryException("A Compose project's name is null; give the name"
          + " docker compose uses, or call withoutProject().");
    }
    return toBuilder().project(name).outsideCompose(false).build();
  }

  /**
   * Returns these options saying the topology is no Compose project, so that containers a
   * Compose project created are not its.
   *
   * @return the options
   */
  public TriageOptions withoutProject() {
    return toBuilder().project(Optional.empty()).outsideCompose(true).build();
  }
}
