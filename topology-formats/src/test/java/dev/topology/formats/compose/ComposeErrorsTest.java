package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every refusal names its place in the file and says what would be valid. */
class ComposeErrorsTest {
  private static void refused(String yaml, String message) {
    assertThatThrownBy(() -> ComposeReader.defaults().read(yaml))
        .isInstanceOf(ComposeFileException.class).hasMessage(message);
  }

  @Test
  void read_unknownTarget_placeAndClosestNames() {
    refused("services: {dbs: {}, web: {depends_on: [db]}}",
        "services.web.depends_on.db: no service is named 'db'. Did you mean 'dbs'?");
  }

  @Test
  void read_severalProblems_everyOneListed() {
    refused("""
        services:
          web:
            depends_on: {db: {condition: service_ready}}
            links: [cache]
            labels: {dev.topology.severity: critical}
          db: {}
        """, """
        3 problems:
        - services.web.labels.dev.topology.severity: 'critical' is not a severity; use LOW,\
         MEDIUM or HIGH.
        - services.web.depends_on.db.condition: 'service_ready' is not a condition; use\
         service_started, service_healthy or service_completed_successfully.
        - services.web.links.cache: no service is named 'cache'.""");
  }

  @Test
  void read_badLifecycleAndUnknownTopologyLabel_refused() {
    refused("services: {job: {labels: [dev.topology.lifecycle=forever,"
        + " dev.topology.severty=HIGH]}}", """
        2 problems:
        - services.job.labels.dev.topology.lifecycle: 'forever' is not a lifecycle; use\
         LONG_RUNNING, ONE_SHOT or STARTUP_ONLY (or long-running, one-shot, startup-only).
        - services.job.labels.dev.topology.severty: 'dev.topology.severty' is not a label this\
         reader knows; the dev.topology. labels are dev.topology.severity, dev.topology.role,\
         dev.topology.failure-effect, dev.topology.lifecycle, dev.topology.optional,\
         dev.topology.availability, dev.topology.mttf, dev.topology.mttr. Did you mean\
         'dev.topology.severity' or 'dev.topology.mttf' or 'dev.topology.mttr'?""");
  }

  @Test
  void read_unsetVariableInTarget_namesVariable() {
    refused("services: {db: {}, web: {depends_on: [\"${DB}\"]}}",
        "services.web.depends_on: The variable 'DB' is not set and has no default; give it a"
            + " value, or a default with ${DB:-value}.");
  }

  @Test
  void read_requiredVariable_messageOfTheFile() {
    refused("services: {web: {image: \"${TAG:?set TAG to a release}\"}}",
        "services.web.image: required variable TAG is missing a value: set TAG to a release");
  }

  @Test
  void read_requiredVariableInAKeyNotMapped_refusedAsComposeRefusesIt() {
    refused("services: {web: {image: app, environment: {B: \"${B:?need B}\"}}}",
        "services.web.environment.B: required variable B is missing a value: need B");
    refused("services: {web: {image: app, command: [run, \"${A?}\"]}}\nx-extra: \"${C:?}\"",
        "2 problems:\n- services.web.command[1]: required variable A is missing a value.\n"
            + "- x-extra: required variable C is missing a value.");
  }

  @Test
  void read_requiredVariableInAFileItNames_reportedOnce() {
    refused("name: \"${N:?name it}\"\nservices: {web: {extends: {file: \"${F:?}\", service: a}}}",
        "2 problems:\n- name: required variable N is missing a value: name it\n"
            + "- services.web.extends.file: required variable F is missing a value.");
  }

  @Test
  void read_requiredVariableEmpty_colonFormRefusedOtherAccepted() {
    ComposeReader reader = ComposeReader.builder().variable("B", "").build();
    assertThatThrownBy(() -> reader.read(
        "services: {web: {image: app, environment: [\"B=${B:?set B}\"]}}"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("services.web.environment[0]: required variable B is missing a value: set B");
    org.assertj.core.api.Assertions.assertThat(reader.read(
        "services: {web: {image: app, environment: [\"B=${B?set B}\", \"U=${UNSET}\"]}}")
        .topology().service("web").name()).isEqualTo("web");
  }

  @Test
  void read_requiredVariableInAnOverrideFile_namesThatFile() {
    assertThatThrownBy(() -> ComposeReader.defaults().read(
        ComposeFile.of("compose.yaml", "services: {web: {image: app}}"),
        ComposeFile.of("compose.override.yaml", "services: {web: {labels: {a: \"${L:?}\"}}}")))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("compose.override.yaml: services.web.labels.a: required variable L is"
            + " missing a value.");
  }

  @Test
  void read_problemInOneFileOfSeveral_namesThatFile() {
    assertThatThrownBy(() -> ComposeReader.defaults().read(
        ComposeFile.of("compose.yaml", "services: {web: {image: app}, db: {image: pg}}"),
        ComposeFile.of("compose.override.yaml", """
            servics: {}
            services:
              web: {labels: {dev.topology.severity: LO}, depends_on: [cache]}
            """)))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining("\n- compose.override.yaml: servics: 'servics' is not a top-level"
            + " key")
        .hasMessageContaining("\n- compose.override.yaml: services.web.labels.dev.topology"
            + ".severity: ")
        .hasMessageContaining("\n- services.web.depends_on.cache: no service is named 'cache'.");
  }

  @Test
  void read_valueWrittenInBothFiles_namesNoFile() {
    assertThatThrownBy(() -> ComposeReader.defaults().read(
        ComposeFile.of("compose.yaml", "services: {web: {labels: {dev.topology.severity: HI}}}"),
        ComposeFile.of("compose.override.yaml",
            "services: {web: {labels: {dev.topology.severity: LO}}}")))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageStartingWith("services.web.labels.dev.topology.severity: ");
  }

  @Test
  void read_variableGiven_targetInterpolated() {
    ComposeReader reader = ComposeReader.builder().variables(Map.of("DB", "dbs")).build();
    org.assertj.core.api.Assertions.assertThat(reader.read(
        "services: {dbs: {}, web: {depends_on: [\"${DB}\"]}}").topology()
        .service("web").dependencies().get(0).target()).isEqualTo("dbs");
  }

  @Test
  void read_extendsAndIncludeWithoutResolver_resolverNeeded() {
    refused("include: [other.yml]\nservices: {web: {extends: {file: base.yml, service: web}}}",
        """
        2 problems:
        - services.web.extends.file: Reading 'base.yml' needs a file resolver\
         (ComposeReader.Builder.resolver); this reader reads only the text it is given.
        - include[0]: Reading 'other.yml' needs a file resolver (ComposeReader.Builder.resolver);\
         this reader reads only the text it is given.""");
  }

  @Test
  void read_unknownTopLevelKey_refused() {
    refused("services: {}\nservice: {}", "service: 'service' is not a top-level key of a"
        + " Compose file; the keys are services, name, version, networks, volumes, configs,"
        + " secrets, models, include and extensions starting with x-.");
  }

  @Test
  void read_selfDependencyThroughNetwork_refused() {
    refused("services: {web: {network_mode: \"service:web\"}}",
        "services.web.network_mode: service 'web' depends on itself; remove that entry.");
  }

  @Test
  void read_containerNameOfAnotherService_modelProblemWithPlace() {
    refused("services: {web: {}, api: {container_name: web}}",
        "services.api.container_name: The name 'web' is used by both 'api' and 'web'; names and aliases must"
            + " be unique.");
  }

  @Test
  void read_notAMapping_refused() {
    refused("- a\n- b", "The file holds a list; a Compose file is a mapping with a 'services'"
        + " key.");
    refused("", "The file is empty; a Compose file is a mapping with a 'services' key.");
    refused("name: x", "The file has no 'services' key; a Compose file lists its services"
        + " under it.");
    refused("services: {web: [a]}", "services.web: A service is a mapping of its settings, not"
        + " a list.");
  }

  @Test
  void read_duplicateKey_refusedWithLine() {
    refused("services:\n  web: {}\n  web: {}\n", "The file is not valid YAML: while"
        + " constructing a mapping found duplicate key web (line 3, column 3).");
  }
}
