package dev.topology.formats.backstage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Deployment;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog as a Backstage catalog. The golden file {@code catalog.backstage.yaml} is
 * the writer's output, reviewed line by line; the tests below also check it without the writer:
 * it reads back to the catalog's resolved topology, and a plain YAML parser finds one entity per
 * service with the references its dependencies give.
 */
class BackstageCatalogTest {
  static final BackstageOptions OPTIONS = BackstageOptions.builder().owner("team-platform")
      .system("circleci-server").build();
  /** The catalog's data stores, which it labels as Backstage Resources. */
  private static final Map<String, String> RESOURCES = Map.of("contexts-vault", "secret-store",
      "fileserved", "storage", "mongo", "database", "outputRunningRedis", "database",
      "postgres", "database", "rabbitmq", "queue");

  private static Topology resolvedCatalog() {
    return Topology.of(List.of(),
        CircleCiServer2.topology().resolve(Deployment.defaults()).services());
  }

  @Test
  void write_catalog_givesTheGoldenFile() {
    BackstageExport export = BackstageWriter.write(CircleCiServer2.topology(), OPTIONS);

    assertThat(export.text()).isEqualTo(Resources.text("catalog.backstage.yaml"));
    // The catalog's one name that Backstage refuses.
    assertThat(export.renames()).containsExactly(Map.entry("tutum/logrotate", "tutum-logrotate"));
  }

  @Test
  void goldenFile_readsBackToTheResolvedCatalog() {
    BackstageImport back = BackstageReader.read(Resources.text("catalog.backstage.yaml"));

    assertThat(back.topology()).isEqualTo(resolvedCatalog());
    assertThat(back.assumedSeverity()).isEmpty();
    assertThat(back.entities()).containsEntry("postgres", "resource:default/postgres")
        .containsEntry("tutum/logrotate", "component:default/tutum-logrotate");
  }

  @Test
  void goldenFile_plainYaml_oneEntityPerServiceWithItsDependencies() {
    Topology catalog = resolvedCatalog();
    Map<String, Map<String, Object>> entities =
        BackstageWriterTest.plain(Resources.text("catalog.backstage.yaml"));

    assertThat(entities).hasSize(catalog.size());
    for (Service service : catalog.services()) {
      String name = service.name().equals("tutum/logrotate") ? "tutum-logrotate"
          : service.name();
      Map<String, Object> entity = entities.get(name);
      Map<String, Object> spec = BackstageWriterTest.part(entity, "spec");
      String kind = RESOURCES.containsKey(name) ? "Resource" : "Component";
      assertThat(entity).containsEntry("apiVersion", "backstage.io/v1alpha1")
          .containsEntry("kind", kind);
      assertThat(spec).containsEntry("owner", "team-platform")
          .containsEntry("system", "circleci-server")
          .containsEntry("type", RESOURCES.getOrDefault(name, "service"));
      if (kind.equals("Component")) {
        assertThat(spec).containsEntry("lifecycle", "production");
      }
      Set<String> expected = new LinkedHashSet<>();
      service.dependencies().forEach(d -> {
        String target = catalog.service(d.target()).name();
        expected.add((RESOURCES.containsKey(target) ? "resource" : "component")
            + ":default/" + target);
      });
      assertThat(spec.getOrDefault("dependsOn", List.of())).asList()
          .containsExactlyElementsOf(expected);
      assertThat(BackstageWriterTest.part(BackstageWriterTest.part(entity, "metadata"),
          "annotations")).containsEntry("dev.topology/severity", service.severity().name());
    }
  }
}
