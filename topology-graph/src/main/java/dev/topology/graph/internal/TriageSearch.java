package dev.topology.graph.internal;

import dev.topology.api.Coverage;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.TopologyException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.GuessedMatch;
import dev.topology.graph.triage.ServiceStatus;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageCause;
import dev.topology.graph.triage.TriageOptions;
import dev.topology.graph.triage.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Works out a {@link Triage}: verdicts, phase, causes, risk and the recovery waves. */
public final class TriageSearch {
  private final TopologyGraph graph;
  private final GraphIndex g;
  private final boolean complete;
  private final List<List<ObservedContainer>> byNode;
  private final List<ObservedContainer> unknown = new ArrayList<>();
  private final List<ObservedContainer> external = new ArrayList<>();
  private final List<GuessedMatch> guessed = new ArrayList<>();
  private final Verdict[] verdicts;
  private Map<String, String> switchedOn = Map.of();

  private TriageSearch(TopologyGraph graph, Observation seen, TriageOptions options) {
    this.graph = graph;
    this.g = Access.graphs().index(graph);
    this.complete = seen.isComplete();
    this.byNode = new ArrayList<>(g.size());
    for (int v = 0; v < g.size(); v++) {
      byNode.add(new ArrayList<>());
    }
    this.verdicts = new Verdict[g.size()];
    Matching matching = Matching.of(g.topology, seen, options);
    for (ObservedContainer container : seen.containers()) {
      int v = matching.node(container);
      if (v < 0) {
        unknown.add(container);
      } else if (g.external(v)) {
        external.add(container);
      } else {
        byNode.get(v).add(container);
      }
    }
    guessed.addAll(matching.guesses());
    Comparator<ObservedContainer> byName = Comparator.comparing(ObservedContainer::name);
    unknown.sort(byName);
    external.sort(byName);
    byNode.forEach(list -> list.sort(byName));
  }

  /**
   * Triages, first switching on the deployment choices (Compose profiles) that bring in the
   * services whose containers were seen but that this deployment leaves out.
   */
  public static Triage run(TopologyGraph graph, Observation seen, TriageOptions options) {
    Matching.refuseForeign(Access.graphs().index(graph), seen, options);
    Map<String, String> switches = Matching.switchesFor(Access.graphs().index(graph), seen);
    TopologyGraph used = graph;
    if (!switches.isEmpty()) {
      Deployment wider = Access.graphs().index(graph).deployment;
      for (Map.Entry<String, String> choice : switches.entrySet()) {
        wider = wider.with(choice.getKey(), choice.getValue());
      }
      try {
        used = TopologyGraph.of(Access.graphs().index(graph).declared, wider);
      } catch (TopologyException e) {
        // The wider deployment does not hold together (a service it brings in needs one still
        // left out): triage as asked, the containers listed as unknown.
        switches = Map.of();
      }
    }
    TriageSearch search = new TriageSearch(used, seen, options);
    search.switchedOn = switches;
    return search.triage(options.phase().orElse(null));
  }

  private Triage triage(Phase fixed) {
    Phase phase = fixed == null ? inferPhase() : fixed;
    List<ServiceStatus> statuses = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (int v : byName()) {
      Service service = g.service(v);
      Judge.Judgement judgement =
          Judge.of(service.lifecycle(), phase, byNode.get(v), complete);
      verdicts[v] = judgement.verdict();
      statuses.add(ServiceStatus.of(service.name(), service.lifecycle(), service.severity(),
          judgement.verdict(), byNode.get(v), judgement.reason()));
      if (judgement.verdict().failed()) {
        failed.add(service.name());
      }
    }
    TriageFindings found = new TriageFindings(g, phase, fixed == null, statuses, failed,
        List.copyOf(unknown), List.copyOf(external));
    found.coverage = complete ? Coverage.COMPLETE : Coverage.PARTIAL;
    found.guessed = List.copyOf(guessed);
    found.switchedOn = switchedOn;
    if (!failed.isEmpty()) {
      found.impact = graph.impact(phase, failed);
      found.search = graph.rootCauses(phase, failed);
      causes(found);
      found.atRisk = atRisk(found.impact);
    }
    found.recovery = new Recovery(graph, verdicts, found).steps();
    return Access.triages().triage(found);
  }

  /** STARTUP while a one-shot task has not completed or a long-running service never started. */
  private Phase inferPhase() {
    for (int v = 0; v < g.size(); v++) {
      if (g.external(v)) {
        continue;
      }
      Lifecycle lifecycle = g.service(v).lifecycle();
      if (lifecycle == Lifecycle.STARTUP_ONLY) {
        continue;
      }
      Verdict verdict = Judge.of(lifecycle, Phase.RUNTIME, byNode.get(v), complete).verdict();
      if (verdict == Verdict.PENDING || verdict == Verdict.FAILED
          || verdict == Verdict.NOT_STARTED || verdict == Verdict.NOT_SEEN) {
        return Phase.STARTUP;
      }
    }
    return Phase.RUNTIME;
  }

  /** The services of this installation (not external), by canonical name. */
  private int[] byName() {
    return java.util.stream.IntStream.range(0, g.size()).filter(v -> !g.external(v)).boxed()
        .sorted(Comparator.comparing(g::name)).mapToInt(Integer::intValue).toArray();
  }

  /**
   * The causes: the engine's best candidate made only of failed services; failing that, every
   * failed service that no other failed service takes down.
   */
  private void causes(TriageFindings found) {
    Set<String> failed = new HashSet<>(found.failed);
    List<String> chosen = found.search.candidates().stream()
        .filter(c -> failed.containsAll(c.services())).findFirst()
        .map(RootCause::services).orElse(null);
    List<List<String>> closures = new ArrayList<>();
    for (String name : found.failed) {
      List<String> takes = new ArrayList<>(graph.impact(found.phase, name).affectedNames());
      takes.retainAll(failed);
      closures.add(takes);
    }
    if (chosen == null) {
      Set<String> takenDown = new HashSet<>();
      closures.forEach(takenDown::addAll);
      chosen = found.failed.stream().filter(name -> !takenDown.contains(name)).toList();
    }
    Set<String> explained = new HashSet<>(chosen);
    List<TriageCause> causes = new ArrayList<>();
    for (String name : chosen) {
      List<String> explains = new ArrayList<>(closures.get(found.failed.indexOf(name)));
      explains.removeAll(chosen);
      explained.addAll(explains);
      causes.add(TriageCause.of(name, g.topology.service(name).severity(), explains));
    }
    found.causes = causes;
    found.unexplained = found.failed.stream().filter(name -> !explained.contains(name)).toList();
  }

  /** What the failure takes down that still runs or has yet to run. */
  private List<String> atRisk(Impact impact) {
    List<String> risk = new ArrayList<>();
    for (String name : impact.affectedNames()) {
      int v = g.topology.indexOf(name);
      if (!g.external(v) && verdicts[v] != Verdict.COMPLETED && verdicts[v] != Verdict.NOT_NEEDED) {
        risk.add(name);
      }
    }
    return risk;
  }

  /** The worst of the failed services' own severity and the severity reached through them. */
  public static Optional<Severity> worst(Impact impact) {
    if (impact == null) {
      return Optional.empty();
    }
    return Optional.of(impact.propagatedSeverity().map(s -> s.max(impact.failedSeverity()))
        .orElse(impact.failedSeverity()));
  }
}
