package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Dependency;
import dev.topology.api.Deployment;
import dev.topology.api.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings of one service that Compose reads as dependencies, flags and profiles. */
class ComposeServiceSettingsTest {
  private static final ComposeReader READER = ComposeReader.defaults();

  private static void refused(String yaml, String message) {
    assertThatThrownBy(() -> READER.read(yaml))
        .isInstanceOf(ComposeFileException.class).hasMessage(message);
  }

  @Test
  void read_requiredAndRestartAsQuotedOrInterpolatedText_readAsBooleans() {
    Topology topology = ComposeReader.builder().variable("OPT", "false").build().read("""
        services:
          db: {}
          cache: {}
          web:
            depends_on:
              db: {required: "false", restart: "true"}
              cache: {required: "${OPT}"}
        """).topology();
    assertThat(topology.service("web").dependencies()).allMatch(Dependency::onlyIfPresent);
    Topology strict = READER.read("""
        services:
          db: {}
          web: {depends_on: {db: {required: "TRUE", restart: "False"}}}
        """).topology();
    assertThat(strict.service("web").dependencies()).containsExactly(Dependency.startup("db"));
  }

  @Test
  void read_flagThatIsNoBoolean_refusedWithThePlace() {
    refused("services: {db: {}, web: {depends_on: {db: {required: maybe}}}}",
        "services.web.depends_on.db.required: 'required' is true or false, not the text"
            + " 'maybe'.");
    refused("services: {db: {}, web: {depends_on: {db: {restart: [yes]}}}}",
        "services.web.depends_on.db.restart: 'restart' is true or false, not a list.");
  }

  @Test
  void read_volumesFrom_aStartupDependencyOnTheServiceNotOnAContainer() {
    Topology topology = READER.read("""
        services:
          data: {}
          web: {volumes_from: ["data:ro", "container:abc123"]}
        """).topology();
    assertThat(topology.service("web").dependencies()).containsExactly(
        Dependency.startup("data"));
  }

  @Test
  void read_linksNotAList_refusedWithThePlace() {
    refused("services: {db: {}, web: {links: db}}",
        "services.web.links: 'links' is a list, not the text 'db'.");
  }

  @Test
  void read_profileListedTwice_serviceOnlyWithIt() {
    ComposeProject project = READER.read("""
        services:
          web: {}
          debug: {profiles: [debug, debug]}
        """);
    assertThat(project.profiles()).containsExactly("debug");
    assertThat(project.resolve(Deployment.defaults()).names()).containsExactly("web");
    assertThat(project.resolve(project.deployment(List.of("debug"))).names())
        .containsExactly("debug", "web");
  }

  @Test
  void read_dependencyWithEmptySettings_startedAndRequired() {
    assertThat(READER.read("services: {db: {}, web: {depends_on: {db: }}}").topology()
        .service("web").dependencies()).containsExactly(Dependency.startup("db"));
  }

  @Test
  void read_dependencySettingsNotAMapping_refusedWithThePlace() {
    refused("services: {db: {}, web: {depends_on: {db: [service_healthy]}}}",
        "services.web.depends_on.db: A dependency in the long form is a mapping with"
            + " 'condition' and 'required', not a list.");
  }

  @Test
  void read_badProfileName_refusedWithTheRule() {
    refused("services: {web: {profiles: [debug, -x]}}",
        "services.web.profiles: '-x' is not a profile name; Compose names profiles with"
            + " letters, digits, '_', '.' and '-', starting with a letter or a digit.");
  }
}
