package dev.topology.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Service;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table of docs/catalog.md, which README's "The bundled catalog" section links to, and the
 * catalog must agree, row for row and cell for cell, so that the docs never show a stale catalog.
 */
class CatalogTableTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path TABLE = Path.of("..", "docs", "catalog.md");
  private static final String SECTION = "# The bundled catalog";

  private static List<String> readme() throws IOException {
    return Files.readAllLines(README, StandardCharsets.UTF_8);
  }

  /** The table lines of the section: header, separator, then one line per service. */
  private static List<List<String>> table() throws IOException {
    List<String> lines = Files.readAllLines(TABLE, StandardCharsets.UTF_8);
    int start = lines.indexOf(SECTION);
    assertThat(start).as("a line '%s' in %s", SECTION, TABLE).isNotNegative();
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("## ")) {
      end++;
    }
    return lines.subList(start + 1, end).stream()
        .filter(line -> line.startsWith("|"))
        .map(CatalogTableTest::cells)
        .toList();
  }

  private static List<String> cells(String line) {
    String inner = line.strip().replaceAll("^\\|", "").replaceAll("\\|$", "");
    return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
  }

  private static String code(String name) {
    return "`" + name + "`";
  }

  /** A service as the README shows it: name, severity with its conditions, startup needs. */
  static List<String> row(Service service) {
    StringBuilder severity = new StringBuilder(service.severity().name());
    service.severityCondition().ifPresent(c -> severity.append(' ').append(c.description()));
    service.severityOtherwise().ifPresent(s -> severity.append(", otherwise ").append(s));
    service.presentWhen().ifPresent(c -> severity.append(
        c.equals(service.severityCondition().orElse(null))
            ? ", absent otherwise"
            : ", present " + c.description()));
    List<String> needs =
        service.startupDependencies().stream().map(d -> code(d.target())).toList();
    return List.of(code(service.name()), severity.toString(),
        needs.isEmpty() ? "none" : String.join(", ", needs));
  }

  @Test
  void catalogTable_matchesTheCatalogRowForRow() throws IOException {
    List<List<String>> table = table();
    List<List<String>> expected =
        CircleCiServer2.topology().services().stream().map(CatalogTableTest::row).toList();

    assertThat(table).as("the table of %s", TABLE).hasSizeGreaterThan(2);
    assertThat(table.get(0)).containsExactly("service", "severity", "startup dependencies");
    assertThat(table.get(1)).allMatch(cell -> cell.matches(":?-+:?"));
    assertThat(table.subList(2, table.size())).containsExactlyElementsOf(expected);
  }

  @Test
  void readme_bundledCatalogSection_linksTheTable() throws IOException {
    List<String> lines = readme();

    assertThat(lines).contains("## The bundled catalog");
    assertThat(String.join("\n", lines)).contains("(docs/catalog.md)");
  }
}
