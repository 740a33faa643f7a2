package dev.topology.formats.backstage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.topology.api.Severity;
import dev.topology.formats.internal.HardenedYaml;
import org.junit.jupiter.api.Test;

/**
 * Each limit of the reader at its edge: text just within it is read, text just beyond it is
 * refused with a problem that names the limit and the document.
 */
class BackstageLimitsTest {
  /** A document the reader reads and counts as ignored; its spec holds {@code payload}. */
  private static String group(String name, String payload) {
    return "---\napiVersion: backstage.io/v1alpha1\nkind: Group\nmetadata:\n  name: " + name
        + "\nspec:\n  type: team\n  x: " + payload + "\n";
  }

  private static BackstageImport read(String text) {
    return BackstageReader.read(text, BackstageReadOptions.assuming(Severity.LOW));
  }

  private static String refused(String text) {
    BackstageException e = catchThrowableOfType(() -> read(text), BackstageException.class);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.problems()).hasSize(1);
    return e.getMessage();
  }

  @Test
  void documents_atTheLimitRead_oneMoreRefused() {
    int max = HardenedYaml.MAX_DOCUMENTS;
    assertThat(read("---\n".repeat(max)).topology().size()).isZero();
    assertThat(refused("---\n".repeat(max + 1))).isEqualTo("document " + (max + 1)
        + ": The file holds more than " + max + " documents, the limit; split it into several"
        + " files.");
  }

  @Test
  void length_atTheLimitRead_oneMoreRefused() {
    String head = group("team-a", "1");
    // Comment lines of 1,000 characters (with their line break) fill the text to the limit.
    StringBuilder text = new StringBuilder(head);
    String comment = "#" + "c".repeat(998) + "\n";
    while (text.length() + comment.length() <= HardenedYaml.MAX_LENGTH) {
      text.append(comment);
    }
    text.append("#".repeat(HardenedYaml.MAX_LENGTH - text.length()));
    assertThat(text).hasSize(HardenedYaml.MAX_LENGTH);
    assertThat(read(text.toString()).ignored()).containsEntry("Group", 1);
    assertThat(refused(text + "#")).isEqualTo("The file has 8388609 characters, more than the"
        + " limit of 8388608 (8 MiB).");
  }

  @Test
  void lineLength_atTheLimitRead_oneMoreRefusedInItsDocument() {
    int max = HardenedYaml.MAX_LINE_LENGTH;
    String prefix = "  x: ";
    // The payload line is "  x: " and the value: max characters in all.
    String value = "v".repeat(max - prefix.length());
    assertThat(read(group("a", "1") + group("b", value)).ignored()).containsEntry("Group", 2);
    // Lines of the first document: 8 (---, apiVersion, kind, metadata, name, spec, type, x),
    // so the payload of the second is line 8 + 8 = 16.
    assertThat(refused(group("a", "1") + group("b", value + "v"))).isEqualTo("document 2: Line"
        + " 16 has 1048577 characters, more than the limit of 1048576 (1 MiB) for a line; write"
        + " a long value on several lines.");
  }

  @Test
  void keyLength_atTheLimitRead_oneMoreRefused() {
    int max = HardenedYaml.MAX_KEY_LENGTH;
    // Explicit keys ("? "): YAML itself allows implicit keys of at most 1024 characters.
    assertThat(read(group("a", "{? " + "k".repeat(max) + " : 1}")).ignored())
        .containsEntry("Group", 1);
    assertThat(refused(group("a", "{? " + "k".repeat(max + 1) + " : 1}")))
        .isEqualTo("document 1.spec.x: A key has 1025 characters, more than the limit of 1024.");
  }

  @Test
  void nesting_atTheLimitRead_oneMoreRefused() {
    // The document's mapping, spec's mapping, then n lists: 2 + n levels of collections. A
    // collection may stand inside at most MAX_NESTING others: MAX_NESTING + 1 levels in all.
    int lists = HardenedYaml.MAX_NESTING - 1;
    assertThat(read(group("a", "[".repeat(lists) + "]".repeat(lists))).ignored())
        .containsEntry("Group", 1);
    assertThat(refused(group("a", "[".repeat(lists + 1) + "]".repeat(lists + 1))))
        .startsWith("document 1: The file is not valid YAML: ")
        .contains("Nesting Depth exceeded max " + HardenedYaml.MAX_NESTING);
  }

  @Test
  void expandedDepth_atTheLimitRead_oneMoreRefused() {
    // l0 is [v]: a list and its text, 2 levels; each l(k) is [*l(k-1)], one level more: k + 2.
    // The document's mapping, spec's mapping and x's mapping add 3: k + 5 in all.
    int max = HardenedYaml.MAX_EXPANDED_DEPTH;
    assertThat(read(group("a", chain(max - 5))).ignored()).containsEntry("Group", 1);
    // The walk finds the depth of the whole document, past the limit, at its root.
    assertThat(refused(group("a", chain(max - 4)))).isEqualTo("document 1: The file's aliases"
        + " and merge keys nest values more than " + max + " deep.");
  }

  /** The mapping of l0 to lk, each the list of an alias of the one before. */
  private static String chain(int k) {
    StringBuilder text = new StringBuilder("{l0: &l0 [v]");
    for (int i = 1; i <= k; i++) {
      text.append(", l").append(i).append(": &l").append(i).append(" [*l").append(i - 1)
          .append(']');
    }
    return text.append('}').toString();
  }

  @Test
  void aliases_atTheLimitRead_oneMoreRefused() {
    int max = HardenedYaml.MAX_ALIASES;
    assertThat(read(group("a", aliases(max))).ignored()).containsEntry("Group", 1);
    assertThat(refused(group("a", aliases(max + 1))))
        .startsWith("document 1: The file is not valid YAML: ")
        .contains("max=" + max);
  }

  /** A list whose first item is an anchored list, then {@code n} aliases of it. */
  private static String aliases(int n) {
    StringBuilder text = new StringBuilder("[&a [v]");
    for (int i = 0; i < n; i++) {
      text.append(i % 100 == 0 ? ",\n    *a" : ", *a");
    }
    return text.append(']').toString();
  }
}
