package dev.topology.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.Deployment;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Topology;
import org.junit.jupiter.api.Test;

/** Documents as release 0.1.0 wrote them, read with the same answers. */
class FormatOneTest {
  private static final String DOCUMENT = """
      {
        "services" : [ {
          "name" : "federation-service",
          "severity" : "HIGH",
          "severityCondition" : "LDAP_IN_USE",
          "severityOtherwise" : "MEDIUM",
          "lifecycle" : "LONG_RUNNING",
          "dependencies" : [ {
            "target" : "vault-cci",
            "kind" : "STARTUP"
          }, {
            "target" : "fileserved",
            "kind" : "RUNTIME",
            "condition" : "S3_NOT_IN_USE",
            "citation" : "Stores blobs."
          } ]
        }, {
          "name" : "fileserved",
          "severity" : "HIGH",
          "severityCondition" : "S3_NOT_IN_USE",
          "lifecycle" : "LONG_RUNNING",
          "presentWhen" : "S3_NOT_IN_USE"
        }, {
          "name" : "contexts-vault",
          "image" : "vault-cci",
          "aliases" : [ "vault" ],
          "severity" : "MEDIUM",
          "lifecycle" : "LONG_RUNNING",
          "externalizable" : true
        }, {
          "name" : "ldap-only",
          "image" : "ldap-only",
          "severity" : "LOW",
          "presentWhen" : "LDAP_NOT_IN_USE",
          "dependencies" : [ { "target" : "vault", "condition" : "S3_IN_USE" } ]
        } ]
      }""";

  @Test
  void read_formatOne_conditionsOnTheDeclaredChoices() {
    Topology topology = TopologyJson.read(DOCUMENT);

    assertThat(topology.settings()).containsExactly(Setting.onOff("ldap"),
        Setting.of("objectStorage", "fileserved", "s3"));
    assertThat(topology.service("federation-service").severityCondition())
        .contains(SettingCondition.when("ldap", "on"));
    assertThat(topology.service("fileserved").presentWhen())
        .contains(SettingCondition.when("objectStorage", "fileserved"));
    assertThat(topology.service("ldap-only").presentWhen())
        .contains(SettingCondition.when("ldap", "off"));
    assertThat(topology.service("ldap-only").dependencies()).containsExactly(
        Dependency.startup("vault").when(SettingCondition.when("objectStorage", "s3")));
  }

  @Test
  void read_formatOneImage_keptAsImageAndAlias() {
    Topology topology = TopologyJson.read(DOCUMENT);

    assertThat(topology.service("vault-cci").name()).isEqualTo("contexts-vault");
    assertThat(topology.service("contexts-vault").image()).contains("vault-cci");
    assertThat(topology.service("contexts-vault").aliases()).containsExactly("vault",
        "vault-cci");
    assertThat(topology.service("ldap-only").aliases()).isEmpty();
  }

  @Test
  void read_formatOneWithoutConditions_declaresNoChoice() {
    Topology topology = TopologyJson.read("{\"formatVersion\": 1, \"services\": [{\"name\":"
        + " \"a\", \"severity\": \"LOW\"}]}");

    assertThat(topology.settings()).isEmpty();
  }

  @Test
  void read_formatOneOnlyStorageConditions_declaresOnlyThatChoice() {
    Topology topology = TopologyJson.read("{\"services\": [{\"name\": \"a\", \"severity\":"
        + " \"LOW\", \"presentWhen\": \"S3_IN_USE\"}]}");

    assertThat(topology.settings()).extracting(Setting::name).containsExactly("objectStorage");
  }

  @Test
  void read_formatOneResolved_sameAnswersAsItsDeployments() {
    Topology topology = TopologyJson.read(DOCUMENT);
    Deployment s3 = TopologyJson.readDeployment("{\"ldap\": true, \"objectStorage\": \"S3\"}");

    assertThat(topology.resolve(s3).names())
        .containsExactly("contexts-vault", "federation-service");
    assertThat(topology.resolve(Deployment.defaults()).names())
        .containsExactly("contexts-vault", "federation-service", "fileserved", "ldap-only");
  }

  @Test
  void readDeployment_formatOne_choicesOfTheGeneralModel() {
    assertThat(TopologyJson.readDeployment("{\"ldap\": true, \"objectStorage\": \"S3\","
        + " \"externalized\": [\"postgres\"]}"))
        .isEqualTo(Deployment.defaults().with("ldap", "on").with("objectStorage", "s3")
            .withExternalized("postgres"));
  }

  @Test
  void readDeployment_formatOneDefaults_setNothing() {
    Deployment deployment = TopologyJson.readDeployment("{\"ldap\": false, \"objectStorage\":"
        + " \"FILESERVED\", \"externalized\": []}");

    assertThat(deployment).isEqualTo(Deployment.defaults());
    assertThat(Topology.of().settle(deployment)).isEqualTo(Deployment.defaults());
  }
}
