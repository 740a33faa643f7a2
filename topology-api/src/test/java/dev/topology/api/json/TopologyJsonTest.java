package dev.topology.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.topology.api.BroadDependents;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Lifecycle;
import dev.topology.api.Problem;
import dev.topology.api.Readiness;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopologyJsonTest {
  private static final SettingCondition SSO = SettingCondition.when("sso", "on");
  private static final SettingCondition LOCAL = SettingCondition.when("store", "local");
  private static final Topology RICH = Topology.builder()
      .setting(Setting.onOff("sso"))
      .setting(Setting.of("store", "local", "cloud").describedAs("Where blobs are kept."))
      .add(Service.builder().name("contexts-vault").image("vault-cci").addAliases("vault")
          .label("team", "core").label("runbook", "")
          .role("Instance of Hashicorp's Vault.").failureEffect("Contexts fail.")
          .severity(Severity.MEDIUM).externalizable(true).external(true).build())
      .add(Service.builder().name("federation-service").image("vault-cci").severity(Severity.HIGH)
          .severityCondition(SSO).severityOtherwise(Severity.MEDIUM)
          .addDependencies(
              Dependency.startup("vault").withReadiness(Readiness.HEALTHY).restartingWith(),
              Dependency.runtime("blobs", "Stores blobs.").when(LOCAL.or("sso", "on"))
                  .whenPresent(),
              Dependency.startup("ready-agent").asOptional())
          .build())
      .add(Service.builder().name("blobs").severity(Severity.HIGH)
          .severityCondition(LOCAL).presentWhen(LOCAL).build())
      .add(Service.builder().name("ready-agent").severity(Severity.LOW)
          .lifecycle(Lifecycle.STARTUP_ONLY).startupGate(true)
          .broadDependents(BroadDependents.of(DependencyKind.STARTUP,
              "If unavailable on startup the whole system will fail."))
          .build())
      .add(Service.builder().name("tutum/logrotate").severity(Severity.MEDIUM)
          .lifecycle(Lifecycle.ONE_SHOT).build())
      .build();

  @Test
  void read_written_equalsTheOriginal() {
    assertThat(TopologyJson.read(TopologyJson.write(RICH))).isEqualTo(RICH);
  }

  @Test
  void write_sameTopology_sameBytes() {
    List<Service> reversed = new java.util.ArrayList<>(RICH.services());
    java.util.Collections.reverse(reversed);
    Topology shuffled = Topology.of(RICH.settings(), reversed);

    assertThat(TopologyJson.write(shuffled)).isEqualTo(TopologyJson.write(RICH));
  }

  @Test
  void write_defaultsLeftOut() {
    String json = TopologyJson.write(Topology.of(Service.of("db", Severity.LOW),
        Service.of("api", Severity.HIGH, "db")));

    assertThat(json).isEqualTo("""
        {
          "formatVersion" : 2,
          "services" : [ {
            "name" : "api",
            "severity" : "HIGH",
            "dependencies" : [ {
              "target" : "db"
            } ]
          }, {
            "name" : "db",
            "severity" : "LOW"
          } ]
        }""");
  }

  @Test
  void write_everyField_inTheDocumentedOrder() {
    String json = TopologyJson.write(RICH);

    assertThat(json).startsWith("""
        {
          "formatVersion" : 2,
          "choices" : [ {
            "name" : "sso",
            "values" : [ "off", "on" ],
            "default" : "off"
          }, {
            "name" : "store",
            "values" : [ "local", "cloud" ],
            "default" : "local",
            "description" : "Where blobs are kept."
          } ],
          "services" : [ {
            "name" : "blobs",
            "severity" : "HIGH",
            "severityCondition" : {
              "store" : [ "local" ]
            },
            "presentWhen" : {
              "store" : [ "local" ]
            }
          }, {
            "name" : "contexts-vault",
            "image" : "vault-cci",
            "aliases" : [ "vault" ],
            "labels" : {
              "runbook" : "",
              "team" : "core"
            },
            "role" : "Instance of Hashicorp's Vault.",
            "failureEffect" : "Contexts fail.",
            "severity" : "MEDIUM",
            "externalizable" : true,
            "external" : true
          }, {
            "name" : "federation-service",
            "image" : "vault-cci",
            "severity" : "HIGH",
            "severityCondition" : {
              "sso" : [ "on" ]
            },
            "severityOtherwise" : "MEDIUM",
            "dependencies" : [ {
              "target" : "vault",
              "readiness" : "HEALTHY",
              "restartsWith" : true
            }, {
              "target" : "blobs",
              "kind" : "RUNTIME",
              "onlyIfPresent" : true,
              "condition" : {
                "sso" : [ "on" ],
                "store" : [ "local" ]
              },
              "citation" : "Stores blobs."
            }, {
              "target" : "ready-agent",
              "required" : false
            } ]
          }, {
            "name" : "ready-agent",
            "severity" : "LOW",
            "lifecycle" : "STARTUP_ONLY",
            "startupGate" : true,
            "broadDependents" : {
              "kind" : "STARTUP",
              "citation" : "If unavailable on startup the whole system will fail."
            }
          }, {""");
    assertThat(json).doesNotContain("\r").doesNotContain("LONG_RUNNING");
  }

  @Test
  void read_minimalService_defaultsApplied() {
    Topology topology = TopologyJson.read(
        "{\"formatVersion\": 2, \"services\": [{\"name\": \"a\", \"severity\": \"HIGH\","
            + " \"dependencies\": [{\"target\": \"b\"}]}, {\"name\": \"b\", \"severity\": \"LOW\"}]}");

    assertThat(topology.service("a")).isEqualTo(Service.of("a", Severity.HIGH, "b"));
    assertThat(topology.settings()).isEmpty();
  }

  @Test
  void read_formatVersionLast_readAsFormatTwo() {
    Topology topology = TopologyJson.read("{\"services\": [{\"name\": \"a\", \"severity\":"
        + " \"LOW\", \"labels\": {\"team\": \"core\"}}], \"formatVersion\": 2}");

    assertThat(topology.service("a").label("team")).contains("core");
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
      null as name           | {"services": [{"name": null, "severity": "LOW"}]}       | $.services[0].name: expected a string, not null.
      null as role           | {"services": [{"name": "a", "severity": "LOW", "role": null}]} | $.services[0].role: expected a string, not null.
      string as flag         | {"services": [{"name": "a", "severity": "LOW", "startupGate": "yes"}]} | $.services[0].startupGate: expected true or false (line 1, column 63).
      string as list         | {"services": [{"name": "a", "severity": "LOW", "aliases": "b"}]} | $.services[0].aliases: expected an array (line 1, column 59).
      null alias             | {"services": [{"name": "a", "severity": "LOW", "aliases": [null]}]} | $.services[0].aliases[0]: expected a string, not null.
      null dependency        | {"services": [{"name": "a", "severity": "LOW", "dependencies": [null]}]} | $.services[0].dependencies[0]: expected an object, not null.
      dependency sans target | {"services": [{"name": "a", "severity": "LOW", "dependencies": [{}]}]} | $.services[0].dependencies[0].target: a value is required.
      number as target       | {"services": [{"name": "a", "severity": "LOW"}, {"name": "b", "severity": "LOW"}, {"name": "c", "severity": "LOW"}, {"name": "d", "severity": "LOW", "dependencies": [{"target": 1}]}]} | $.services[3].dependencies[0].target: expected a string (line 1, column 178).
      unknown kind           | {"services": [{"name": "a", "severity": "LOW", "dependencies": [{"target": "b", "kind": "SOMETIMES"}]}]} | $.services[0].dependencies[0].kind: 'SOMETIMES' is not one of STARTUP, RUNTIME.
      broad without kind     | {"services": [{"name": "a", "severity": "LOW", "broadDependents": {"citation": "All."}}]} | $.services[0].broadDependents.kind: a value is required.
      broad without citation | {"services": [{"name": "a", "severity": "LOW", "broadDependents": {"kind": "RUNTIME"}}]} | $.services[0].broadDependents.citation: a value is required.
      setting without default | {"formatVersion": 2, "choices": [{"name": "a", "values": ["x", "y"]}], "services": []} | $.choices[0].default: a value is required.
      number as label        | {"formatVersion": 2, "services": [{"name": "a", "severity": "LOW", "labels": {"team": 1}}]} | $.services[0].labels.team: expected a string (line 1, column 87).
      condition as list      | {"formatVersion": 2, "services": [{"name": "a", "severity": "LOW", "presentWhen": ["x"]}]} | $.services[0].presentWhen: expected an object (line 1, column 83).
      condition value string | {"formatVersion": 2, "services": [{"name": "a", "severity": "LOW", "presentWhen": {"x": "on"}}]} | $.services[0].presentWhen.x: expected an array (line 1, column 89).
      old condition in two   | {"formatVersion": 2, "services": [{"name": "a", "severity": "LOW", "presentWhen": "LDAP_IN_USE"}]} | $.services[0].presentWhen: expected an object (line 1, column 83).
      labels in format one   | {"services": [{"name": "a", "severity": "LOW", "labels": {}}]} | $.services[0].labels: The field 'labels' belongs to format 2, but the document is read as format 1: it declares no "formatVersion"; add "formatVersion": 2 as its first field.
      settings in format one  | {"formatVersion": 1, "choices": [], "services": []}     | $.choices: The field 'choices' belongs to format 2, but the document is read as format 1: it declares "formatVersion": 1; add "formatVersion": 2 as its first field.
      required in format one | {"services": [{"name": "a", "severity": "LOW", "dependencies": [{"target": "b", "required": false}]}]} | $.services[0].dependencies[0].required: The field 'required' belongs to format 2, but the document is read as format 1: it declares no "formatVersion"; add "formatVersion": 2 as its first field.
      readiness in one       | {"services": [{"name": "a", "severity": "LOW", "dependencies": [{"target": "b", "readiness": "HEALTHY"}]}], "formatVersion": 1} | $.services[0].dependencies[0].readiness: The field 'readiness' belongs to format 2, but the document is read as format 1: it declares "formatVersion": 1; add "formatVersion": 2 as its first field.
      object condition in one | {"services": [{"name": "a", "severity": "LOW", "presentWhen": {"x": ["y"]}}]} | $.services[0].presentWhen: A condition given as an object belongs to format 2, but the document is read as format 1: it declares no "formatVersion"; add "formatVersion": 2 as its first field.
      old condition then two | {"services": [{"name": "a", "severity": "LOW", "presentWhen": "S3_IN_USE"}], "formatVersion": 2} | $.services[0].presentWhen: A condition given by name belongs to format 1, but the document declares "formatVersion": 2.
      unknown old condition  | {"services": [{"name": "a", "severity": "LOW", "presentWhen": "SOMETIMES"}]} | $.services[0].presentWhen: 'SOMETIMES' is not one of LDAP_IN_USE, LDAP_NOT_IN_USE, S3_IN_USE, S3_NOT_IN_USE.
      version three          | {"formatVersion": 3, "services": []}                    | $.formatVersion: format version 3 is not known; this library reads versions 1 and 2.
      version zero           | {"services": [], "formatVersion": 0}                    | $.formatVersion: format version 0 is not known; this library reads versions 1 and 2.
      version as string      | {"formatVersion": "2", "services": []}                  | $.formatVersion: the format version is a number, not text: write 2 without quotes; this library reads versions 1 and 2.
      version as fraction    | {"formatVersion": 2.0, "services": []}                  | $.formatVersion: format version 2.0 is not known; this library reads versions 1 and 2.
      version null           | {"formatVersion": null, "services": []}                 | $.formatVersion: format version null is not known; this library reads versions 1 and 2.
      version as list        | {"formatVersion": [2], "services": []}                  | $.formatVersion: expected a version number such as 2 (line 1, column 19).
      duplicate key          | {"services": [{"name": "a", "name": "b"}]}              | line 1, column 35: not valid JSON: Duplicate Object property "name"
      trailing content       | {"services": []} x                                      | line 1, column 18: not valid JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')
      trailing object        | {"services": []} {}                                     | line 1, column 18: not valid JSON: content after the document's end.
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
        + " image, labels, lifecycle, name, presentWhen, reliability, role, severity,"
        + " severityCondition, severityOtherwise, startupGate.");
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
        "$.services[2]: The name 'a' is used by both 'a' and 'b'; names and aliases must be"
            + " unique.",
        "$.services[0]: Service 'a' depends on 'zz', which is not in the topology.",
        "$.services[2]: Service 'b' depends on itself (as 'b'); remove that dependency.");
  }

  @Test
  void read_duplicateName_reportedAtTheRepeatingEntry() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> TopologyJson.read("""
            {"services": [
              {"name": "cron", "severity": "LOW", "aliases": ["x"]},
              {"name": "db", "severity": "LOW"},
              {"name": "app", "severity": "LOW", "aliases": ["x"]},
              {"name": "db", "severity": "HIGH"},
              {"name": "db", "severity": "HIGH"}
            ]}"""));

    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "$.services[2]: The name 'x' is used by both 'app' and 'cron'; names and aliases must be"
            + " unique.",
        "$.services[3]: The name 'db' is used by both 'db' and 'db'; names and aliases must be"
            + " unique.",
        "$.services[4]: The name 'db' is used by both 'db' and 'db'; names and aliases must be"
            + " unique.");
  }

  @Test
  void read_modelProblemsOfChoicesAndConditions_withTheirPaths() {
    InvalidTopologyException e = catchThrowableOfType(InvalidTopologyException.class,
        () -> TopologyJson.read("""
            {"formatVersion": 2,
             "choices": [{"name": "sso", "values": ["off", "on"], "default": "off"},
                         {"name": "region", "values": ["eu"], "default": "eu"},
                         {"name": "sso", "values": ["a", "b"], "default": "a"}],
             "services": [
              {"name": "a", "severity": "LOW", "presentWhen": {"ssso": ["on"]}},
              {"name": "b", "severity": "LOW", "presentWhen": {}}
            ]}"""));

    assertThat(e.problems()).extracting(Problem::message).containsExactly(
        "$.choices[1]: Setting 'region' has 1 value; a setting needs at least two.",
        "$.choices[2]: The setting 'sso' is declared more than once; declare it once.",
        "$.services[1]: A condition names no setting; it needs one.",
        "$.services[0]: Service 'a' is present when ssso is on, but the topology declares no"
            + " setting 'ssso'. Did you mean 'sso'?");
  }

  @Test
  void deployment_roundTrip() {
    Deployment deployment = Deployment.builder().choose("sso", "on").choose("store", "cloud")
        .externalized(List.of("postgres", "mongo")).build();

    String json = TopologyJson.writeDeployment(deployment);

    assertThat(json).isEqualTo("""
        {
          "formatVersion" : 2,
          "choices" : {
            "sso" : "on",
            "store" : "cloud"
          },
          "externalized" : [ "mongo", "postgres" ]
        }""");
    assertThat(TopologyJson.readDeployment(json)).isEqualTo(deployment);
    assertThat(TopologyJson.writeDeployment(Deployment.defaults()))
        .isEqualTo("{\n  \"formatVersion\" : 2\n}");
    assertThat(TopologyJson.readDeployment("{}")).isEqualTo(Deployment.defaults());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      null externalized      | {"externalized": ["a", null]}                           | $.externalized[1]: expected a string, not null.
      unknown storage        | {"objectStorage": "DISK"}                               | $.objectStorage: 'DISK' is not one of FILESERVED, S3.
      string as ldap         | {"ldap": "yes"}                                         | $.ldap: expected true or false (line 1, column 10).
      old field in two       | {"formatVersion": 2, "ldap": true}                      | $.ldap: The field 'ldap' belongs to format 1, but the document declares "formatVersion": 2.
      old field then two     | {"ldap": true, "formatVersion": 2}                      | $.ldap: The field 'ldap' belongs to format 1, but the document declares "formatVersion": 2.
      settings in one         | {"choices": {"a": "b"}}                                 | $.choices: The field 'choices' belongs to format 2, but the document is read as format 1: it declares no "formatVersion"; add "formatVersion": 2 as its first field.
      number as setting       | {"formatVersion": 2, "choices": {"a": 1}}               | $.choices.a: expected a string (line 1, column 39).
      unknown field          | {"colour": "red"}                                       | $.colour: unknown field 'colour'; expected one of choices, externalized, formatVersion.
      version three          | {"formatVersion": 3}                                    | $.formatVersion: format version 3 is not known; this library reads versions 1 and 2.
      """)
  void readDeployment_badDocument_saysWhatAndWhere(String label, String json, String message) {
    assertThatThrownBy(() -> TopologyJson.readDeployment(json))
        .isInstanceOf(TopologyJsonException.class)
        .hasMessage(message);
  }
}
