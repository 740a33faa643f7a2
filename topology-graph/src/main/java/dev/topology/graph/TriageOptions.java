package dev.topology.graph;

import java.util.Optional;

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
 *
 * @param phase the phase to answer for; empty to infer it from the observation
 * @param project the Compose project the topology is; empty when not told or when none
 * @param outsideCompose whether the topology is no Compose project at all
 */
public record TriageOptions(Optional<Phase> phase, Optional<String> project,
    boolean outsideCompose) {

  /**
   * Creates options.
   *
   * @param phase the phase to answer for; empty to infer it
   * @param project the Compose project the topology is; empty when not told or when none
   * @param outsideCompose whether the topology is no Compose project at all
   * @throws InvalidQueryException if a value is null or blank, or a project is named for a
   *     topology said to be outside Compose
   */
  public TriageOptions {
    if (phase == null || project == null) {
      throw new InvalidQueryException("Triage options need a phase and a project, each"
          + " possibly empty, not null; start from TriageOptions.inferred().");
    }
    if (project.isPresent() && project.get().isBlank()) {
      throw new InvalidQueryException("A Compose project's name is blank; give the name"
          + " docker compose uses (its -p option, the file's name: key or its folder).");
    }
    if (project.isPresent() && outsideCompose) {
      throw new InvalidQueryException("Triage options name the Compose project "
          + "'" + project.get() + "' for a topology said to be outside Compose; give one of"
          + " withProject and withoutProject.");
    }
  }

  /**
   * Returns the options that infer the phase and check no project.
   *
   * @return the options
   */
  public static TriageOptions inferred() {
    return new TriageOptions(Optional.empty(), Optional.empty(), false);
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
    return new TriageOptions(Optional.of(fixed), project, outsideCompose);
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
    return new TriageOptions(phase, Optional.of(name), false);
  }

  /**
   * Returns these options saying the topology is no Compose project, so that containers a
   * Compose project created are not its.
   *
   * @return the options
   */
  public TriageOptions withoutProject() {
    return new TriageOptions(phase, Optional.empty(), true);
  }
}
