package dev.topology.api.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.Readiness;
import dev.topology.api.Severity;
import java.util.List;
import java.util.Map;

/**
 * The JSON shapes, apart from the model: the format is a contract of its own, with every field
 * but a service's name and severity optional.
 */
final class JsonDocuments {
  private JsonDocuments() {}

  @JsonPropertyOrder({"formatVersion", "choices", "services"})
  record TopologyDoc(Integer formatVersion, List<ChoiceDoc> choices, List<ServiceDoc> services) {}

  @JsonPropertyOrder({"name", "values", "default", "description"})
  record ChoiceDoc(String name, List<String> values, @JsonProperty("default") String defaultValue,
      String description) {}

  @JsonPropertyOrder({"name", "image", "aliases", "labels", "role", "failureEffect", "severity",
      "severityCondition", "severityOtherwise", "lifecycle", "externalizable", "external",
      "startupGate", "presentWhen", "dependencies", "broadDependents"})
  record ServiceDoc(
      String name,
      String image,
      List<String> aliases,
      Map<String, String> labels,
      String role,
      String failureEffect,
      Severity severity,
      Map<String, List<String>> severityCondition,
      Severity severityOtherwise,
      Lifecycle lifecycle,
      Boolean externalizable,
      Boolean external,
      Boolean startupGate,
      Map<String, List<String>> presentWhen,
      List<DependencyDoc> dependencies,
      BroadDependentsDoc broadDependents) {}

  @JsonPropertyOrder({"target", "kind", "required", "readiness", "condition", "citation"})
  record DependencyDoc(String target, DependencyKind kind, Boolean required, Readiness readiness,
      Map<String, List<String>> condition, String citation) {}

  @JsonPropertyOrder({"kind", "citation"})
  record BroadDependentsDoc(DependencyKind kind, String citation) {}

  @JsonPropertyOrder({"formatVersion", "choices", "externalized"})
  record DeploymentDoc(Integer formatVersion, Map<String, String> choices,
      List<String> externalized) {}
}
