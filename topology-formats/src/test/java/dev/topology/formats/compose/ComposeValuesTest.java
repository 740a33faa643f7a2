package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The public values of the Compose reader: copies, and their text in jshell. */
class ComposeValuesTest {
  @Test
  void composeFile_toBuilder_copyWithAChange() {
    ComposeFile file = ComposeFile.of("compose.yaml", "services: {}\n");
    assertThat(file.toBuilder().build()).isEqualTo(file);
    assertThat(file.toBuilder().path("other.yaml").build().text()).isEqualTo("services: {}\n");
    assertThat(file).hasToString("ComposeFile[compose.yaml, 13 characters]");
  }

  @Test
  void composeFinding_toBuilderAndText() {
    ComposeFinding finding = ComposeReader.defaults().read("""
        services:
          db: {}
          web: {depends_on: {db: {condition: service_healthy}}}
        """).lint().get(0);
    assertThat(finding.rule()).isEqualTo(ComposeFinding.Rule.HEALTHCHECK_NOT_DECLARED);
    assertThat(finding.toBuilder().build()).isEqualTo(finding);
    assertThat(finding).hasToString(finding.path() + ": " + finding.message());
    assertThat(finding.path()).isEqualTo("services.web.depends_on.db");
    assertThat(ComposeFinding.Rule.HEALTHCHECK_NOT_DECLARED.description())
        .isEqualTo("waits for a service to be healthy that declares no healthcheck");
  }

  @Test
  void composeProject_toString_nameSizeAndProfiles() {
    assertThat(ComposeReader.defaults().read("name: shop\nservices: {web: {}, db: {}}"))
        .hasToString("ComposeProject[shop: 2 services]");
    assertThat(ComposeReader.defaults().read(
        "services: {web: {}, debug: {profiles: [debug, trace]}}"))
        .hasToString("ComposeProject[2 services; profiles debug, trace]");
  }
}
