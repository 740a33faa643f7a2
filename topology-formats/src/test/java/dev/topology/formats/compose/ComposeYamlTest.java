package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.formats.internal.HardenedYaml.Replace;
import dev.topology.formats.internal.HardenedYaml.Reset;
import dev.topology.formats.internal.HardenedYaml;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scalars as YAML 1.2's core schema reads them where Compose cares, Compose's two merge tags,
 * and every other tag refused at its place.
 */
class ComposeYamlTest {
  @Test
  void read_booleansAndNulls_asTheCoreSchema() {
    Map<Object, Object> expected = new HashMap<>();
    expected.put("a", true);
    expected.put("b", false);
    expected.put("c", true);
    expected.put("d", null);
    expected.put("e", null);
    expected.put("f", null);
    expected.put("g", null);
    assertThat(HardenedYaml.read("{a: true, b: False, c: TRUE, d: null, e: ~, f: NULL, g: }"))
        .isEqualTo(expected);
  }

  @Test
  void read_yaml11BooleansAndNumbers_textAsWritten() {
    assertThat(HardenedYaml.read("[on, no, yes, 1.10, 0755, 8080, nil, truely]"))
        .isEqualTo(List.of("on", "no", "yes", "1.10", "0755", "8080", "nil", "truely"));
  }

  @Test
  void read_mergeKey_mergesTheAnchoredMapping() {
    assertThat(HardenedYaml.read("x-base: &base {image: app, restart: always}\n"
        + "web: {<<: *base, image: web}\n"))
        .isEqualTo(Map.of("x-base", Map.of("image", "app", "restart", "always"),
            "web", Map.of("image", "web", "restart", "always")));
  }

  @Test
  void document_mergeTags_markedAndKept() {
    HardenedYaml.Document reset = HardenedYaml.document("image: !reset null");
    assertThat(reset.root()).isEqualTo(Map.of("image", Reset.RESET));
    assertThat(reset.tagged()).isTrue();
    HardenedYaml.Document override = HardenedYaml.document("ports: !override [\"8443:443\"]");
    assertThat(override.root()).isEqualTo(Map.of("ports", new Replace(List.of("8443:443"))));
    assertThat(override.tagged()).isTrue();
    assertThat(HardenedYaml.document("{image: app, ports: [\"80\"]}").tagged()).isFalse();
  }

  @Test
  void document_mergeTagOnAMapping_tagged() {
    HardenedYaml.Document document = HardenedYaml.document("web: !override {image: app}");
    assertThat(document.root()).isEqualTo(Map.of("web", new Replace(Map.of("image", "app"))));
    assertThat(document.tagged()).isTrue();
  }

  @Test
  void document_overrideTagOnScalars_theirPlainValues() {
    Map<Object, Object> expected = new HashMap<>();
    expected.put("image", new Replace("app:2"));
    expected.put("init", new Replace(true));
    expected.put("user", new Replace(null));
    assertThat(HardenedYaml.read("{image: !override app:2, init: !override true,"
        + " user: !override null}")).isEqualTo(expected);
  }

  @Test
  void read_keyOf1024Characters_readButNotLonger() {
    String key = "k".repeat(HardenedYaml.MAX_KEY_LENGTH);
    assertThat(HardenedYaml.read("x-a: {" + key + ": 1}"))
        .isEqualTo(Map.of("x-a", Map.of(key, "1")));
    // A key past 1024 characters is written as an explicit key: "? key".
    assertThatThrownBy(() -> HardenedYaml.read("x-a:\n  ? " + key + "k\n  : 1\n"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("x-a: A key has 1025 characters, more than the limit of 1024.");
  }

  @Test
  void read_otherTagOnAListOrAnItem_refusedAtItsPlace() {
    assertThatThrownBy(() -> HardenedYaml.read("services: {web: {command: !cmd [a, b]}}"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("services.web.command: The tag !cmd is not allowed; a Compose file holds"
            + " plain mappings, lists and text.");
    assertThatThrownBy(() -> HardenedYaml.read("services: {web: {command: [a, !arg b]}}"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("services.web.command[1]: The tag !arg is not allowed; a Compose file holds"
            + " plain mappings, lists and text.");
    assertThatThrownBy(() -> HardenedYaml.read("!doc {services: {}}"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("The tag !doc is not allowed; a Compose file holds plain mappings, lists and"
            + " text.");
  }

  @Test
  void read_aliasesNestingValues128Deep_readButNotDeeper() {
    // chain(125) is 128 levels deep: the document, x-125's 126 lists and their scalar.
    assertThat(HardenedYaml.read(chain(125))).isNotNull();
    assertThatThrownBy(() -> HardenedYaml.read(chain(126)))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("The file's aliases and merge keys nest values more than 128 deep.");
    assertThatThrownBy(() -> HardenedYaml.read(chain(127)))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("x-127: The file's aliases and merge keys nest values more than 128 deep.");
  }

  /** x-0: [v], x-1: [*x-0], ...: x-N's value is N + 1 lists of a scalar, N + 2 levels. */
  private static String chain(int last) {
    StringBuilder text = new StringBuilder("x-0: &a0 [v]\n");
    for (int i = 1; i <= last; i++) {
      text.append("x-").append(i).append(": &a").append(i).append(" [*a").append(i - 1)
          .append("]\n");
    }
    return text.toString();
  }
}
