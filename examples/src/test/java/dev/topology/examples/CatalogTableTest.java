package dev.topology.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table of docs/catalog.md lists every service of the catalog as the catalog has it. */
class CatalogTableTest {
  private static final Path TABLE = Path.of("..", "docs", "catalog.md");

  /** By service name: {severity column, startup dependencies column}. */
  private static Map<String, String[]> rows() throws IOException {
    Map<String, String[]> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
      if (line.startsWith("| `")) {
        String[] cells = line.split("\\|");
        rows.put(cells[1].strip().replace("`", ""),
            new String[] {cells[2].strip(), cells[3].strip()});
      }
    }
    return rows;
  }

  @Test
  void catalogTable_everyServiceWithItsSeverityAndStartupDependencies() throws IOException {
    Topology catalog = CircleCiServer2.topology();
    Map<String, String[]> rows = rows();

    assertThat(rows.keySet()).containsExactlyElementsOf(
        catalog.services().stream().map(Service::name).sorted().toList());
    for (Service service : catalog.services()) {
      String[] row = rows.get(service.name());
      List<String> startup = new ArrayList<>();
      for (Dependency dependency : service.dependencies()) {
        if (dependency.kind() == DependencyKind.STARTUP) {
          startup.add("`" + dependency.target() + "`");
        }
      }
      assertThat(row[1]).as("startup dependencies of %s", service.name())
          .isEqualTo(startup.isEmpty() ? "none" : String.join(", ", startup));
      assertThat(row[0]).as("severity of %s", service.name())
          .startsWith(service.severity().name());
    }
  }
}
