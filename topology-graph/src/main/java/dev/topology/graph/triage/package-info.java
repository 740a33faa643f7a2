/**
 * Triage: from the observed state of every container, the {@link dev.topology.graph.triage.Verdict}
 * on every service ({@link dev.topology.graph.triage.ServiceStatus}), which failures are causes
 * ({@link dev.topology.graph.triage.TriageCause}) and which consequences, what is at risk, and
 * what to restart in which order ({@link dev.topology.graph.triage.RecoveryStep}): {@link
 * dev.topology.graph.triage.Triage}. {@link dev.topology.graph.triage.TriageOptions} fix the
 * phase and the Compose project; an observation of another topology raises {@link
 * dev.topology.graph.triage.ForeignObservationException}; containers matched by image alone are
 * listed as {@link dev.topology.graph.triage.GuessedMatch}es.
 */
@EngineStyle
package dev.topology.graph.triage;

import dev.topology.graph.internal.EngineStyle;
