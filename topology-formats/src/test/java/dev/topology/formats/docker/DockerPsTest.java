package dev.topology.formats.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.ContainerState;
import dev.topology.api.Health;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.catalog.CircleCiServer2;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DockerPsTest {
  private static ObservedContainer only(String line) {
    Observation seen = DockerPs.read(line);
    assertThat(seen.containers()).hasSize(1);
    return seen.containers().get(0);
  }

  @Test
  void read_exitedWithCode_takesCodeFromStatus() {
    ObservedContainer c = only("{\"Names\":\"postgres\",\"State\":\"exited\","
        + "\"Status\":\"Exited (137) 12 minutes ago\",\"NewField\":{\"a\":[1,2]}}");
    assertThat(c).isEqualTo(ObservedContainer.builder().name("postgres").service("postgres")
        .state(ContainerState.EXITED).health(Health.NONE).exitCode(OptionalInt.of(137)).build());
  }

  @Test
  void read_healthInStatus_givesHealth() {
    assertThat(only("{\"Names\":\"a\",\"State\":\"running\",\"Status\":\"Up 3 hours (healthy)\"}")
        .health()).isEqualTo(Health.HEALTHY);
    assertThat(only("{\"Names\":\"a\",\"State\":\"running\","
        + "\"Status\":\"Up 5 seconds (health: starting)\"}").health()).isEqualTo(Health.STARTING);
    assertThat(only("{\"Names\":\"a\",\"State\":\"running\","
        + "\"Status\":\"Up 2 minutes (unhealthy)\"}").health()).isEqualTo(Health.UNHEALTHY);
  }

  @Test
  void read_noStateField_readsStateFromStatus() {
    assertThat(only("{\"Names\":\"a\",\"Status\":\"Restarting (1) 10 seconds ago\"}"))
        .isEqualTo(ObservedContainer.builder().name("a").service("a")
            .state(ContainerState.RESTARTING).health(Health.NONE).exitCode(OptionalInt.of(1))
            .build());
    assertThat(only("{\"Names\":\"a\",\"Status\":\"Up 1 second (Paused)\"}").state())
        .isEqualTo(ContainerState.PAUSED);
    assertThat(only("{\"Names\":\"a\",\"Status\":\"Created\"}").state())
        .isEqualTo(ContainerState.CREATED);
    assertThat(only("{\"Names\":\"a\",\"Status\":\"Dead\"}").state())
        .isEqualTo(ContainerState.DEAD);
    assertThat(only("{\"Names\":\"a\",\"Status\":\"Removal In Progress\"}").state())
        .isEqualTo(ContainerState.REMOVING);
  }

  @Test
  void read_composeLabel_namesTheService() {
    ObservedContainer c = only("{\"Names\":\"shop-web-2\",\"State\":\"running\",\"Status\":\"Up"
        + " 1 hour\",\"Labels\":\"com.docker.compose.project=shop,com.docker.compose.service=web\"}");
    assertThat(c.service()).isEqualTo("web");
  }

  @Test
  void read_withTopology_mapsAnyNameToCanonicalNameAndKeepsTheImage() {
    // "vault-cci" is an alias of contexts-vault; "logrotate" names no service: its image's
    // repository "tutum/logrotate" names the catalog's logrotate service, but matching by image
    // is a guess that triage makes and reports, so the reader keeps the name and the image.
    Observation seen = DockerPs.read(
        "{\"Names\":\"vault-cci\",\"State\":\"running\",\"Status\":\"Up 1 hour\"}\n"
            + "{\"Names\":\"logrotate\",\"Image\":\"tutum/logrotate:latest\",\"State\":\"exited\","
            + "\"Status\":\"Exited (1) 6 hours ago\"}\n"
            + "{\"Names\":\"replicated-ui\",\"Image\":\"quay.io/replicated/replicated-ui:2.53\","
            + "\"State\":\"running\",\"Status\":\"Up 3 days\"}\n",
        CircleCiServer2.topology());
    assertThat(seen.containers()).extracting(ObservedContainer::name, ObservedContainer::service)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("vault-cci", "contexts-vault"),
            org.assertj.core.groups.Tuple.tuple("logrotate", "logrotate"),
            org.assertj.core.groups.Tuple.tuple("replicated-ui", "replicated-ui"));
    assertThat(seen.containers("logrotate").get(0).image()).contains("tutum/logrotate:latest");
    assertThat(seen.coverage()).isEqualTo(dev.topology.api.Coverage.PARTIAL);
  }

  @Test
  void read_labels_keptSortedWithTheComposeProject() {
    ObservedContainer c = DockerPs.read("{\"Names\":\"shop-web-1\",\"State\":\"running\","
        + "\"Labels\":\"team=shop,com.docker.compose.project=shop,flag\"}").containers().get(0);
    assertThat(c.labels()).containsExactly(
        java.util.Map.entry("com.docker.compose.project", "shop"), java.util.Map.entry("flag", ""),
        java.util.Map.entry("team", "shop"));
    assertThat(c.project()).contains("shop");
  }

  @Test
  void read_emptyOrBlankText_seesNoContainer() {
    assertThat(DockerPs.read("").containers()).isEmpty();
    assertThat(DockerPs.read("\n  \n").containers()).isEmpty();
  }

  @Test
  void read_truncatedSecondLine_namesLineTwo() {
    assertThatThrownBy(() -> DockerPs.read("{\"Names\":\"a\",\"State\":\"running\"}\n"
        + "{\"Names\":\"b\",\"Sta\n{\"Names\":\"c\",\"State\":\"running\"}"))
        .isInstanceOf(DockerOutputException.class)
        .hasMessageStartingWith("Line 2: This is not valid JSON")
        .extracting(e -> ((DockerOutputException) e).line()).isEqualTo(2);
  }

  @Test
  void read_unknownState_namesStateAndValidOnes() {
    assertThatThrownBy(() -> DockerPs.read("\n{\"Names\":\"a\",\"State\":\"sleeping\"}"))
        .isInstanceOf(DockerOutputException.class)
        .hasMessage("Line 2: Container 'a' has State 'sleeping', which Docker does not have;"
            + " expected one of created, restarting, running, removing, paused, exited, dead.");
  }

  @Test
  void read_sameNameTwice_namesBothLines() {
    assertThatThrownBy(() -> DockerPs.read("{\"Names\":\"a\",\"State\":\"running\"}\n"
        + "{\"Names\":\"a\",\"State\":\"exited\"}"))
        .isInstanceOf(DockerOutputException.class)
        .hasMessage("Line 2: Container 'a' is listed again (first on line 1);"
            + " docker ps -a --format json lists each container once.");
  }

  @Test
  void read_arrayInsteadOfLines_refusedWithLine() {
    assertThatThrownBy(() -> DockerPs.read("[{\"Names\":\"a\",\"State\":\"running\"}]"))
        .isInstanceOf(DockerOutputException.class)
        .hasMessageStartingWith("Line 1: Expected a JSON object describing one container");
  }

  @Test
  void read_tooDeep_refusedAsBeyondLimit() {
    String deep = "{\"Names\":\"a\",\"X\":" + "[".repeat(40) + "]".repeat(40) + "}";
    assertThatThrownBy(() -> DockerPs.read(deep))
        .isInstanceOf(DockerOutputException.class)
        .hasMessageContaining("goes beyond a limit of the reader");
  }

  @Test
  void read_nullText_refused() {
    assertThatThrownBy(() -> DockerPs.read(null)).isInstanceOf(DockerOutputException.class)
        .hasMessageStartingWith("Line 1: There is no text to read (null)");
  }

  @Test
  void read_badLine_problemPlacedOnIt() {
    DockerOutputException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        DockerOutputException.class, () -> DockerPs.read(
            "{\"Names\":\"a\",\"State\":\"running\"}\n{\"State\":\"running\"}"));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).hasValue(2);
      assertThat(p.kind()).isEqualTo(dev.topology.api.Problem.Kind.INVALID_DOCUMENT);
      assertThat(e.getMessage()).isEqualTo("Line 2: " + p.message());
    });
  }
}
