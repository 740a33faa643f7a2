package dev.topology.formats.json;

import dev.topology.api.Deployment;
import dev.topology.graph.ServiceReach;
import dev.topology.graph.startup.StartupPlan;
import dev.topology.graph.startup.StartupSchedule;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ValueSerializer;

/** Startup plans and schedules, prerequisites and dependents, and deployments. */
final class PlanSerializers {
  private PlanSerializers() {}

  static List<ValueSerializer<?>> all() {
    return List.of(
        Fields.of(StartupPlan.class, PlanSerializers::plan),
        Fields.of(StartupSchedule.class, PlanSerializers::schedule),
        Fields.of(ServiceReach.class, PlanSerializers::reach),
        Fields.of(Deployment.class, PlanSerializers::deployment));
  }

  static void plan(StartupPlan plan, JsonGenerator json) {
    Fields.names(json, "order", plan.order());
    Fields.waves(json, "waves", plan.waves());
    Fields.names(json, "external", plan.externalPrerequisites());
  }

  /** The plan's fields, then the times in milliseconds from the start of wave 0. */
  private static void schedule(StartupSchedule schedule, JsonGenerator json) {
    plan(schedule.plan(), json);
    json.writeNumberProperty("totalMillis", schedule.totalDuration().toMillis());
    Fields.names(json, "criticalChain", schedule.criticalChain());
    json.writeArrayPropertyStart("services");
    schedule.readyTimes().forEach((name, ready) -> {
      json.writeStartObject();
      json.writeStringProperty("name", name);
      json.writeNumberProperty("startMillis", schedule.startAt(name).toMillis());
      json.writeNumberProperty("readyMillis", ready.toMillis());
      json.writeEndObject();
    });
    json.writeEndArray();
  }

  /** {@code {"service", "prerequisites"}} or {@code {"service", "dependents"}}. */
  private static void reach(ServiceReach reach, JsonGenerator json) {
    json.writeStringProperty("service", reach.service());
    Fields.names(json, reach.direction().name().toLowerCase(Locale.ROOT), reach.services());
  }

  /** The settings set, in the deployment's order, then the externalized services. */
  static void deployment(Deployment deployment, JsonGenerator json) {
    Fields.texts(json, "choices", deployment.settings());
    Fields.names(json, "externalized", List.copyOf(deployment.externalized()));
  }
}
