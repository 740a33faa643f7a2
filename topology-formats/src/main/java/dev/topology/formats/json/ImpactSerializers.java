package dev.topology.formats.json;

import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.impact.ImpactNote;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.blast.ServiceBlast;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ValueSerializer;

/** Impacts and the answers built on them: restart plans, root causes, blast radii. */
final class ImpactSerializers {
  private ImpactSerializers() {}

  static List<ValueSerializer<?>> all() {
    return List.of(
        Fields.of(Impact.class, ImpactSerializers::impact),
        Fields.of(AffectedService.class, ImpactSerializers::affected),
        Fields.of(ImpactNote.class, ImpactSerializers::note),
        Fields.of(RestartPlan.class, ImpactSerializers::restart),
        Fields.of(RootCauses.class, ImpactSerializers::causes),
        Fields.of(RootCause.class, ImpactSerializers::cause),
        Fields.of(BlastRadius.class, ImpactSerializers::blastRadius),
        Fields.of(ServiceBlast.class, ImpactSerializers::blast));
  }

  private static void impact(Impact impact, JsonGenerator json) {
    Fields.names(json, "failed", impact.failed());
    json.writeStringProperty("phase", impact.phase().name());
    json.writeArrayPropertyStart("affected");
    for (AffectedService service : impact.affected()) {
      json.writeStartObject();
      affected(service, json);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringProperty("worstSeverity", impact.worstSeverity().name());
    json.writeStringProperty("failedSeverity", impact.failedSeverity().name());
    Fields.name(json, "propagatedSeverity", impact.propagatedSeverity());
    json.writeBooleanProperty("wholeSystemDown", impact.wholeSystemDown());
    List<ImpactNote> unnamed = impact.unnamedDependents();
    json.writeBooleanProperty("unnamedDependents", !unnamed.isEmpty());
    json.writeArrayPropertyStart("unnamedDependentsCitations");
    for (ImpactNote note : unnamed) {
      json.writeStartObject();
      json.writeStringProperty("service", note.service());
      json.writeStringProperty("citation", note.citation());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayPropertyStart("notes");
    for (ImpactNote note : impact.notes()) {
      json.writeStartObject();
      note(note, json);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** One affected service; its path cut to its last {@value AnswerJson#PATH_SHOWN} services. */
  private static void affected(AffectedService service, JsonGenerator json) {
    json.writeStringProperty("name", service.name());
    json.writeStringProperty("severity", service.severity().name());
    Fields.names(json, "path", service.pathEnd(AnswerJson.PATH_SHOWN));
    json.writeNumberProperty("pathLength", service.pathLength());
    json.writeStringProperty("via", service.via());
    json.writeStringProperty("cause", service.cause());
    json.writeStringProperty("failureEffect", service.failureEffect());
  }

  private static void note(ImpactNote note, JsonGenerator json) {
    json.writeStringProperty("service", note.service());
    json.writeStringProperty("kind", note.kind().name());
    json.writeStringProperty("citation", note.citation());
  }

  /**
   * The first restarted service names the plan, as a plan of one restart has it; {@code
   * restarted} lists every one, for a plan of several.
   */
  private static void restart(RestartPlan plan, JsonGenerator json) {
    json.writeStringProperty("service", plan.restarted().get(0));
    Fields.names(json, "restarted", plan.restarted());
    json.writeStringProperty("rule", plan.rule().name());
    Fields.names(json, "restart", plan.order());
    Fields.waves(json, "waves", plan.waves());
    Fields.names(json, "toCheck", plan.toCheck());
    Fields.names(json, "externalDependents", plan.externalDependents());
  }

  private static void causes(RootCauses causes, JsonGenerator json) {
    Fields.names(json, "observed", causes.observed());
    json.writeStringProperty("phase", causes.phase().name());
    json.writeBooleanProperty("exhaustive", causes.exhaustive());
    json.writeNumberProperty("found", causes.found());
    json.writeArrayPropertyStart("candidates");
    for (RootCause cause : causes.candidates()) {
      json.writeStartObject();
      cause(cause, json);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void cause(RootCause cause, JsonGenerator json) {
    Fields.names(json, "services", cause.services());
    json.writeBooleanProperty("exact", cause.exact());
    Fields.names(json, "explains", cause.explains());
    Fields.names(json, "alsoDown", cause.alsoDown());
    json.writeNumberProperty("alsoDownCount", cause.alsoDownCount());
  }

  private static void blastRadius(BlastRadius blast, JsonGenerator json) {
    json.writeStringProperty("phase", blast.phase().name());
    json.writeArrayPropertyStart("services");
    for (ServiceBlast row : blast.ranking()) {
      json.writeStartObject();
      blast(row, json);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void blast(ServiceBlast row, JsonGenerator json) {
    json.writeStringProperty("name", row.service());
    json.writeStringProperty("severity", row.severity().name());
    json.writeNumberProperty("takesDown", row.takesDown());
    json.writeStringProperty("worstSeverity", row.worstSeverity().name());
    Fields.name(json, "propagatedSeverity", row.propagatedSeverity());
  }
}
