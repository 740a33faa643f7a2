package dev.topology.api.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.topology.api.Condition;
import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.ObjectStorage;
import dev.topology.api.Severity;
import java.util.List;

/**
 * The JSON shapes, apart from the model: the format is a contract of its own, with every field
 * but a service's name and severity optional.
 */
final class JsonDocuments {
  private JsonDocuments() {}

  record TopologyDoc(List<ServiceDoc> services) {}

  @JsonPropertyOrder({"name", "image", "aliases", "role", "failureEffect", "severity",
      "severityCondition", "severityOtherwise", "lifecycle", "externalizable", "external",
      "startupGate", "presentWhen", "dependencies", "broadDependents"})
  record ServiceDoc(
      String name,
      String image,
      List<String> aliases,
      String role,
      String failureEffect,
      Severity severity,
      Condition severityCondition,
      Severity severityOtherwise,
      Lifecycle lifecycle,
      Boolean externalizable,
      Boolean external,
      Boolean startupGate,
      Condition presentWhen,
      List<DependencyDoc> dependencies,
      BroadDependentsDoc broadDependents) {}

  @JsonPropertyOrder({"target", "kind", "condition", "citation"})
  record DependencyDoc(String target, DependencyKind kind, Condition condition, String citation) {}

  @JsonPropertyOrder({"kind", "citation"})
  record BroadDependentsDoc(DependencyKind kind, String citation) {}

  @JsonPropertyOrder({"ldap", "objectStorage", "externalized"})
  record DeploymentDoc(Boolean ldap, ObjectStorage objectStorage, List<String> externalized) {}
}
