package dev.topology.graph;

import dev.topology.api.Deployment;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Observation;
import dev.topology.api.Topology;
import dev.topology.graph.availability.AvailabilityInputs;
import dev.topology.graph.availability.AvailabilityModel;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.Analyses;
import dev.topology.graph.internal.Arguments;
import dev.topology.graph.internal.Csr;
import dev.topology.graph.internal.FailureGraph;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.ImpactSearch;
import dev.topology.graph.internal.Lint;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.internal.NameList;
import dev.topology.graph.internal.RootCauseSearch;
import dev.topology.graph.internal.StartDurations;
import dev.topology.graph.internal.StartupOrder;
import dev.topology.graph.internal.TriageSearch;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.lint.LintRule;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.startup.StartupCycleException;
import dev.topology.graph.startup.StartupPlan;
import dev.topology.graph.startup.StartupSchedule;
import dev.topology.graph.triage.ForeignObservationException;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageOptions;
import dev.topology.graph.triage.Verdict;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The engine over the concrete topology of one installation: its startup plan, what each
 * service needs to start, what a failure takes down, and the analyses built on that: restart
 * plans, root causes, blast radius, lint, triage; {@link TopologyDiff} compares two engines.
 * Each answer's type is in the package of its subject ({@code dev.topology.graph.impact}, ...).
 *
 * <pre>{@code
 * // web needs api to start; api needs db and logs
 * TopologyGraph graph = TopologyGraph.of(topology);          // the default deployment
 * graph.startupPlan().waves();                                // [[db, logs], [api], [web]]
 * graph.prerequisites("web");                                 // [db, logs, api]
 * graph.impact(Phase.STARTUP, "db").affectedNames();          // [api, web]
 * graph.rootCauses(Phase.STARTUP, "api", "web");              // api first, then db, logs
 * graph.blastRadius(Phase.STARTUP).ranking().get(0);          // db (...) takes down 2
 * }</pre>
 *
 * <p>Definitions used throughout:
 *
 * <ul>
 *   <li>The graph is built from {@code topology.resolve(deployment)}: services absent in the
 *       deployment are gone, conditional severities and edges are settled.
 *   <li>A startup dependency "a needs b" is an edge {@code a -> b}. An external service (run
 *       outside the installation) is not started: a dependency on it is satisfied before the
 *       plan begins, and its own startup dependencies, which it meets wherever it runs, are
 *       left out of this installation's graph.
 *   <li>Runtime interactions never order startup and may form cycles; startup dependencies may
 *       not.
 *   <li>An optional dependency orders startup like a required one, but carries no failure: its
 *       target's failure, absence or externalization takes nothing down in either phase.
 *   <li>Results name services by canonical name; arguments may use any name (canonical or
 *       alias).
 * </ul>
 *
 * <p>Instances are immutable and thread-safe: every query works on its own scratch arrays, and
 * what is computed on first use and kept (the failure graph and blast radius of each phase) is
 * immutable and safely published. The costs of each method are given with it; see the package
 * documentation for the representation.
 */
public final class TopologyGraph {
  private final GraphIndex g;
  private final StartupOrder startup;
  private final StartupPlan plan;
  private final Analyses analyses;

  static {
    Access.graphs(new Access.Graphs() {
      @Override
      public GraphIndex index(TopologyGraph graph) {
        return graph.g;
      }

      @Override
      public StartupOrder startupOrder(TopologyGraph graph) {
        return graph.startup;
      }

      @Override
      public FailureGraph failures(TopologyGraph graph, Phase phase) {
        return graph.analyses.failures(phase);
      }
    });
  }

  private TopologyGraph(GraphIndex g) {
    this.g = g;
    this.startup = StartupOrder.of(g);
    this.plan = Access.startups().plan(g, startup);
    this.analyses = new Analyses(g);
  }

  /**
   * Builds the engine for the default deployment ({@link Deployment#defaults()}).
   *
   * <p>Cost: O(V + E) time and memory.
   *
   * @param topology the topology
   * @return the engine
   * @throws StartupCycleException if startup dependencies form cycles; it names every one
   * @throws InvalidTopologyException if the topology is null or does not resolve
   */
  public static TopologyGraph of(Topology topology) {
    return of(topology, Deployment.defaults());
  }

  /**
   * Builds the engine for the concrete topology of one installation.
   *
   * <p>Cost: O(V + E) time and memory.
   *
   * @param topology the topology
   * @param deployment the choices of the installation
   * @return the engine
   * @throws StartupCycleException if startup dependencies form cycles; it names every one
   * @throws InvalidTopologyException if an argument is null or the deployment does not fit the
   *     topology (it sets a choice or value the topology does not declare, or externalizes an
   *     unknown or non-externalizable service, say)
   */
  public static TopologyGraph of(Topology topology, Deployment deployment) {
    if (topology == null) {
      throw new InvalidTopologyException(Messages.nullTopology());
    }
    if (deployment == null) {
      throw new InvalidTopologyException(Messages.nullDeployment());
    }
    return new TopologyGraph(GraphIndex.freeze(topology, deployment));
  }

  GraphIndex index() {
    return g;
  }

  StartupOrder startupOrder() {
    return startup;
  }

  /**
   * Returns the concrete topology the engine answers for.
   *
   * @return the topology resolved against {@link #deployment()}
   */
  public Topology topology() {
    return g.topology;
  }

  /**
   * Returns the deployment the engine was built for, {@linkplain Topology#settle(Deployment)
   * settled}: every choice the topology declares has its value, defaults included.
   *
   * @return the deployment
   */
  public Deployment deployment() {
    return g.deployment;
  }

  /**
   * Returns the startup plan: order, waves and external prerequisites.
   *
   * <p>Cost: O(1); the plan is built with the engine.
   *
   * @return the plan
   */
  public StartupPlan startupPlan() {
    return plan;
  }

  /**
   * Returns the startup plan timed with start durations: earliest start and ready times, the
   * total time and the critical chain.
   *
   * <p>Cost: O(V + E + k log k) for {@code k} durations.
   *
   * @param durations start duration per service, under any of its names; services left out take
   *     no time; external services are ready at zero whatever they are given
   * @return the schedule
   * @throws NoSuchServiceException if a key names no service
   * @throws InvalidQueryException if the map or a key or value is null, a duration is negative,
   *     two keys name the same service, a key names a service absent in this deployment, or the
   *     durations add up to more than a {@link Duration} holds
   */
  public StartupSchedule startupSchedule(Map<String, Duration> durations) {
    return Access.startups().schedule(g, startup, plan, StartDurations.perNode(g, durations));
  }

  /**
   * Returns everything a service needs, directly or not, before it can start.
   *
   * <p>Cost: O(V + E).
   *
   * @param service any name of a service of this installation
   * @return an unmodifiable list of canonical names in startup order (external services first,
   *     by name, then as in {@link StartupPlan#order()}: wave by wave, by name within a wave);
   *     empty for an external service, whose own startup is not this installation's
   * @throws NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or the service is absent in this
   *     deployment
   */
  public List<String> prerequisites(String service) {
    return reachable(g.indexOf(service, "prerequisites"), g.needs);
  }

  /**
   * Returns every service that needs a service, directly or not, to start: the reverse of
   * {@link #prerequisites(String)}. A startup gate's system-wide role is not a dependency and
   * shows only in {@link #impact(Phase, String...)}.
   *
   * <p>Cost: O(V + E).
   *
   * @param service any name of a service of this installation
   * @return an unmodifiable list of canonical names in startup order, as in {@link
   *     StartupPlan#order()}: wave by wave, by name within a wave
   * @throws NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or the service is absent in this
   *     deployment
   */
  public List<String> dependents(String service) {
    return reachable(g.indexOf(service, "dependents"), g.neededBy);
  }

  /** The failure graph of a phase, built on first use and kept. */
  FailureGraph failures(Phase phase) {
    return analyses.failures(phase);
  }

  private List<String> reachable(int from, Csr edges) {
    return new NameList(g, startup.reachable(from, edges));
  }

  /**
   * Returns what the failure of one or several services takes down in a phase; see {@link
   * Impact} for the rules of each phase.
   *
   * <p>Cost: O(V + E) time and O(V) memory, whatever the number of failed services.
   *
   * @param phase when the services fail
   * @param failed any names of the failed services; a service named twice counts once
   * @return the impact report
   * @throws NoSuchServiceException if a name names no service
   * @throws InvalidQueryException if the phase, the array or a name is null, no service is
   *     named, or a service is absent in this deployment
   */
  public Impact impact(Phase phase, String... failed) {
    if (failed == null) {
      throw new InvalidQueryException(
          Messages.nullServices(Arguments.IMPACT.what(), Arguments.IMPACT.which()));
    }
    return impact(phase, Arrays.asList(failed));
  }

  /**
   * Returns what the failure of several services takes down in a phase; see {@link Impact}.
   *
   * <p>Cost: O(V + E + k log k) for {@code k} names.
   *
   * @param phase when the services fail
   * @param failed any names of the failed services; a service named twice counts once
   * @return the impact report
   * @throws NoSuchServiceException if a name names no service
   * @throws InvalidQueryException if the phase, the collection or a name is null, the
   *     collection is empty, or a service is absent in this deployment
   */
  public Impact impact(Phase phase, Collection<String> failed) {
    Arguments.phase(phase, Arguments.IMPACT);
    return ImpactSearch.run(g, phase, Arguments.nodes(g, failed, Arguments.IMPACT));
  }

  /**
   * Returns what must restart, and in which waves, after services restart while the system
   * runs; see {@link RestartPlan}.
   *
   * <p>Cost: O(V + E + k log k) for {@code k} names.
   *
   * @param restarted any names of the restarted services; a service named twice counts once
   * @return the plan
   * @throws NoSuchServiceException if a name names no service
   * @throws InvalidQueryException if the array or a name is null, no service is named, or a
   *     service is absent in this deployment
   */
  public RestartPlan restartPlan(String... restarted) {
    if (restarted == null) {
      throw new InvalidQueryException(
          Messages.nullServices(Arguments.RESTART.what(), Arguments.RESTART.which()));
    }
    return restartPlan(Arrays.asList(restarted));
  }

  /**
   * Returns what must restart, and in which waves, after several services restart while the
   * system runs; see {@link RestartPlan}.
   *
   * <p>Cost: O(V + E + k log k) for {@code k} names.
   *
   * @param restarted any names of the restarted services; a service named twice counts once
   * @return the plan
   * @throws NoSuchServiceException if a name names no service
   * @throws InvalidQueryException if the collection or a name is null, the collection is
   *     empty, or a service is absent in this deployment
   */
  public RestartPlan restartPlan(Collection<String> restarted) {
    Impact impact =
        ImpactSearch.run(g, Phase.RUNTIME, Arguments.nodes(g, restarted, Arguments.RESTART));
    return Access.restarts().restartPlan(g, startup, impact);
  }

  /**
   * Returns the smallest sets of services whose failure explains every observed failure, best
   * first: single services when one explains them all, otherwise sets of any size, searched
   * exhaustively while cheap and greedily beyond; see {@link RootCauses}.
   *
   * @param phase when the failures were observed
   * @param observed any names of the services observed failing; a service named twice counts
   *     once; none gives an answer with no candidate ({@link RootCauses#isEmpty()})
   * @return the candidates
   * @throws NoSuchServiceException if a name names no service
   * @throws InvalidQueryException if the phase, the array or a name is null, or a service is
   *     absent in this deployment
   */
  public RootCauses rootCauses(Phase phase, String... observed) {
    if (observed == null) {
      throw new InvalidQueryException(
          Messages.nullServices(Arguments.ROOT_CAUSES.what(), Arguments.ROOT_CAUSES.which()));
    }
    return rootCauses(phase, Arrays.asList(observed));
  }

  /**
   * Returns the smallest sets of services whose failure explains every observed failure, best
   * first: single services when one explains them all, otherwise sets of any size, searched
   * exhaustively while cheap and greedily beyond; see {@link RootCauses} for the search, the
   * ranking and the costs.
   *
   * @param phase when the failures were observed
   * @param observed any names of the services observed failing; a service named twice counts
   *     once; an empty collection gives an answer with no candidate ({@link
   *     RootCauses#isEmpty()}), as nothing needs explaining
   * @return the candidates
   * @throws NoSuchServiceException if a name names no service
   * @throws InvalidQueryException if the phase, the collection or a name is null, or a service
   *     is absent in this deployment
   */
  public RootCauses rootCauses(Phase phase, Collection<String> observed) {
    Arguments.phase(phase, Arguments.ROOT_CAUSES);
    int[] nodes = observed != null && observed.isEmpty() ? new int[0]
        : Arguments.nodes(g, observed, Arguments.ROOT_CAUSES);
    return RootCauseSearch.run(analyses.failures(phase), nodes);
  }

  /**
   * Triages what was seen running: the verdict on every service, which failures are causes and
   * which consequences, what is at risk, how bad it is and what to restart in which order; the
   * phase is inferred from the observation. See {@link Triage} for the rules, and {@link
   * #triage(Observation, TriageOptions)} for what triage assumes.
   *
   * <p>Cost: as {@link #triage(Observation, TriageOptions)}.
   *
   * @param observation the containers seen, each naming its service by any of its names
   * @return the answer
   * @throws InvalidQueryException if the observation is null or has no container
   * @throws ForeignObservationException if the observation is not of this topology
   */
  public Triage triage(Observation observation) {
    return triage(observation, TriageOptions.inferred());
  }

  /**
   * Triages what was seen running in a phase the caller fixes; see {@link Triage}, and {@link
   * #triage(Observation, TriageOptions)} for what triage assumes.
   *
   * <p>Cost: as {@link #triage(Observation, TriageOptions)}.
   *
   * @param observation the containers seen, each naming its service by any of its names
   * @param phase the phase to answer for
   * @return the answer
   * @throws InvalidQueryException if the observation or the phase is null, or the observation
   *     has no container
   * @throws ForeignObservationException if the observation is not of this topology
   */
  public Triage triage(Observation observation, Phase phase) {
    if (phase == null) {
      throw new InvalidQueryException("A triage needs a phase, not null; give Phase.STARTUP or"
          + " Phase.RUNTIME, or call triage(observation) to infer it.");
    }
    return triage(observation, TriageOptions.inferred().withPhase(phase));
  }

  /**
   * Triages what was seen running, with the phase and the Compose project the options give; see
   * {@link Triage} for the rules.
   *
   * <p>What triage assumes, and what it does when the observation does not bear it out:
   *
   * <ul>
   *   <li>The observation is of this topology. An empty one is refused ("no containers in the
   *       input"); so is one whose Compose project labels name only other projects than the
   *       {@linkplain TriageOptions#withProject(String) given one} (or any project, for a
   *       topology {@linkplain TriageOptions#withoutProject() outside Compose}), and one most of
   *       whose containers match no service of this topology by name or image: {@link
   *       ForeignObservationException}, no verdict.
   *   <li>Each container names its service (its service, Compose service label or name, by any
   *       name of a service). One matched by its image alone is a guess, listed in {@link
   *       Triage#guessedMatches()}.
   *   <li>The observation's {@link dev.topology.api.Coverage} is true: in a complete one a
   *       service without a container was never created (failed); in a partial one it is
   *       unobserved, neither failed nor evidence for a cause.
   *   <li>The deployment is the installation's. A container of a service this deployment leaves
   *       out (a Compose profile that is off) switches on, for this triage, the first choice,
   *       by name, that brings the service in; {@link Triage#switchedOn()} lists them.
   *   <li>A one-shot task's exit code is in the observation; exited without one, it is {@link
   *       Verdict#UNKNOWN}, neither completed nor failed.
   * </ul>
   *
   * <p>Cost: O(n log n + V log V) for {@code n} containers to judge every service; when
   * {@code f} services failed, a root-cause search (see {@link RootCauses}), {@code f + 2}
   * impacts and a restart plan, each O(V + E): O(f (V + E)) in all; switching a choice on
   * builds the engine of the wider deployment once more, O(V + E).
   *
   * @param observation the containers seen, each naming its service by any of its names
   * @param options the phase, if fixed, and the Compose project this topology is, if known
   * @return the answer
   * @throws InvalidQueryException if the observation or the options are null, or the
   *     observation has no container
   * @throws ForeignObservationException if the observation is not of this topology
   */
  public Triage triage(Observation observation, TriageOptions options) {
    if (observation == null) {
      throw new InvalidQueryException("A triage needs an observation, not null; give"
          + " Observation.of(containers) with the containers seen.");
    }
    if (options == null) {
      throw new InvalidQueryException("A triage needs options, not null; give"
          + " TriageOptions.inferred().");
    }
    return TriageSearch.run(this, observation, options);
  }

  /**
   * Returns every service ranked by what its failure alone takes down in a phase; see {@link
   * BlastRadius}.
   *
   * <p>Cost: computed on first use for each phase and kept; at worst O(V (V + E) / 64) time,
   * O(V + E) for chains, trees and fans, and O(V + E) memory in every case.
   *
   * @param phase when the services fail
   * @return the ranking
   * @throws InvalidQueryException if the phase is null
   */
  public BlastRadius blastRadius(Phase phase) {
    Arguments.phase(phase, Arguments.BLAST_RADIUS);
    return analyses.blastRadius(phase);
  }

  /**
   * Returns the availability answers for figures per service: the steady-state availability
   * of every long-running service and of the system, importance, what-ifs, recovery times and a
   * simulation; see {@link AvailabilityModel} and {@link
   * dev.topology.graph.availability.Availability} for what counts as down.
   *
   * <p>Each long-running service takes the figure given for it in {@link
   * AvailabilityInputs#figures()}, else its own {@link dev.topology.api.Service#reliability()},
   * else the inputs' default. One-shot tasks and startup-only services need none.
   *
   * <pre>{@code
   * graph.availability(AvailabilityInputs.fromModel().withDefault(Reliability.parse("99.9%")))
   *     .steadyState().high();
   * }</pre>
   *
   * <p>Cost: as {@link #blastRadius(Phase)} at {@link Phase#RUNTIME}, whose closures it sums:
   * O(V + E) for chains, trees and fans, at worst O(V (V + E) / 64), and O(V + E) memory; not
   * kept: each call builds a new model.
   *
   * @param inputs the figures, the default and the start durations
   * @return the model
   * @throws NoSuchServiceException if a key of the inputs names no service, with the closest
   *     names
   * @throws InvalidQueryException if the inputs are null, a key names a service absent in this
   *     deployment or names a service already named by another key, or a long-running service
   *     has no figure (the message lists every one)
   */
  public AvailabilityModel availability(AvailabilityInputs inputs) {
    return Access.availabilities().model(this, inputs);
  }

  /**
   * Runs every {@link LintRule} and returns what they find, best read as advice: a finding is
   * not an error, and nothing is thrown, and following a finding changes no answer it does not
   * name; see {@link LintRule}.
   *
   * <p>Cost: O(V + E) for most rules; single points of failure use {@link #blastRadius(Phase)}
   * (kept for later calls); redundant dependencies are three searches (optional, required, and
   * required between long-running services), each O(T (V + E) / 64) at worst for {@code T}
   * dependencies of services that have two or more, O(V + E) for chains and stars.
   *
   * @return an unmodifiable list, by rule (in {@link LintRule} order), then by services
   */
  public List<LintFinding> lint() {
    return Lint.run(g, startup, analyses);
  }

  /**
   * Returns a one-line summary for people.
   *
   * @return the counts of services, dependencies and waves, and the deployment
   */
  @Override
  public String toString() {
    return "TopologyGraph[" + g.size() + " services (" + g.externalCount() + " external), "
        + g.needs.edgeCount() + " startup dependencies, " + g.talksTo.edgeCount()
        + " runtime interactions, " + plan.waves().size() + " waves; " + g.deployment + "]";
  }

  /**
   * Returns everything a service needs, directly or not, before it can start, as an answer
   * that names the service: what {@link #prerequisites(String)} lists.
   *
   * <p>Cost: O(V + E).
   *
   * @param service any name of a service of this installation
   * @return the answer, its service by canonical name
   * @throws NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or the service is absent in this
   *     deployment
   */
  public ServiceReach prerequisitesOf(String service) {
    int v = g.indexOf(service, "prerequisitesOf");
    return new ServiceReach(g.name(v), ServiceReach.Direction.PREREQUISITES,
        reachable(v, g.needs));
  }

  /**
   * Returns every service that needs a service, directly or not, to start, as an answer that
   * names the service: what {@link #dependents(String)} lists.
   *
   * <p>Cost: O(V + E).
   *
   * @param service any name of a service of this installation
   * @return the answer, its service by canonical name
   * @throws NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or the service is absent in this
   *     deployment
   */
  public ServiceReach dependentsOf(String service) {
    int v = g.indexOf(service, "dependentsOf");
    return new ServiceReach(g.name(v), ServiceReach.Direction.DEPENDENTS,
        reachable(v, g.neededBy));
  }
}
