package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.formats.internal.HardenedYaml.Replace;
import dev.topology.formats.internal.HardenedYaml;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one file a problem of a project of several files is blamed on, or none. */
class ProblemOwnerTest {
  private static Map<String, Object> files(Object compose, Object override) {
    Map<String, Object> files = new LinkedHashMap<>();
    files.put("compose.yaml", compose);
    files.put("override.yaml", override);
    return files;
  }

  private static final Map<String, Object> PROJECT = files(
      Map.of("services", Map.of("web", Map.of("image", "app", "ports", List.of("80", "443"),
          "depends_on", List.of("db"), "links", List.of("db")))),
      Map.of("services", Map.of("web", Map.of("labels", new Replace(Map.of("team", "core")),
          "image", "app:2")),
          "networks", Map.of("links", Map.of("driver", "bridge"))));

  @Test
  void of_settingWrittenInOneFile_thatFile() {
    assertThat(ProblemOwner.of(PROJECT, "services.web.ports")).isEqualTo("compose.yaml");
    assertThat(ProblemOwner.of(PROJECT, "networks.links.driver")).isEqualTo("override.yaml");
  }

  @Test
  void of_settingWrittenInBothFiles_theFilesTogether() {
    assertThat(ProblemOwner.of(PROJECT, "services.web.image")).isEmpty();
    assertThat(ProblemOwner.of(PROJECT, "")).isEmpty();
  }

  @Test
  void of_itemOfAList_theFileOfTheListIfItHasThatItem() {
    assertThat(ProblemOwner.of(PROJECT, "services.web.ports[1]")).isEqualTo("compose.yaml");
    assertThat(ProblemOwner.of(PROJECT, "services.web.ports[0]")).isEqualTo("compose.yaml");
    assertThat(ProblemOwner.of(PROJECT, "services.web.ports[2]")).isEmpty();
    assertThat(ProblemOwner.of(PROJECT, "services.web.ports[-1]")).isEmpty();
    assertThat(ProblemOwner.of(PROJECT, "services.web.ports[x]")).isEmpty();
  }

  @Test
  void of_valueUnderOverrideTag_itsFile() {
    assertThat(ProblemOwner.of(PROJECT, "services.web.labels.team")).isEqualTo("override.yaml");
    assertThat(ProblemOwner.of(PROJECT, "services.web.labels.tier")).isEmpty();
  }

  @Test
  void of_referenceToOtherServices_theFilesTogetherEvenIfOneWritesIt() {
    assertThat(ProblemOwner.of(PROJECT, "services.web.depends_on")).isEmpty();
    assertThat(ProblemOwner.of(PROJECT, "services.web.depends_on[0]")).isEmpty();
    assertThat(ProblemOwner.of(PROJECT, "services.web.links[0]")).isEmpty();
  }

  @Test
  void of_keyHoldingADot_found() {
    Map<String, Object> project = files(
        Map.of("services", Map.of("web", Map.of("labels", Map.of("com.example.team", "core")))),
        Map.of("services", Map.of("web", Map.of("image", "app"))));
    assertThat(ProblemOwner.of(project, "services.web.labels.com.example.team"))
        .isEqualTo("compose.yaml");
    assertThat(ProblemOwner.of(project, "services.web.labels.com.example")).isEmpty();
  }
}
