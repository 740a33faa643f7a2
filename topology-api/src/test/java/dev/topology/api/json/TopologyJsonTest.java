package dev.topology.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.topology.api.BroadDependents;
import dev.topology.api.Condition;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Lifecycle;
import dev.topology.api.ObjectStorage;
import dev.topology.api.Problem;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopologyJsonTest {
  private static final Topology RICH = Topology.of(
      Service.builder().name("contexts-vault").image("vault-cci").addAliases("vault")
          .role("Instance of Hashicorp's Vault.").failureEffect("Contexts fail.")
          .severity(Severity.MEDIUM).externalizable(true).external(true).build(),
      Service.builder().name("federation-service").severity(Severity.HIGH)
          .severityCondition(Condition.LDAP_IN_USE).severityOtherwise(Severity.MEDIUM)
          .addDependencies(Dependency.startup("vault-cci"),
              Dependency.runtime("fileserved", "Stores blobs.").when(Condition.S3_NOT_IN_USE))
          .build(),
      Service.builder().name("fileserved").severity(Severity.HIGH)
          .severityCondition(Condition.S3_NOT_IN_USE).presentWhen(Condition.S3_NOT_IN_USE)
          .build(),
      Service.builder().name("ready-agent").severity(Severity.LOW)
          .lifecycle(Lifecycle.STARTUP_ONLY).startupGate(true)
          .broadDependents(BroadDependents.of(DependencyKind.STARTUP,
              "If unavailable on startup the whole system will fail."))
          .build(),
      Service.builder().name("tutum/logrotate").severity(Severity.MEDIUM)
          .lifecycle(Lifecycle.ONE_SHOT).build());

  @Test
  void read_written_equalsTheOriginal() {
    assertThat(TopologyJson.read(TopologyJson.write(RICH))).isEqualTo(RICH);
  }

  @Test
  void write_sameTopology_sameBytes() {
    List<Service> reversed = new java.util.ArrayList<>(RICH.services());
    java.util.Collections.reverse(reversed);
    Topology shuffled = Topology.of(reversed);

    assertThat(TopologyJson.write(shuffled)).isEqualTo(TopologyJson.write(RICH));
  }

  @Test
  void write_defaultsLeftOut() {
    String json = TopologyJson.write(Topology.of(Service.of("db", Severity.LOW)));

    assertThat(json).isEqualTo("""
        {
          "services" : [ {
            "name" : "db",
            "severity" : "LOW",
            "lifecycle" : "LONG_RUNNING"
          } ]
        }""");
  }

  @Test
  void read_minimalService_defaultsApplied() {
    Topology topology = TopologyJson.read(
        "{\"services\": [{\"name\": \"a\", \"severity\": \"HIGH\","
            + " \"dependencies\": [{\"target\": \"b\"}]}, {\"name\": \"b\", \"severity\": \"LOW\"}]}");

    assertThat(topology.service("a")).isEqualTo(Service.of("a", Severity.HIGH, "b"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      empty document         | ``                                                      | $: the document is empty.
      top-level array        | []                                                      | $: expected an object (line 1, column 1).
      top-level null         | null                                                    | $: the document is null; expected an object.
      no services            | {}                                                      | $.services: the list of services is required.
      services not a list    | {"services": 5}                                         | $.services: expected an array (line 1, column 14).
      null service           | {"services": [null]}                                    | $.services[0]: expected an object, not null.
      missing severity       | {"services": [{"name": "a"}]}                           | $.services[0].severity: a value is required.
      missing name           | {"services": [{"severity": "LOW"}]}                     | $.services[0].name: a value is required.
      unknown severity       | {"services": [{"name": "a", "severity": "CRIT"}]}       | $.services[0].severity: 'CRIT' is not one of LOW, MEDIUM, HIGH.
      number as name         | {"services": [{"name": 5, "severity": "LOW"}]}          | $.services[0].name: expected a string (line 1, column 24).
      string as flag         | {"services": [{"name": "a", "severity": "LOW", "startupGate": "yes"}]} | $.services[0].startupGate: expected true or false (line 1, column 63).
      string as list         | {"services": [{"name": "a", "severity": "LOW", "aliases": "b"}]} | $.services[0].aliases: expected an array (line 1, column 59).
      null alias             | {"services": [{"name": "a", "severity": "LOW", "aliases": [null]}]} | $.services[0].aliases[0]: expected a string, not null.
      null dependency        | {"services": [{"name": "a", "severity": "LOW", "dependencies": [null]}]} | $.services[0].dependencies[0]: expected an object, not null.
      dependency sans target | {"services": [{"name": "a", "severity": "LOW", "dependencies": [{}]}]} | $.services[0].dependencies[0].target: a value is required.
      unknown kind           | {"services": [{"name": "a", "severity": "LOW", "dependencies": [{"target": "b", "kind": "SOMETIMES"}]}]} | $.services[0].dependencies[0].kind: 'SOMETIMES' is not one of STARTUP, RUNTIME.
      broad without kind     | {"services": [{"name": "a", "severity": "LOW", "broadDependents": {"citation": "All."}}]} | $.services[0].broadDependents.kind: a value is required.
      broad without citation | {"services": [{"name": "a", "severity": "LOW", "broadDependents": {"kind": "RUNTIME"}}]} | $.services[0].broadDependents.citation: a value is required.
      duplicate key          | {"services": [{"name": "a", "name": "b"}]}              | line 1, column 35: not valid JSON: Duplicate Object property "name"
      trailing content       | {"services": []} x                                      | line 1, column 18: not valid JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')
      truncated              | {"services": [                                          | line 1, column 15: not valid JSON: Unexpected end-of-input: expected close marker for Array
      """)
  void read_badDocument_saysWhatAndWhere(String label, String json, String message) {
    assertThatThrownBy(() -> TopologyJson.read(json == null ? "" : json))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessage(message);
  }

  @Test
  void read_unknownField_namesTheKnownOnes() {
    TopologyJsonException e = catchThrowableOfType(TopologyJsonException.class,
        () -> TopologyJson.read("{\"services\": [{\"name\": \"a\", \"severity\": \"LOW\","
            + " \"colour\": \"red\"}]}"));

    assertThat(e.path()).isEqualTo("$.services[0].colour");
    assertThat(e).hasMessage("$.services[0].colour: unknown field 'colour'; expected one of"
        + " aliases, broadDependents, dependencies, external, externalizable, failureEffect,"
        + " image, lifecycle, name, presentWhen, role, severity, severityCondition,"
        + " severityOtherwise, startupGate.");
  }

  @Test
  void read_deepNesting_rejectedAtOnce() {
    String nested = "[".repeat(200_000) + "]".repeat(200_000);

    assertThatThrownBy(() -> TopologyJson.read("{\"services\": " + nested + "}"))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessage("$.services[0]: expected an object (line 1, column 15).");
    assertThatThrownBy(() -> TopologyJson.read(nested))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessage("$: expected an object (line 1, column 1).");
  }

  @Test
  void read_hugeString_rejected() {
    String json = "{\"services\": [{\"name\": \"" + "a".repeat(TopologyJson.MAX_STRING_LENGTH + 1)
        + "\", \"severity\": \"LOW\"}]}";

    assertThatThrownBy(() -> TopologyJson.read(json))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessageContaining("breaks a size limit")
        .hasMessageContaining("String value length");
  }

  @Test
  void read_null_rejected() {
    assertThatThrownBy(() -> TopologyJson.read(null))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessage("$: there is no document (null).");
  }

  @Test
  void read_invalidTopology_everyProblemWithItsPath() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> TopologyJson.read("""
            {"services": [
              {"name": "a", "severity": "LOW", "dependencies": [{"target": "zz"}]},
              {"name": " ", "severity": "LOW"},
              {"name": "b", "severity": "LOW", "aliases": ["a"], "dependencies": [{"target": "b"}]}
            ]}"""));

    assertThat(e.problems()).extracting(Problem::kind).containsExactly(
        Problem.Kind.INVALID_NAME, Problem.Kind.DUPLICATE_NAME,
        Problem.Kind.DANGLING_DEPENDENCY, Problem.Kind.SELF_DEPENDENCY);
    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "$.services[1]: Service ' ' has a name that is blank (' '); a name must be non-blank,"
            + " without white space or control characters.",
        "$.services[0]: The name 'a' is used by both 'a' and 'b'; names and aliases must be"
            + " unique.",
        "$.services[0]: Service 'a' depends on 'zz', which is not in the topology.",
        "$.services[2]: Service 'b' depends on itself (as 'b'); remove that dependency.");
  }

  @Test
  void deployment_roundTrip() {
    Deployment deployment = Deployment.builder().ldap(true).objectStorage(ObjectStorage.S3)
        .externalized(List.of("postgres", "mongo")).build();

    assertThat(TopologyJson.readDeployment(TopologyJson.writeDeployment(deployment)))
        .isEqualTo(deployment);
    assertThat(TopologyJson.readDeployment("{}")).isEqualTo(Deployment.defaults());
    assertThatThrownBy(() -> TopologyJson.readDeployment("{\"externalized\": [\"a\", null]}"))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessage("$.externalized[1]: expected a string, not null.");
    assertThatThrownBy(() -> TopologyJson.readDeployment("{\"objectStorage\": \"DISK\"}"))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessage("$.objectStorage: 'DISK' is not one of FILESERVED, S3.");
  }
}
