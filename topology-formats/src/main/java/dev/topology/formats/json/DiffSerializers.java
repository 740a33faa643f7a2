package dev.topology.formats.json;

import dev.topology.api.Severity;
import dev.topology.formats.compose.ComposeFinding;
import dev.topology.graph.diff.Change;
import dev.topology.graph.Edge;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.diff.TopologyDiff;
import java.util.List;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ValueSerializer;

/** Diffs of two installations, their dependencies, and lint findings. */
final class DiffSerializers {
  private DiffSerializers() {}

  static List<ValueSerializer<?>> all() {
    return List.of(
        Fields.of(TopologyDiff.class, DiffSerializers::diff),
        Fields.of(Edge.class, DiffSerializers::edge),
        Fields.of(LintFinding.class, DiffSerializers::lint),
        Fields.of(ComposeFinding.class, DiffSerializers::compose));
  }

  private static void diff(TopologyDiff diff, JsonGenerator json) {
    Fields.names(json, "addedServices", diff.addedServices());
    Fields.names(json, "removedServices", diff.removedServices());
    json.writeArrayPropertyStart("severityChanges");
    for (Change<Severity> change : diff.severityChanges()) {
      json.writeStartObject();
      json.writeStringProperty("service", change.service());
      json.writeStringProperty("before", change.before().name());
      json.writeStringProperty("after", change.after().name());
      json.writeEndObject();
    }
    json.writeEndArray();
    edges(json, "addedDependencies", diff.addedEdges());
    edges(json, "removedDependencies", diff.removedEdges());
    json.writeArrayPropertyStart("waveChanges");
    for (Change<OptionalInt> change : diff.waveChanges()) {
      json.writeStartObject();
      json.writeStringProperty("service", change.service());
      wave(json, "before", change.before());
      wave(json, "after", change.after());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayPropertyStart("blastRadiusChanges");
    for (Phase phase : Phase.values()) {
      for (Change<ServiceBlast> change : diff.blastRadiusChanges(phase)) {
        json.writeStartObject();
        json.writeStringProperty("phase", phase.name());
        json.writeStringProperty("service", change.service());
        blast(json, "before", change.before());
        blast(json, "after", change.after());
        json.writeEndObject();
      }
    }
    json.writeEndArray();
  }

  private static void edges(JsonGenerator json, String field, List<Edge> edges) {
    json.writeArrayPropertyStart(field);
    for (Edge edge : edges) {
      json.writeStartObject();
      edge(edge, json);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void edge(Edge edge, JsonGenerator json) {
    json.writeStringProperty("from", edge.from());
    json.writeStringProperty("to", edge.to());
    json.writeStringProperty("kind", edge.kind().name());
    json.writeBooleanProperty("required", edge.required());
  }

  /** A wave, {@code null} for a service run outside. */
  private static void wave(JsonGenerator json, String field, OptionalInt wave) {
    if (wave.isPresent()) {
      json.writeNumberProperty(field, wave.getAsInt());
    } else {
      json.writeNullProperty(field);
    }
  }

  private static void blast(JsonGenerator json, String field, ServiceBlast blast) {
    json.writeObjectPropertyStart(field);
    json.writeNumberProperty("takesDown", blast.takesDown());
    Fields.name(json, "propagatedSeverity", blast.propagatedSeverity());
    json.writeEndObject();
  }

  private static void lint(LintFinding finding, JsonGenerator json) {
    json.writeStringProperty("rule", finding.rule().name());
    Fields.names(json, "services", finding.services());
    json.writeStringProperty("message", finding.message());
  }

  private static void compose(ComposeFinding finding, JsonGenerator json) {
    json.writeStringProperty("rule", finding.rule().name());
    json.writeStringProperty("path", finding.path());
    Fields.names(json, "services", finding.services());
    json.writeStringProperty("message", finding.message());
  }
}
