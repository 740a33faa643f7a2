package dev.topology.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.topology.api.Deployment;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Topology;
import dev.topology.api.json.JsonDocuments.DeploymentDoc;
import dev.topology.api.json.JsonDocuments.TopologyDoc;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes topologies and deployments as JSON strings.
 *
 * <p>The format, with every field but a service's {@code name} and {@code severity} optional:
 *
 * <pre>{@code
 * {
 *   "services" : [ {
 *     "name" : "contexts-vault",
 *     "image" : "vault-cci",
 *     "role" : "Instance of Hashicorp's Vault.",
 *     "failureEffect" : "contexts-service will stop working.",
 *     "severity" : "MEDIUM",
 *     "lifecycle" : "LONG_RUNNING",
 *     "externalizable" : true
 *   }, {
 *     "name" : "contexts-service",
 *     "severity" : "MEDIUM",
 *     "lifecycle" : "LONG_RUNNING",
 *     "dependencies" : [ { "target" : "vault-cci", "kind" : "STARTUP" } ]
 *   } ]
 * }
 * }</pre>
 *
 * <p>Reading is strict and bounded: unknown fields, wrong types, missing required fields, null
 * values, duplicate keys and trailing content are rejected, as are documents nested deeper than
 * {@value #MAX_NESTING_DEPTH} levels, strings longer than {@value #MAX_STRING_LENGTH} characters
 * and documents longer than {@value #MAX_DOCUMENT_LENGTH} characters. No type information is
 * read or written: the JSON names no Java class. Writing is deterministic: services sorted by
 * name, fields in a fixed order, defaults left out.
 *
 * <p>All methods are thread-safe; the class holds no state but its configured mapper.
 */
public final class TopologyJson {
  /** The deepest nesting of arrays and objects read; the format itself needs five. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The longest string read, in characters. */
  public static final int MAX_STRING_LENGTH = 1 << 20;

  /** The longest document read, in characters. */
  public static final long MAX_DOCUMENT_LENGTH = 256L << 20;

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(MAX_NESTING_DEPTH)
              .maxStringLength(MAX_STRING_LENGTH)
              .maxDocumentLength(MAX_DOCUMENT_LENGTH)
              .maxNumberLength(32)
              .maxNameLength(1024)
              .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .withCoercionConfig(LogicalType.Textual, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Enum, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
      .enable(SerializationFeature.INDENT_OUTPUT)
      .changeDefaultPropertyInclusion(
          incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_DEFAULT,
              JsonInclude.Include.NON_DEFAULT))
      .build();

  private TopologyJson() {}

  /**
   * Writes a topology as JSON.
   *
   * @param topology the topology
   * @return an indented JSON document
   * @throws InvalidTopologyException if {@code topology} is null
   */
  public static String write(Topology topology) {
    if (topology == null) {
      throw new InvalidTopologyException("TopologyJson.write needs a topology, not null.");
    }
    return MAPPER.writeValueAsString(JsonConversion.toDoc(topology));
  }

  /**
   * Reads a topology from JSON.
   *
   * @param json the document
   * @return the validated topology
   * @throws TopologyJsonException if the document is not JSON of the expected shape, with the
   *     path of the problem
   * @throws InvalidTopologyException if it is, but the topology breaks a rule of the model; every
   *     problem is listed, each with its path
   */
  public static Topology read(String json) {
    return JsonConversion.toTopology(parse(json, TopologyDoc.class));
  }

  /**
   * Writes a deployment as JSON.
   *
   * @param deployment the deployment
   * @return an indented JSON document
   * @throws InvalidTopologyException if {@code deployment} is null
   */
  public static String writeDeployment(Deployment deployment) {
    if (deployment == null) {
      throw new InvalidTopologyException("TopologyJson.writeDeployment needs a deployment.");
    }
    return MAPPER.writeValueAsString(JsonConversion.toDoc(deployment));
  }

  /**
   * Reads a deployment from JSON, such as {@code {"ldap": true, "objectStorage": "S3",
   * "externalized": ["postgres"]}}; every field is optional and defaults as in {@link
   * Deployment#defaults()}.
   *
   * @param json the document
   * @return the deployment
   * @throws TopologyJsonException if the document is not JSON of the expected shape
   * @throws InvalidTopologyException if a value breaks a rule of the model
   */
  public static Deployment readDeployment(String json) {
    return JsonConversion.toDeployment(parse(json, DeploymentDoc.class));
  }

  private static <T> T parse(String json, Class<T> type) {
    if (json == null) {
      throw new TopologyJsonException("$", "there is no document (null).");
    }
    if (json.isBlank()) {
      throw new TopologyJsonException("$", "the document is empty.");
    }
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw new TopologyJsonException("$", "the document is longer than the limit of "
          + MAX_DOCUMENT_LENGTH + " characters.");
    }
    T doc;
    try {
      doc = MAPPER.readValue(json, type);
    } catch (JacksonException e) {
      throw JsonErrors.translate(e);
    } catch (StackOverflowError e) {
      throw new TopologyJsonException("$", "the document is nested too deeply.");
    }
    if (doc == null) {
      throw new TopologyJsonException("$", "the document is null; expected an object.");
    }
    return doc;
  }
}
