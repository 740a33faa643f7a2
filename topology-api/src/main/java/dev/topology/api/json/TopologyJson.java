package dev.topology.api.json;

import dev.topology.api.Deployment;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Topology;
import java.io.StringWriter;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * Reads and writes topologies and deployments as JSON strings.
 *
 * <p>The format (format 2), with every field but a service's {@code name} and {@code severity},
 * and a setting's {@code name}, {@code values} and {@code default}, optional (the topology's
 * {@link dev.topology.api.Setting settings} are its {@code choices}, a deployment's values of them
 * its {@code choices} too):
 *
 * <pre>{@code
 * {
 *   "formatVersion" : 2,
 *   "choices" : [ {
 *     "name" : "region",
 *     "values" : [ "eu", "us" ],
 *     "default" : "eu",
 *     "description" : "Where the installation runs."
 *   } ],
 *   "services" : [ {
 *     "name" : "billing",
 *     "image" : "registry.example.com/billing",
 *     "aliases" : [ "invoices" ],
 *     "labels" : { "team" : "core" },
 *     "role" : "Bills the customers.",
 *     "failureEffect" : "No invoice is sent.",
 *     "severity" : "HIGH",
 *     "severityCondition" : { "region" : [ "eu" ] },
 *     "severityOtherwise" : "MEDIUM",
 *     "lifecycle" : "STARTUP_ONLY",
 *     "externalizable" : true,
 *     "external" : true,
 *     "startupGate" : true,
 *     "presentWhen" : { "region" : [ "eu", "us" ] },
 *     "dependencies" : [ {
 *       "target" : "secrets",
 *       "kind" : "RUNTIME",
 *       "required" : false,
 *       "readiness" : "HEALTHY",
 *       "condition" : { "region" : [ "eu" ] },
 *       "citation" : "billing keeps its keys in secrets."
 *     } ],
 *     "broadDependents" : { "kind" : "RUNTIME", "citation" : "Most services use it." },
 *     "reliability" : { "availability" : 0.999, "mttr" : "10m" }
 *   } ]
 * }
 * }</pre>
 *
 * <p>A condition ({@code severityCondition}, {@code presentWhen}, a dependency's {@code
 * condition}) holds when any setting it names has one of the values listed for it. A deployment
 * is {@code {"formatVersion": 2, "choices": {"region": "us"}, "externalized": ["secrets"]}}, every
 * field optional.
 *
 * <p>A service's {@code reliability} ({@link dev.topology.api.Reliability}) holds one of the
 * four combinations of {@code availability}, {@code mttf} and {@code mttr}. The availability is
 * written as a number in (0, 1] ({@code 0.9995}) and read as a number or as a string that {@link
 * dev.topology.api.Reliability#parseAvailability(String)} reads ({@code "99.95%"}); the
 * durations are strings, written as {@link dev.topology.api.Reliability#format(
 * java.time.Duration)} writes them ({@code "30d"}, {@code "1h30m"}) and read in every form
 * {@link dev.topology.api.Reliability#parseDuration(String)} reads ({@code "PT5M"} too). A service
 * without a figure has no {@code reliability} field.
 *
 * <p>Writing is deterministic and always writes format 2: services sorted by name, settings by
 * name, labels by key, fields in the order above, indented by two spaces with {@code \n} line
 * ends, and defaults left out (a {@code LONG_RUNNING} lifecycle, a {@code STARTUP} kind, a
 * required dependency, a readiness of {@code STARTED}, false flags, empty lists, maps and texts).
 *
 * <p>Reading takes format 2 and format 1, what release 0.1.0 wrote: a document without {@code
 * "formatVersion"}, or with {@code "formatVersion": 1}, is format 1. Its conditions were names of
 * a fixed set, which are read as conditions on the settings they stood for, declared in the
 * topology read; its images were names of their services, and are read as images and aliases both,
 * so that lookups and dependencies by image keep working. A field of one format in a document of
 * the other is an error, as is an unknown version.
 *
 * <p>Reading is strict and bounded: unknown fields, wrong types, missing required fields, null
 * values, duplicate keys and trailing content are rejected, as are documents nested deeper than
 * {@value #MAX_NESTING_DEPTH} levels, strings longer than {@value #MAX_STRING_LENGTH} characters
 * and documents longer than {@value #MAX_DOCUMENT_LENGTH} characters. No type information is
 * read or written: the JSON names no Java class. Every error says where: a JSONPath such as
 * {@code $.services[3].dependencies[0].target}, or a line and column for broken syntax; a
 * problem of the model is reported with the path of the service entry it is about.
 *
 * <p>All methods are thread-safe; the class holds no state but its configured factory.
 */
public final class TopologyJson {
  /** The deepest nesting of arrays and objects read; the format itself needs five. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The longest string read, in characters. */
  public static final int MAX_STRING_LENGTH = 1 << 20;

  /** The longest document read, in characters. */
  public static final long MAX_DOCUMENT_LENGTH = 256L << 20;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .maxNumberLength(32)
          .maxNameLength(1024)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /** Indents by two spaces and ends lines with {@code \n} on every platform. */
  private static final ObjectWriteContext INDENTED = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
      printer.indentObjectsWith(indenter);
      printer.indentArraysWith(DefaultPrettyPrinter.FixedSpaceIndenter.instance());
      return printer;
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private TopologyJson() {}

  /**
   * Writes a topology as JSON, in format 2.
   *
   * @param topology the topology
   * @return an indented JSON document
   * @throws InvalidTopologyException if {@code topology} is null
   */
  public static String write(Topology topology) {
    if (topology == null) {
      throw new InvalidTopologyException("TopologyJson.write needs a topology, not null.");
    }
    return written(writer -> writer.topology(topology));
  }

  /**
   * Reads a topology from JSON, in format 2 or format 1.
   *
   * @param json the document
   * @return the validated topology
   * @throws TopologyJsonException if the document is not JSON of the expected shape, with the
   *     path of the problem
   * @throws InvalidTopologyException if it is, but the topology breaks a rule of the model; every
   *     problem is listed, each with the path of its entry
   */
  public static Topology read(String json) {
    return parse(json, TopologyReader::read);
  }

  /**
   * Writes a deployment as JSON, in format 2.
   *
   * @param deployment the deployment
   * @return an indented JSON document
   * @throws InvalidTopologyException if {@code deployment} is null
   */
  public static String writeDeployment(Deployment deployment) {
    if (deployment == null) {
      throw new InvalidTopologyException("TopologyJson.writeDeployment needs a deployment.");
    }
    return written(writer -> writer.deployment(deployment));
  }

  /**
   * Reads a deployment from JSON, in format 2 or format 1, such as {@code {"formatVersion": 2,
   * "choices": {"region": "us"}, "externalized": ["postgres"]}}; every field is optional, and a
   * setting not set takes its default.
   *
   * @param json the document
   * @return the deployment
   * @throws TopologyJsonException if the document is not JSON of the expected shape
   * @throws InvalidTopologyException if a value breaks a rule of the model
   */
  public static Deployment readDeployment(String json) {
    return parse(json, DeploymentReader::read);
  }

  private static String written(Consumer<TopologyWriter> content) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = FACTORY.createGenerator(INDENTED, text)) {
      content.accept(new TopologyWriter(out));
    }
    return text.toString();
  }

  private static <T> T parse(String json, Function<JsonInput, T> reader) {
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
    JsonInput in = null;
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      in = new JsonInput(parser);
      JsonToken first = in.next();
      if (first == JsonToken.VALUE_NULL) {
        throw new TopologyJsonException("$", "the document is null; expected an object.");
      }
      T value = reader.apply(in);
      if (in.next() != null) {
        throw new TopologyJsonException(in.where(), "not valid JSON: content after the"
            + " document's end.");
      }
      return value;
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, in == null ? "$" : in.path());
    } catch (StackOverflowError e) {
      throw new TopologyJsonException("$", "the document is nested too deeply.");
    }
  }
}
