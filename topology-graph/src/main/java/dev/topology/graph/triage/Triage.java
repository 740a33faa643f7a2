package dev.topology.graph.triage;

import dev.topology.api.Coverage;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Severity;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.impact.ImpactNote;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.TriageFindings;
import dev.topology.graph.internal.TriageSearch;
import dev.topology.graph.internal.TriageSummary;
import dev.topology.graph.restart.RestartRule;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the observed state of the containers says: which services failed, which failures are
 * causes and which consequences, what still runs but is at risk, how bad it is, and what to
 * start or restart in which order. Made by {@link TopologyGraph#triage(dev.topology.api.Observation)}.
 *
 * <h2>The verdict on each service</h2>
 *
 * <p>A service of the installation (external services are not started by it, and are not
 * expected in the observation; containers of them are {@linkplain #externalContainers() listed
 * apart}) gets a {@link Verdict} from its containers. A container is <em>up</em> when it runs and
 * its health check, if any, does not fail ({@code starting} counts as up). A paused container is
 * not up: Docker freezes its processes, so it holds connections it does not serve.
 *
 * <ul>
 *   <li>Long-running: {@link Verdict#UP} when every container is up; {@link Verdict#PARTLY_UP}
 *       when some are (a scaled service that lost replicas still serves); otherwise failed:
 *       {@link Verdict#UNHEALTHY} if a container runs with a failing health check, {@link
 *       Verdict#NOT_STARTED} if all were only created, {@link Verdict#NOT_SEEN} without any
 *       container, {@link Verdict#DOWN} for the rest (exited, dead, restarting, paused, being
 *       removed).
 *   <li>One-shot: {@link Verdict#COMPLETED} when every container exited with code 0; {@link
 *       Verdict#FAILED} when one exited with another (or unknown) code, died or keeps
 *       restarting; otherwise {@link Verdict#PENDING} (still running, created, not seen).
 *   <li>Startup-only: at {@link Phase#STARTUP} as a long-running service; at {@link
 *       Phase#RUNTIME} {@link Verdict#UP} when up and {@link Verdict#NOT_NEEDED} otherwise,
 *       since its work ended with startup.
 *   <li>Any lifecycle, without a container in a {@linkplain dev.topology.api.Coverage#PARTIAL
 *       partial} observation: {@link Verdict#UNOBSERVED}, never failed.
 * </ul>
 *
 * <p>Which containers are whose, which observations are refused, and how Compose profiles are
 * switched on: see {@link TopologyGraph#triage(dev.topology.api.Observation, TriageOptions)}.
 *
 * <h2>The phase</h2>
 *
 * <p>Unless the caller fixes it, the phase is {@link Phase#STARTUP} while a one-shot task is
 * pending or failed, or a long-running service was never started (created only, or not seen),
 * and {@link Phase#RUNTIME} otherwise. Startup-only services do not decide it.
 *
 * <h2>The answer</h2>
 *
 * <ul>
 *   <li>{@link #failed()}: the services whose verdict {@linkplain Verdict#failed() counts as
 *       failed}.
 *   <li>{@link #causes()}: the engine's best {@linkplain TopologyGraph#rootCauses root-cause}
 *       candidate made only of failed services, of any size (three independent failures give
 *       three causes), each with the other failures it takes down in the phase; when every
 *       candidate holds a service that has not failed (a running service whose failure would
 *       explain several of them), every failed service that no other failed service takes
 *       down. {@link #unexplained()}: failures neither a cause nor taken down by one (failed
 *       services that take each other down, say).
 *   <li>{@link #atRisk()}: what the {@linkplain #impact() impact} of the failed services takes
 *       down beyond them, among the services of the installation that have not completed.
 *   <li>{@link #severity()}: the worst of the failed services' own severities and of the
 *       severities reached through them; {@link #wholeSystemDown()} as the impact says.
 *   <li>{@link #recovery()}: failed services to start, restart or run; one-shot tasks that have
 *       not run; partly-up services to restart; the running services the engine's {@linkplain
 *       TopologyGraph#restartPlan restart plan} restarts after the restarted ones under {@link
 *       RestartRule#DECLARED}; and, to {@linkplain #toCheck() check} without restarting, the
 *       other running services that need a restarted one and one-shot tasks whose exit code is
 *       unknown.
 *       Completed one-shot tasks are left alone, as in the restart plan: their work (a schema
 *       migration) survives a restart of what they needed. Waves: startup gates first, then the
 *       causes, then each service after the planned services it needs to start.
 *   <li>{@link #notes()}: the source's statements that unnamed services depend on a failed one.
 *   <li>{@link #unknownContainers()}: containers that name no service of the installation.
 * </ul>
 *
 * <p>Immutable and thread-safe; lists are unmodifiable. Costs: see {@link
 * TopologyGraph#triage(dev.topology.api.Observation, Phase)}.
 */
public final class Triage {
  static {
    Access.triages(Triage::new);
  }

  private final GraphIndex g;
  private final Phase phase;
  private final boolean phaseInferred;
  private final List<ServiceStatus> statuses;
  private final List<String> failed;
  private final List<ObservedContainer> unknown;
  private final List<ObservedContainer> external;
  private final Impact impact;
  private final RootCauses search;
  private final List<TriageCause> causes;
  private final List<String> unexplained;
  private final List<String> atRisk;
  private final List<RecoveryStep> recovery;
  private final Coverage coverage;
  private final List<GuessedMatch> guessed;
  private final SortedMap<String, String> switchedOn;

  private Triage(TriageFindings found) {
    this.g = found.g;
    this.phase = found.phase;
    this.phaseInferred = found.phaseInferred;
    this.statuses = List.copyOf(found.statuses);
    this.failed = List.copyOf(found.failed);
    this.unknown = List.copyOf(found.unknown);
    this.external = List.copyOf(found.external);
    this.impact = found.impact;
    this.search = found.search;
    this.causes = List.copyOf(found.causes);
    this.unexplained = List.copyOf(found.unexplained);
    this.atRisk = List.copyOf(found.atRisk);
    this.recovery = List.copyOf(found.recovery);
    this.coverage = found.coverage;
    this.guessed = List.copyOf(found.guessed);
    this.switchedOn = Collections.unmodifiableSortedMap(new TreeMap<>(found.switchedOn));
  }

  /**
   * Returns the coverage of the observation: whether a service without a container has none
   * ({@link Coverage#COMPLETE}: {@link Verdict#NOT_SEEN}, failed) or was not looked at ({@link
   * Coverage#PARTIAL}: {@link Verdict#UNOBSERVED}, never failed).
   *
   * @return the observation's coverage
   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * Returns the services no container was observed for in a partial observation: nothing is
   * known of them, so they are neither failed nor evidence for a cause.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> unobserved() {
    return statuses.stream().filter(s -> s.verdict() == Verdict.UNOBSERVED)
        .map(ServiceStatus::service).toList();
  }

  /**
   * Returns the containers matched to a service by their image alone: guesses, which the
   * verdicts rest on.
   *
   * @return an unmodifiable list, by container name
   */
  public List<GuessedMatch> guessedMatches() {
    return guessed;
  }

  /**
   * Returns the deployment choices (Compose profiles) switched on for this triage because
   * containers of services they bring in were observed, each with the value set: the verdicts
   * are of the deployment with them on.
   *
   * @return an unmodifiable map sorted by choice; empty if none was switched on
   */
  public SortedMap<String, String> switchedOn() {
    return switchedOn;
  }

  /**
   * Returns the services to check without restarting them: running services that need a
   * restarted one but do not declare they restart with it, and one-shot tasks whose exit code
   * is unknown (the {@link RecoveryStep.Action#CHECK} steps of {@link #recovery()}).
   *
   * @return an unmodifiable list of canonical names, by wave, then by name
   */
  public List<String> toCheck() {
    return recovery.stream().filter(s -> s.action() == RecoveryStep.Action.CHECK)
        .map(RecoveryStep::service).toList();
  }

  /**
   * Returns the phase the answer is for.
   *
   * @return the phase given, or the one inferred from the observation
   */
  public Phase phase() {
    return phase;
  }

  /**
   * Tells whether the phase was inferred from the observation rather than given.
   *
   * @return true if inferred
   */
  public boolean phaseInferred() {
    return phaseInferred;
  }

  /**
   * Returns the verdict on every service of the installation (external ones left out).
   *
   * @return an unmodifiable list, by canonical name
   */
  public List<ServiceStatus> services() {
    return statuses;
  }

  /**
   * Returns the verdict on one service.
   *
   * <p>Cost: O(V) for the scan, plus a hash lookup of the name.
   *
   * @param service any name of a service of this installation
   * @return its status, or empty for an external service
   * @throws dev.topology.api.NoSuchServiceException if no service has that name
   * @throws InvalidQueryException if the name is null or names a service absent in this
   *     deployment
   */
  public Optional<ServiceStatus> service(String service) {
    String name = g.name(g.indexOf(service, "service"));
    return statuses.stream().filter(s -> s.service().equals(name)).findFirst();
  }

  /**
   * Returns the failed services.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> failed() {
    return failed;
  }

  /**
   * Returns the root causes among the failed services, each with what it explains.
   *
   * @return an unmodifiable list, by name; empty if nothing failed
   */
  public List<TriageCause> causes() {
    return causes;
  }

  /**
   * Returns the failed services that are neither a cause nor explained by one.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> unexplained() {
    return unexplained;
  }

  /**
   * Returns the services that have not failed, and have not completed, that the failure takes
   * down: still up (or yet to run) and at risk.
   *
   * @return an unmodifiable list of canonical names, sorted
   */
  public List<String> atRisk() {
    return atRisk;
  }

  /**
   * Returns the impact of the failed services in the phase, with the path to each service it
   * takes down.
   *
   * @return the impact, or empty if nothing failed
   */
  public Optional<Impact> impact() {
    return Optional.ofNullable(impact);
  }

  /**
   * Returns the engine's root-cause search over the failed services, every candidate ranked,
   * including candidates that were not seen failing.
   *
   * @return the search, or empty if nothing failed
   */
  public Optional<RootCauses> rootCauses() {
    return Optional.ofNullable(search);
  }

  /**
   * Returns the worst severity of the failure: the failed services' own, or one reached through
   * them, whichever is worse.
   *
   * @return the severity, or empty if nothing failed
   */
  public Optional<Severity> severity() {
    return TriageSearch.worst(impact);
  }

  /**
   * Tells whether nothing of the installation is left running (see {@link
   * Impact#wholeSystemDown()}).
   *
   * @return true if the whole system is down
   */
  public boolean wholeSystemDown() {
    return impact != null && impact.wholeSystemDown();
  }

  /**
   * Returns the recovery plan, wave by wave.
   *
   * @return an unmodifiable list of steps, by wave, then by service name
   */
  public List<RecoveryStep> recovery() {
    return recovery;
  }

  /**
   * Returns the recovery plan's services to start, restart or run, grouped by wave; the
   * services only to check ({@link #toCheck()}) are left out.
   *
   * @return an unmodifiable list of non-empty lists of canonical names, each sorted
   */
  public List<List<String>> recoveryWaves() {
    List<List<String>> waves = new ArrayList<>();
    for (RecoveryStep step : recovery) {
      if (step.action() == RecoveryStep.Action.CHECK) {
        continue;
      }
      while (waves.size() <= step.wave()) {
        waves.add(new ArrayList<>());
      }
      waves.get(step.wave()).add(step.service());
    }
    return waves.stream().filter(wave -> !wave.isEmpty()).map(List::copyOf).toList();
  }

  /**
   * Returns the source's statements that unnamed services depend on a failed service.
   *
   * @return an unmodifiable list, by service; empty if nothing failed
   */
  public List<ImpactNote> notes() {
    return impact == null ? List.of() : impact.notes();
  }

  /**
   * Returns the containers that name no service of the installation.
   *
   * @return an unmodifiable list, by container name
   */
  public List<ObservedContainer> unknownContainers() {
    return unknown;
  }

  /**
   * Returns the containers of services this installation runs outside (externalized): they are
   * not expected and play no part in the answer.
   *
   * @return an unmodifiable list, by container name
   */
  public List<ObservedContainer> externalContainers() {
    return external;
  }

  /**
   * Returns the answer in one line for people, such as {@code 3 services down, 1 root cause: db
   * (HIGH). 1 more at risk. Restart: db, then api and worker, then web.} Each cause is followed
   * by its own severity in brackets; {@link #severity()} follows as {@code , worst HIGH} when it
   * is worse than every cause's own ({@code 2 root causes: migrate (LOW), cache (MEDIUM), worst
   * HIGH}). The recovery's waves follow with the action of their steps: {@code Restart: ...}
   * when all take the same one, else each verb where it changes ({@code Run migrate, then start
   * api and web}). With nothing down, completed one-shot tasks are counted beside the services
   * up ({@code Nothing down: 7 services up, 1 one-shot task completed.}).
   *
   * @return one line
   */
  public String summary() {
    return TriageSummary.of(this);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Triage that && phase == that.phase
        && phaseInferred == that.phaseInferred && statuses.equals(that.statuses)
        && causes.equals(that.causes) && atRisk.equals(that.atRisk)
        && recovery.equals(that.recovery) && unknown.equals(that.unknown)
        && external.equals(that.external) && coverage == that.coverage
        && guessed.equals(that.guessed) && switchedOn.equals(that.switchedOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(phase, failed, causes);
  }

  /**
   * Returns the summary, then the failed services, the causes and the recovery steps.
   *
   * @return several lines
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Triage[").append(phase).append(": ").append(summary());
    statuses.stream().filter(s -> s.verdict().failed())
        .forEach(s -> text.append("\n  failed: ").append(s));
    causes.forEach(c -> text.append("\n  cause: ").append(c));
    recovery.forEach(s -> text.append("\n  ").append(s));
    return text.append(']').toString();
  }
}
