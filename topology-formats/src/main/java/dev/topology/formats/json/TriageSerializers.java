package dev.topology.formats.json;

import dev.topology.api.ObservedContainer;
import dev.topology.graph.triage.GuessedMatch;
import dev.topology.graph.impact.ImpactNote;
import dev.topology.graph.triage.RecoveryStep;
import dev.topology.graph.triage.ServiceStatus;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageCause;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ValueSerializer;

/** Triages of observed containers. */
final class TriageSerializers {
  private TriageSerializers() {}

  static List<ValueSerializer<?>> all() {
    return List.of(Fields.of(Triage.class, TriageSerializers::triage));
  }

  private static void triage(Triage triage, JsonGenerator json) {
    json.writeStringProperty("summary", triage.summary());
    json.writeStringProperty("phase", triage.phase().name());
    json.writeBooleanProperty("phaseInferred", triage.phaseInferred());
    Fields.name(json, "severity", triage.severity());
    json.writeBooleanProperty("wholeSystemDown", triage.wholeSystemDown());
    json.writeStringProperty("coverage", triage.coverage().name());
    Fields.names(json, "failed", triage.failed());
    json.writeArrayPropertyStart("causes");
    for (TriageCause cause : triage.causes()) {
      json.writeStartObject();
      json.writeStringProperty("service", cause.service());
      json.writeStringProperty("severity", cause.severity().name());
      Fields.names(json, "explains", cause.explains());
      json.writeEndObject();
    }
    json.writeEndArray();
    Fields.names(json, "unexplained", triage.unexplained());
    Fields.names(json, "atRisk", triage.atRisk());
    Fields.names(json, "unobserved", triage.unobserved());
    // By name, as a restart plan lists its toCheck; the recovery steps keep the wave order.
    Fields.names(json, "toCheck", triage.toCheck().stream().sorted().toList());
    json.writeArrayPropertyStart("recovery");
    for (RecoveryStep step : triage.recovery()) {
      json.writeStartObject();
      json.writeNumberProperty("wave", step.wave());
      json.writeStringProperty("action", step.action().word());
      json.writeStringProperty("service", step.service());
      json.writeStringProperty("reason", step.reason());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayPropertyStart("services");
    for (ServiceStatus status : triage.services()) {
      json.writeStartObject();
      json.writeStringProperty("service", status.service());
      json.writeStringProperty("verdict", status.verdict().name());
      json.writeNumberProperty("containersUp", status.containersUp());
      json.writeNumberProperty("containers", status.containers().size());
      json.writeStringProperty("reason", status.reason());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayPropertyStart("notes");
    for (ImpactNote note : triage.notes()) {
      json.writeStartObject();
      json.writeStringProperty("service", note.service());
      json.writeStringProperty("citation", note.citation());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayPropertyStart("guessedMatches");
    for (GuessedMatch guess : triage.guessedMatches()) {
      json.writeStartObject();
      json.writeStringProperty("container", guess.container());
      json.writeStringProperty("image", guess.image());
      json.writeStringProperty("service", guess.service());
      json.writeEndObject();
    }
    json.writeEndArray();
    Fields.texts(json, "switchedOn", triage.switchedOn());
    containers(json, "unknownContainers", triage.unknownContainers());
    containers(json, "externalContainers", triage.externalContainers());
  }

  private static void containers(JsonGenerator json, String field,
      List<ObservedContainer> containers) {
    json.writeArrayPropertyStart(field);
    for (ObservedContainer container : containers) {
      json.writeStartObject();
      Fields.text(json, "name", container.name());
      Fields.text(json, "service", container.service());
      json.writeStringProperty("state", container.state().docker());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
