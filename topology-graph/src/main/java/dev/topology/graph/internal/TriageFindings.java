package dev.topology.graph.internal;

import dev.topology.api.Coverage;
import dev.topology.api.ObservedContainer;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.GuessedMatch;
import dev.topology.graph.triage.RecoveryStep;
import dev.topology.graph.triage.ServiceStatus;
import dev.topology.graph.triage.TriageCause;
import java.util.List;
import java.util.Map;

/**
 * What a triage search found, filled in by it, then frozen into a {@link
 * dev.topology.graph.triage.Triage}.
 */
public final class TriageFindings {
  public final GraphIndex g;
  public final Phase phase;
  public final boolean phaseInferred;
  public final List<ServiceStatus> statuses;
  public final List<String> failed;
  public final List<ObservedContainer> unknown;
  public final List<ObservedContainer> external;
  public Impact impact;
  public RootCauses search;
  public List<TriageCause> causes = List.of();
  public List<String> unexplained = List.of();
  public List<String> atRisk = List.of();
  public List<RecoveryStep> recovery = List.of();
  public Coverage coverage = Coverage.PARTIAL;
  public List<GuessedMatch> guessed = List.of();
  public Map<String, String> switchedOn = Map.of();

  public TriageFindings(GraphIndex g, Phase phase, boolean phaseInferred,
      List<ServiceStatus> statuses, List<String> failed, List<ObservedContainer> unknown, List<ObservedContainer> external) {
    this.g = g;
    this.phase = phase;
    this.phaseInferred = phaseInferred;
    this.statuses = statuses;
    this.failed = failed;
    this.unknown = unknown;
    this.external = external;
  }
}
