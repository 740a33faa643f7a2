package dev.topology.formats.compose;

import static dev.topology.formats.compose.ComposeMergeTest.merged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.topology.api.Service;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code include} as compose-spec {@code 14-include.md} states it: a list of files, or of
 * mappings whose {@code path} is a file or a list of files merged in order; and the problems of
 * an entry that names no file.
 */
class ComposeIncludeTest {
  private static void refused(String message, String yaml) {
    assertThatThrownBy(() -> merged(Map.of("db.yml", "services: {db: {}}"), yaml))
        .isInstanceOf(ComposeFileException.class).hasMessage(message);
  }

  @Test
  void read_severalPaths_eachFileMergedOntoTheOnesBefore() {
    ComposeProject project = merged(Map.of(
            "a.yml", "services: {db: {image: pg:15, labels: {team: data}}}",
            "b.yml", "services: {db: {image: pg:16, labels: {tier: back}}}"),
        "include: [{path: [a.yml, b.yml]}]\nservices: {}");
    Service db = project.topology().service("db");
    assertThat(db.image()).contains("pg:16");
    assertThat(db.labels()).contains(entry("team", "data"), entry("tier", "back"));
  }

  @Test
  void read_includeNotAList_refused() {
    refused("compose.yaml: include: 'include' is a list of files, not the text 'db.yml'.",
        "include: db.yml\nservices: {}");
  }

  @Test
  void read_entryWithoutAPath_refused() {
    String message = "compose.yaml: include[1]: An entry of 'include' is a file, or a mapping"
        + " whose 'path' is a file or a list of files.";
    refused(message, "include: [db.yml, {env_file: .env}]\nservices: {}");
    refused(message, "include: [db.yml, {path: []}]\nservices: {}");
  }

  @Test
  void read_entryOfEmptyText_refused() {
    refused("compose.yaml: include[0]: An entry of 'include' names a file, not empty text.",
        "include: ['']\nservices: {}");
  }

  @Test
  void read_includesNested100Deep_readButNotDeeper() {
    Map<String, String> files = new HashMap<>();
    for (int i = 0; i <= Inclusion.MAX_DEPTH + 1; i++) {
      files.put("f" + i + ".yml", "include: [f" + (i + 1) + ".yml]\nservices: {}");
    }
    files.put("f99.yml", "services: {deep: {}}");
    // compose.yaml includes f0.yml, ..., f98.yml includes f99.yml: 100 levels.
    assertThat(merged(files, "include: [f0.yml]\nservices: {}").topology().names())
        .containsExactly("deep");
    files.put("f99.yml", "include: [f100.yml]\nservices: {}");
    // One more level: f99.yml includes f100.yml.
    assertThatThrownBy(() -> merged(files, "include: [f0.yml]\nservices: {}"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("f99.yml: include[0]: 'include' nests files more than 100 deep; that is"
            + " the limit.");
  }

  @Test
  void read_includedFileDefiningAServiceTheSameWay_accepted() {
    assertThat(merged(Map.of("db.yml", "services: {db: {image: pg}}"),
        "include: [db.yml]\nservices: {db: {image: pg}}").topology().names())
        .containsExactly("db");
  }

  @Test
  void read_includeOfAnUnsetVariable_refusedAtTheEntry() {
    refused("compose.yaml: include[0]: The variable 'MISSING' is not set and has no default;"
        + " give it a value, or a default with ${MISSING:-value}.",
        "include: ['${MISSING}.yml']\nservices: {}");
  }
}
