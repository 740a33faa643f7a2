package dev.topology.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.Service;
import dev.topology.api.SettingCondition;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the reference table, field by field, against the catalog. The table is a copy of
 * the project's reference data in the test resources; the catalog itself never reads it.
 */
class CatalogRowsTest {
  private static final String TABLE = "/circleci-server-2x-containers.tsv";

  private static final List<String> COLUMNS = List.of("container", "image", "externalizable",
      "severity", "severity_condition", "startup_dependencies", "role", "failure_effect");

  /** The spelling slips of the source the catalog corrects; no other difference is allowed. */
  private static final Map<String, String> CORRECTIONS = Map.of(
      "statup", "startup",
      "outputand", "output and",
      "Metics", "Metrics",
      "no affect", "no effect",
      "Github", "GitHub");

  /** The one dependency spelling that is neither a container nor an image name of a row. */
  private static final Map<String, String> ALIASES =
      Map.of("federations-service-migrator", "federation-service-migrator");

  private static final Topology CATALOG = CircleCiServer2.topology();

  record Row(String container, String image, String externalizable, String severity,
      String severityCondition, List<String> startupDependencies, String role,
      String failureEffect) {

    static Row parse(String line) {
      String[] cells = line.split("\t", -1);
      assertThat(cells).as("cells of %s", line).hasSize(COLUMNS.size());
      List<String> dependencies = cells[5].equals("None")
          ? List.of()
          : Arrays.stream(cells[5].split(",")).map(String::trim).toList();
      return new Row(cells[0], cells[1], cells[2], cells[3], cells[4], dependencies, cells[6],
          cells[7]);
    }

    @Override
    public String toString() {
      return container;
    }
  }

  static List<String> lines() {
    InputStream in = CatalogRowsTest.class.getResourceAsStream(TABLE);
    assertThat(in).as("test resource %s", TABLE).isNotNull();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().filter(line -> !line.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Row> rows() {
    return lines().stream().skip(1).map(Row::parse).toList();
  }

  static Stream<Row> eachRow() {
    return rows().stream();
  }

  private static String corrected(String source) {
    String text = source;
    for (Map.Entry<String, String> correction : CORRECTIONS.entrySet()) {
      text = text.replace(correction.getKey(), correction.getValue());
    }
    return text;
  }

  /** The container a name of the table stands for, found through the table alone. */
  private static String containerNamed(String name) {
    for (Row row : rows()) {
      if (row.container().equals(name) || row.image().equals(name)) {
        return row.container();
      }
    }
    assertThat(ALIASES).as("names the table does not define").containsKey(name);
    return ALIASES.get(name);
  }

  @Test
  void table_header_hasTheDocumentedColumns() {
    assertThat(lines().get(0).split("\t", -1)).containsExactlyElementsOf(COLUMNS);
  }

  @Test
  void topology_allRows_sameCanonicalNamesAsTheTable() {
    List<String> containers = rows().stream().map(Row::container).sorted().toList();

    assertThat(containers).hasSize(39);
    assertThat(CATALOG.names()).containsExactlyElementsOf(containers);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eachRow")
  void service_sourceRow_hasItsImage(Row row) {
    Optional<String> expected = row.image().isEmpty() ? Optional.empty() : Optional.of(row.image());

    assertThat(CATALOG.service(row.container()).image()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eachRow")
  void service_sourceRow_hasItsExternalizableMark(Row row) {
    assertThat(row.externalizable()).isIn("yes", "no");

    assertThat(CATALOG.service(row.container()).externalizable())
        .isEqualTo(row.externalizable().equals("yes"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eachRow")
  void service_sourceRow_hasItsSeverityAndCondition(Row row) {
    Service service = CATALOG.service(row.container());

    assertThat(service.severity()).isEqualTo(Severity.valueOf(row.severity()));
    // The source's words next to the icon, as conditions on the catalog's own choices.
    Map<String, SettingCondition> conditions = Map.of(
        "only if LDAP in use", SettingCondition.when("ldap", "on"),
        "if not using S3", SettingCondition.when("objectStorage", "fileserved"));
    assertThat(service.severityCondition())
        .isEqualTo(Optional.ofNullable(conditions.get(row.severityCondition())));
    assertThat(row.severityCondition().isEmpty() || conditions.containsKey(row.severityCondition()))
        .as("the condition '%s' is known", row.severityCondition()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eachRow")
  void service_sourceRow_hasItsStartupDependenciesVerbatimInOrder(Row row) {
    List<String> targets = CATALOG.service(row.container()).startupDependencies().stream()
        .map(Dependency::target)
        .toList();

    assertThat(targets).containsExactlyElementsOf(row.startupDependencies());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eachRow")
  void service_sourceRow_startupDependenciesResolveToTheRowsTheyName(Row row) {
    List<String> resolved = CATALOG.service(row.container()).startupDependencies().stream()
        .map(d -> CATALOG.service(d.target()).name())
        .toList();
    List<String> expected =
        row.startupDependencies().stream().map(CatalogRowsTest::containerNamed).toList();

    assertThat(resolved).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eachRow")
  void service_sourceRow_hasItsRoleWithOnlyDocumentedCorrections(Row row) {
    assertThat(CATALOG.service(row.container()).role()).isEqualTo(corrected(row.role()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eachRow")
  void service_sourceRow_hasItsFailureEffectWithOnlyDocumentedCorrections(Row row) {
    assertThat(CATALOG.service(row.container()).failureEffect())
        .isEqualTo(corrected(row.failureEffect()));
  }

  @Test
  void corrections_eachOne_appliesToExactlyOneRow() {
    Map<String, Long> uses = new LinkedHashMap<>();
    for (String slip : CORRECTIONS.keySet()) {
      uses.put(slip, rows().stream()
          .filter(r -> r.role().contains(slip) || r.failureEffect().contains(slip))
          .count());
    }

    assertThat(uses).allSatisfy((slip, count) -> assertThat(count).as(slip).isEqualTo(1L));
  }
}
