package dev.topology.api.json;

import dev.topology.api.Deployment;
import java.util.List;
import tools.jackson.core.JsonToken;

/** Reads a deployment document of either format in one pass. */
final class DeploymentReader {
  private static final List<String> FIELDS = List.of("formatVersion", "choices", "externalized");

  private DeploymentReader() {}

  /** Reads the deployment whose root object {@code in} stands on. */
  static Deployment read(JsonInput in) {
    in.startObject();
    FormatVersion version = new FormatVersion();
    Deployment.Builder deployment = Deployment.builder();
    for (String field = in.nextField(); field != null; field = in.nextField()) {
      if (field.equals("formatVersion")) {
        version.read(in);
      } else if (field.equals("choices")) {
        version.sawFormatTwo(in, "The field 'choices'");
        deployment.chooseAll(in.stringMap());
      } else if (field.equals("externalized")) {
        if (in.token() != JsonToken.START_ARRAY) {
          throw in.expected("an array");
        }
        deployment.addAllExternalized(in.strings());
      } else if (FormatOne.DEPLOYMENT_FIELDS.contains(field)) {
        // In a document that says it is format 2, this names the format-1 field as such.
        version.sawFormatOne(in, "The field '" + field + "'");
        FormatOne.readDeploymentField(in, field, deployment);
      } else {
        throw in.unknownField(field, FIELDS);
      }
      in.pop();
    }
    version.settle();
    return deployment.build();
  }
}
