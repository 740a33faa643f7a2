package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.formats.internal.HardenedYaml;
import org.junit.jupiter.api.Test;

/** Documents made to hurt a YAML reader are refused with the library's own exception. */
class HostileComposeTest {
  private static final ComposeReader READER = ComposeReader.defaults();

  @Test
  void read_billionLaughs_refusedBeforeExpanding() {
    StringBuilder yaml = new StringBuilder("x-l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol,"
        + " lol]\n");
    for (int level = 1; level <= 9; level++) {
      yaml.append("x-l").append(level).append(": &l").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("services: {web: {labels: {a: b}}}\n");
    assertThatThrownBy(() -> READER.read(yaml.toString()))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("The file's aliases and merge keys expand it to more than 5000000"
            + " values; it is refused as a \"billion laughs\" document.");
  }

  @Test
  void read_mergeKeyLaughs_refused() {
    // Each level merges the previous one twice under new keys: the expansion doubles per level.
    StringBuilder yaml = new StringBuilder("x-m0: &m0 {a: 1}\n");
    for (int level = 1; level <= 40; level++) {
      yaml.append("x-m").append(level).append(": &m").append(level).append(" {l: *m")
          .append(level - 1).append(", r: *m").append(level - 1).append("}\n");
    }
    yaml.append("services: {}\n");
    assertThatThrownBy(() -> READER.read(yaml.toString()))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining("billion laughs");
  }

  @Test
  void read_globalTagOfAJavaClass_refusedNotInstantiated() {
    assertThatThrownBy(() -> READER.read("services:\n  web: !!javax.script.ScriptEngineManager"
        + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.com\"]]]]\n"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageStartingWith("The file is not valid YAML: ");
  }

  @Test
  void read_customTag_refusedWithPlace() {
    assertThatThrownBy(() -> READER.read("services:\n  web:\n    image: !custom null\n"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("services.web.image: The tag !custom is not allowed; a Compose file holds"
            + " plain mappings, lists and text.");
  }

  @Test
  void read_deepNesting_refused() {
    String yaml = "services: " + "[".repeat(10_000) + "]".repeat(10_000);
    assertThatThrownBy(() -> READER.read(yaml))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageStartingWith("The file is not valid YAML: ");
  }

  @Test
  void read_recursiveAlias_refused() {
    assertThatThrownBy(() -> READER.read("x-a: &a [*a]\nservices: {}\n"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("x-a[0]: An alias refers to a value that contains it; recursive values are"
            + " not allowed.");
  }

  @Test
  void read_tooLong_refusedBeforeParsing() {
    String yaml = "services: {}\n#" + "x".repeat(HardenedYaml.MAX_LENGTH);
    assertThatThrownBy(() -> READER.read(yaml))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("The file has 8388622 characters, more than the limit of 8388608 (8 MiB).");
  }

  @Test
  void read_lineOfMoreThanOneMebibyte_refusedBeforeParsing() {
    String yaml = "services: {}\n\n# " + "x".repeat(HardenedYaml.MAX_LINE_LENGTH) + "\nx-a: 1\n";
    assertThatThrownBy(() -> READER.read(yaml))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("Line 3 has 1048578 characters, more than the limit of 1048576 (1 MiB) for a"
            + " line; write a long value on several lines.");
  }

  @Test
  void read_lineOfOneMebibyte_read() {
    String yaml = "services: {}\n#" + "x".repeat(HardenedYaml.MAX_LINE_LENGTH - 1) + "\n";
    assertThat(READER.read(yaml).topology().size()).isZero();
  }

  @Test
  void read_longKey_refused() {
    String yaml = "services:\n  ? " + "k".repeat(2000) + "\n  : {}\n";
    assertThatThrownBy(() -> READER.read(yaml))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("services: A key has 2000 characters, more than the limit of 1024.");
  }

  @Test
  void read_secondDocument_refused() {
    assertThatThrownBy(() -> READER.read("services: {}\n---\nservices: {}\n"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageStartingWith("The file is not valid YAML: expected a single document");
  }

  @Test
  void read_nullText_refused() {
    assertThatThrownBy(() -> READER.read((String) null)).isInstanceOf(ComposeFileException.class)
        .hasMessage("A Compose file is read from text, not null.");
    assertThat(READER.read("services: {}").topology().size()).isZero();
  }

  @Test
  void read_optionalLabelOfManyUnknownNames_everyOneListedInBoundedText() {
    // 30 dependencies and 20,000 unknown names in the label: each problem lists 20 of the
    // dependencies, and the message the first 100 problems.
    StringBuilder yaml = new StringBuilder("services:\n  web:\n    depends_on: [");
    for (int i = 0; i < 30; i++) {
      yaml.append(i == 0 ? "" : ", ").append("d").append(i);
    }
    yaml.append("]\n    labels:\n      dev.topology.optional: \"");
    for (int i = 0; i < 20_000; i++) {
      yaml.append(i == 0 ? "" : ",").append("x").append(i);
    }
    yaml.append("\"\n");
    for (int i = 0; i < 30; i++) {
      yaml.append("  d").append(i).append(": {}\n");
    }
    ComposeFileException thrown = (ComposeFileException) org.assertj.core.api.Assertions
        .catchThrowable(() -> READER.read(yaml.toString()));
    assertThat(thrown.problems()).hasSize(20_000);
    assertThat(thrown.problems().get(0).message()).endsWith(" Its dependencies are d0, d1, d2,"
        + " d3, d4, d5, d6, d7, d8, d9, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19 and 10"
        + " more.");
    assertThat(thrown.getMessage()).endsWith("- and 19900 more distinct problems.");
  }

  @Test
  void read_manyServicesScaledToZero_leftOutWithOneNoteEach() {
    StringBuilder yaml = new StringBuilder("services:\n  web:\n    depends_on: [");
    for (int i = 0; i < 5_000; i++) {
      yaml.append(i == 0 ? "" : ", ").append("s").append(i);
    }
    yaml.append("]\n");
    for (int i = 0; i < 5_000; i++) {
      yaml.append("  s").append(i).append(": {scale: 0}\n");
    }
    ComposeProject project = READER.read(yaml.toString());
    assertThat(project.topology().names()).containsExactly("web");
    assertThat(project.notes()).hasSize(5_000);
  }
}
