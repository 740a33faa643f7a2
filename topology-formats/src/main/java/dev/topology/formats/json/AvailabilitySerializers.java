package dev.topology.formats.json;

import dev.topology.graph.availability.Availability;
import dev.topology.graph.availability.Importance;
import dev.topology.graph.availability.Recovery;
import dev.topology.graph.availability.RecoveryWave;
import dev.topology.graph.availability.ServiceAvailability;
import dev.topology.graph.availability.ServiceFigure;
import dev.topology.graph.availability.ServiceRecovery;
import dev.topology.graph.availability.SimulatedService;
import dev.topology.graph.availability.SimulatedSystem;
import dev.topology.graph.availability.Simulation;
import dev.topology.graph.availability.SystemAvailability;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ValueSerializer;

/**
 * The availability answers: steady states, importance, figures, recovery times and simulations.
 * Durations are whole milliseconds, as in the other answers; figures are numbers in [0, 1],
 * written with every digit the {@code double} holds.
 */
final class AvailabilitySerializers {
  private AvailabilitySerializers() {}

  static List<ValueSerializer<?>> all() {
    return List.of(
        Fields.of(Availability.class, AvailabilitySerializers::availability),
        Fields.of(ServiceAvailability.class, AvailabilitySerializers::service),
        Fields.of(SystemAvailability.class, AvailabilitySerializers::system),
        Fields.of(Importance.class, AvailabilitySerializers::importance),
        Fields.of(ServiceFigure.class, AvailabilitySerializers::figure),
        Fields.of(Recovery.class, AvailabilitySerializers::recovery),
        Fields.of(RecoveryWave.class, AvailabilitySerializers::wave),
        Fields.of(ServiceRecovery.class, AvailabilitySerializers::back),
        Fields.of(Simulation.class, AvailabilitySerializers::simulation),
        Fields.of(SimulatedService.class, AvailabilitySerializers::simulated),
        Fields.of(SimulatedSystem.class, AvailabilitySerializers::simulatedSystem));
  }

  /** Every long-running service by name, the two systems, the services that took the default. */
  private static void availability(Availability availability, JsonGenerator json) {
    json.writeArrayPropertyStart("services");
    for (ServiceAvailability row : availability.services()) {
      json.writeStartObject();
      service(row, json);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeName("high");
    json.writeStartObject();
    system(availability.high(), json);
    json.writeEndObject();
    json.writeName("mediumOrWorse");
    json.writeStartObject();
    system(availability.mediumOrWorse(), json);
    json.writeEndObject();
    Fields.names(json, "assumed", availability.assumed());
  }

  private static void service(ServiceAvailability row, JsonGenerator json) {
    json.writeStringProperty("name", row.service());
    json.writeStringProperty("severity", row.severity().name());
    json.writeStringProperty("source", row.source().name());
    json.writeNumberProperty("availability", row.availability());
    json.writeNumberProperty("unavailability", row.unavailability());
    json.writeNumberProperty("downtimePerMonthMillis", row.downtimePerMonth().toMillis());
    Fields.text(json, "costliest", row.costliest().orElse(null));
    json.writeNumberProperty("costliestShare", row.costliestShare());
    json.writeNumberProperty("dependsOn", row.dependsOn());
  }

  private static void system(SystemAvailability system, JsonGenerator json) {
    json.writeStringProperty("threshold", system.threshold().name());
    json.writeNumberProperty("services", system.services());
    json.writeNumberProperty("dependsOn", system.dependsOn());
    json.writeNumberProperty("availability", system.availability());
    json.writeNumberProperty("unavailability", system.unavailability());
    json.writeNumberProperty("downtimePerMonthMillis", system.downtimePerMonth().toMillis());
  }

  private static void importance(Importance row, JsonGenerator json) {
    json.writeStringProperty("name", row.service());
    json.writeNumberProperty("availability", row.availability());
    json.writeNumberProperty("birnbaum", row.birnbaum());
    json.writeNumberProperty("gainPerNine", row.gainPerNine());
  }

  /** The figure a service was given, in the text {@code Reliability.parse} reads. */
  private static void figure(ServiceFigure figure, JsonGenerator json) {
    json.writeStringProperty("name", figure.service());
    json.writeStringProperty("figure", figure.figure().toString());
    json.writeStringProperty("source", figure.source().name());
  }

  private static void recovery(Recovery recovery, JsonGenerator json) {
    json.writeStringProperty("failed", recovery.failed());
    json.writeStringProperty("rule", recovery.rule().name());
    json.writeNumberProperty("repairMillis", recovery.repair().toMillis());
    json.writeNumberProperty("totalMillis", recovery.total().toMillis());
    json.writeArrayPropertyStart("waves");
    for (RecoveryWave wave : recovery.waves()) {
      json.writeStartObject();
      wave(wave, json);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayPropertyStart("services");
    for (ServiceRecovery service : recovery.services()) {
      json.writeStartObject();
      back(service, json);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void wave(RecoveryWave wave, JsonGenerator json) {
    json.writeNumberProperty("wave", wave.wave());
    Fields.names(json, "services", wave.services());
    json.writeNumberProperty("startMillis", wave.start().toMillis());
    json.writeNumberProperty("durationMillis", wave.duration().toMillis());
  }

  /** When a service is back; {@code wave} is {@code null} unless it restarts in one. */
  private static void back(ServiceRecovery service, JsonGenerator json) {
    json.writeStringProperty("name", service.service());
    json.writeStringProperty("way", service.way().name());
    if (service.wave().isPresent()) {
      json.writeNumberProperty("wave", service.wave().getAsInt());
    } else {
      json.writeNullProperty("wave");
    }
    json.writeNumberProperty("backAtMillis", service.backAt().toMillis());
  }

  /**
   * A run and what it found: the run's seed, times, events and end, then every counted service
   * by name and the system at each severity, worst first.
   */
  private static void simulation(Simulation simulation, JsonGenerator json) {
    json.writeNumberProperty("seed", simulation.seed());
    json.writeNumberProperty("horizonMillis", simulation.horizon().toMillis());
    json.writeNumberProperty("simulatedMillis", simulation.simulatedTime().toMillis());
    json.writeNumberProperty("events", simulation.events());
    json.writeStringProperty("end", simulation.end().name());
    json.writeBooleanProperty("stoppedEarly", simulation.stoppedEarly());
    json.writeNumberProperty("confidence", simulation.confidence());
    json.writeArrayPropertyStart("services");
    for (SimulatedService row : simulation.services()) {
      json.writeStartObject();
      simulated(row, json);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayPropertyStart("systems");
    for (SimulatedSystem system : simulation.systems()) {
      json.writeStartObject();
      simulatedSystem(system, json);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void simulated(SimulatedService row, JsonGenerator json) {
    json.writeStringProperty("name", row.service());
    json.writeStringProperty("severity", row.severity().name());
    json.writeNumberProperty("availability", row.availability());
    json.writeNumberProperty("lower", row.lower());
    json.writeNumberProperty("upper", row.upper());
    json.writeNumberProperty("downtimePerMonthMillis", row.downtimePerMonth().toMillis());
    spread(json, row.downtimePerMonthSpread());
    json.writeNumberProperty("failures", row.failures());
    json.writeNumberProperty("outages", row.outages());
    json.writeNumberProperty("restarts", row.restarts());
  }

  /** The system at a severity; {@code threshold} as in the steady state's systems. */
  private static void simulatedSystem(SimulatedSystem system, JsonGenerator json) {
    json.writeStringProperty("threshold", system.severity().name());
    json.writeNumberProperty("availability", system.availability());
    json.writeNumberProperty("lower", system.lower());
    json.writeNumberProperty("upper", system.upper());
    json.writeNumberProperty("downtimePerMonthMillis", system.downtimePerMonth().toMillis());
    spread(json, system.downtimePerMonthSpread());
    json.writeNumberProperty("outages", system.outages());
  }

  /** The spread of the monthly downtime, {@code null} when the run covered under two months. */
  private static void spread(JsonGenerator json, Optional<Duration> spread) {
    if (spread.isPresent()) {
      json.writeNumberProperty("downtimePerMonthSpreadMillis", spread.get().toMillis());
    } else {
      json.writeNullProperty("downtimePerMonthSpreadMillis");
    }
  }
}
