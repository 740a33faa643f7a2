package dev.topology.api.json;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.Readiness;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Topology;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes format 2: fields in a fixed order, defaults left out (a long-running lifecycle, a
 * startup kind, a required dependency, a readiness of started, false flags, empty lists, maps
 * and texts), maps sorted by key.
 */
final class TopologyWriter {
  private final JsonGenerator out;

  TopologyWriter(JsonGenerator out) {
    this.out = out;
  }

  void topology(Topology topology) {
    out.writeStartObject();
    out.writeName("formatVersion");
    out.writeNumber(FormatVersion.CURRENT);
    if (!topology.settings().isEmpty()) {
      out.writeName("choices");
      out.writeStartArray();
      for (Setting choice : topology.settings()) {
        choice(choice);
      }
      out.writeEndArray();
    }
    out.writeName("services");
    out.writeStartArray();
    for (Service service : topology.services()) {
      service(service);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  void deployment(Deployment deployment) {
    out.writeStartObject();
    out.writeName("formatVersion");
    out.writeNumber(FormatVersion.CURRENT);
    if (!deployment.settings().isEmpty()) {
      out.writeName("choices");
      out.writeStartObject();
      for (Map.Entry<String, String> choice : deployment.settings().entrySet()) {
        text(choice.getKey(), choice.getValue());
      }
      out.writeEndObject();
    }
    strings("externalized", deployment.externalized());
    out.writeEndObject();
  }

  private void choice(Setting choice) {
    out.writeStartObject();
    text("name", choice.name());
    strings("values", choice.values());
    text("default", choice.defaultValue());
    text("description", choice.description());
    out.writeEndObject();
  }

  private void service(Service service) {
    out.writeStartObject();
    text("name", service.name());
    text("image", service.image().orElse(""));
    strings("aliases", service.aliases());
    if (!service.labels().isEmpty()) {
      out.writeName("labels");
      out.writeStartObject();
      service.labels().forEach((key, value) -> {
        out.writeName(key);
        out.writeString(value);
      });
      out.writeEndObject();
    }
    text("role", service.role());
    text("failureEffect", service.failureEffect());
    text("severity", service.severity().name());
    condition("severityCondition", service.severityCondition());
    service.severityOtherwise().ifPresent(s -> text("severityOtherwise", s.name()));
    if (service.lifecycle() != Lifecycle.LONG_RUNNING) {
      text("lifecycle", service.lifecycle().name());
    }
    flag("externalizable", service.externalizable());
    flag("external", service.external());
    flag("startupGate", service.startupGate());
    condition("presentWhen", service.presentWhen());
    if (!service.dependencies().isEmpty()) {
      out.writeName("dependencies");
      out.writeStartArray();
      for (Dependency dependency : service.dependencies()) {
        dependency(dependency);
      }
      out.writeEndArray();
    }
    service.broadDependents().ifPresent(broad -> {
      out.writeName("broadDependents");
      out.writeStartObject();
      text("kind", broad.kind().name());
      text("citation", broad.citation());
      out.writeEndObject();
    });
    service.reliability().ifPresent(this::reliability);
    out.writeEndObject();
  }

  private void reliability(Reliability figure) {
    out.writeName("reliability");
    out.writeStartObject();
    if (figure.availability().isPresent()) {
      out.writeName("availability");
      out.writeNumber(figure.availability().getAsDouble());
    }
    figure.mttf().ifPresent(d -> text("mttf", Reliability.format(d)));
    figure.mttr().ifPresent(d -> text("mttr", Reliability.format(d)));
    out.writeEndObject();
  }

  private void dependency(Dependency dependency) {
    out.writeStartObject();
    text("target", dependency.target());
    if (dependency.kind() != DependencyKind.STARTUP) {
      text("kind", dependency.kind().name());
    }
    if (!dependency.required()) {
      out.writeName("required");
      out.writeBoolean(false);
    }
    if (dependency.readiness() != Readiness.STARTED) {
      text("readiness", dependency.readiness().name());
    }
    if (dependency.onlyIfPresent()) {
      out.writeName("onlyIfPresent");
      out.writeBoolean(true);
    }
    if (dependency.restartsWith()) {
      out.writeName("restartsWith");
      out.writeBoolean(true);
    }
    condition("condition", dependency.condition());
    text("citation", dependency.citation().orElse(""));
    out.writeEndObject();
  }

  private void condition(String name, Optional<SettingCondition> condition) {
    if (condition.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartObject();
    condition.get().anyOf().forEach(this::strings);
    out.writeEndObject();
  }

  /** Writes a text field unless it is empty. */
  private void text(String name, String value) {
    if (!value.isEmpty()) {
      out.writeName(name);
      out.writeString(value);
    }
  }

  /** Writes a flag unless it is false. */
  private void flag(String name, boolean value) {
    if (value) {
      out.writeName(name);
      out.writeBoolean(true);
    }
  }

  /** Writes a list of texts unless it is empty. */
  private void strings(String name, Collection<String> values) {
    if (!values.isEmpty()) {
      out.writeName(name);
      out.writeStartArray();
      for (String value : values) {
        out.writeString(value);
      }
      out.writeEndArray();
    }
  }
}
