package dev.topology.formats.backstage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Dependency;
import dev.topology.api.Deployment;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The writer on a small stack:
 *
 * <pre>
 *   web:1 ──> api ──> db      (db labelled as a Resource of type database)
 *               └ - - > cache (optional, runtime)
 *   Web-1 (a second name that differs from web-1 only by case once made valid)
 * </pre>
 */
class BackstageWriterTest {
  private static final Topology STACK = Topology.of(
      Service.builder().name("web:1").severity(Severity.LOW).role("Serves pages.")
          .addDependencies(Dependency.startup("api")).build(),
      Service.builder().name("Web-1").severity(Severity.LOW).build(),
      Service.builder().name("api").severity(Severity.HIGH)
          .addDependencies(Dependency.startup("db"),
              Dependency.runtime("cache", "api reads the cache.").asOptional())
          .build(),
      Service.builder().name("db").severity(Severity.HIGH)
          .label(EntityClass.KIND_LABEL, "resource").build(),
      Service.of("cache", Severity.LOW));

  /** The documents as a plain YAML parser reads them, by metadata.name. */
  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> plain(String text) {
    Map<String, Map<String, Object>> byName = new java.util.LinkedHashMap<>();
    for (Object document : new Yaml().loadAll(text)) {
      Map<String, Object> entity = (Map<String, Object>) document;
      byName.put((String) ((Map<String, Object>) entity.get("metadata")).get("name"), entity);
    }
    return byName;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> part(Map<String, Object> entity, String key) {
    return (Map<String, Object>) entity.get(key);
  }

  @Test
  void write_stack_oneValidEntityPerServiceWithFullReferences() {
    BackstageExport export = BackstageWriter.write(STACK, BackstageOptions.builder()
        .owner("team-a").system("shop").lifecycle("experimental").build());

    Map<String, Map<String, Object>> entities = plain(export.text());
    // "Web-1" is valid and kept; "web:1" becomes "web-1", which Backstage would confuse with
    // "Web-1" (names compare without case), so it gets "-2".
    assertThat(entities).containsOnlyKeys("Web-1", "api", "cache", "db", "web-1-2");
    assertThat(export.renames()).containsExactly(Map.entry("web:1", "web-1-2"));
    assertThat(export.entities()).isEqualTo(5);
    assertThat(export.text()).startsWith("---\napiVersion: backstage.io/v1alpha1\n");

    Map<String, Object> api = entities.get("api");
    assertThat(api.get("kind")).isEqualTo("Component");
    assertThat(part(api, "spec")).containsEntry("type", "service")
        .containsEntry("lifecycle", "experimental").containsEntry("owner", "team-a")
        .containsEntry("system", "shop")
        .containsEntry("dependsOn", List.of("resource:default/db", "component:default/cache"));
    assertThat(part(part(api, "metadata"), "annotations"))
        .containsEntry("dev.topology/severity", "HIGH")
        .containsEntry("dev.topology/dependencies", "[{\"target\":\"resource:default/db\"},"
            + "{\"target\":\"component:default/cache\",\"kind\":\"runtime\",\"optional\":true,"
            + "\"citation\":\"api reads the cache.\"}]");

    Map<String, Object> db = entities.get("db");
    assertThat(db.get("kind")).isEqualTo("Resource");
    assertThat(part(db, "spec")).containsEntry("type", "database").containsEntry("owner", "team-a")
        .doesNotContainKey("lifecycle");

    Map<String, Object> web = entities.get("web-1-2");
    assertThat(part(web, "metadata")).containsEntry("description", "Serves pages.");
    assertThat(part(part(web, "metadata"), "annotations"))
        .containsEntry("dev.topology/name", "web:1");
    assertThat(part(web, "spec")).containsEntry("dependsOn", List.of("component:default/api"));
  }

  @Test
  void write_defaults_ownerUnknownNoSystemProductionDefaultNamespace() {
    Map<String, Map<String, Object>> entities = plain(BackstageWriter.write(STACK).text());

    for (Map<String, Object> entity : entities.values()) {
      assertThat(part(entity, "spec")).containsEntry("owner", "unknown")
          .doesNotContainKey("system");
      assertThat(part(entity, "metadata")).doesNotContainKey("namespace");
      if (entity.get("kind").equals("Component")) {
        assertThat(part(entity, "spec")).containsEntry("lifecycle", "production");
      }
    }
  }

  @Test
  void write_namespace_namedInMetadataAndReferences() {
    BackstageExport export = BackstageWriter.write(STACK,
        BackstageOptions.builder().namespace("shop").build());

    Map<String, Object> api = plain(export.text()).get("api");
    assertThat(part(api, "metadata")).containsEntry("namespace", "shop");
    assertThat(part(api, "spec"))
        .containsEntry("dependsOn", List.of("resource:shop/db", "component:shop/cache"));
    // Outside the default namespace the reader would name it shop/api: the annotation says api.
    assertThat(part(part(api, "metadata"), "annotations"))
        .containsEntry("dev.topology/name", "api");
    assertThat(BackstageReader.read(export.text()).topology()).isEqualTo(STACK);
  }

  @Test
  void write_conditions_resolvedAgainstTheDeployment() {
    Topology conditional = Topology.of(List.of(Setting.onOff("sso")), List.of(
        Service.builder().name("web").severity(Severity.LOW)
            .addDependencies(Dependency.startup("sso")
                .when(SettingCondition.when("sso", Setting.ON)))
            .build(),
        Service.builder().name("sso").severity(Severity.MEDIUM)
            .presentWhen(SettingCondition.when("sso", Setting.ON)).build()));

    assertThat(plain(BackstageWriter.write(conditional).text())).containsOnlyKeys("web");
    Map<String, Map<String, Object>> on = plain(BackstageWriter.write(conditional,
        BackstageOptions.builder().deployment(Deployment.defaults().with("sso", Setting.ON))
            .build()).text());
    assertThat(on).containsOnlyKeys("sso", "web");
    assertThat(part(on.get("web"), "spec")).containsEntry("dependsOn",
        List.of("component:default/sso"));
  }

  @Test
  void write_classingThatFails_listsEveryService() {
    BackstageOptions options = BackstageOptions.builder().classing(s -> s.name().startsWith("c")
        ? null : EntityClass.component()).build();

    assertThatThrownBy(() -> BackstageWriter.write(Topology.of(Service.of("cache", Severity.LOW),
        Service.of("cdn", Severity.LOW), Service.of("api", Severity.LOW)), options))
        .isInstanceOf(BackstageException.class)
        .hasMessage("2 problems:\n"
            + "- The classing gave no entity class for service 'cache'; return"
            + " EntityClass.component() or another class.\n"
            + "- The classing gave no entity class for service 'cdn'; return"
            + " EntityClass.component() or another class.");
  }

  @Test
  void options_invalidValues_refusedWithTheRule() {
    assertThatThrownBy(() -> BackstageOptions.builder().owner(" ").build())
        .isInstanceOf(BackstageException.class)
        .hasMessage("A Backstage owner is an entity reference such as team-a or"
            + " group:default/team-a, not ' '.");
    assertThatThrownBy(() -> BackstageOptions.builder().system("my system").build())
        .hasMessage("The system 'my system' is not a valid Backstage name; use 1 to 63 letters"
            + " and digits, in runs separated by one of - _ .");
    assertThatThrownBy(() -> BackstageOptions.builder().namespace("Shop").build())
        .hasMessageContaining("'Shop' is not a valid Backstage namespace");
    assertThatThrownBy(() -> EntityClass.of(EntityClass.Kind.RESOURCE, ""))
        .hasMessage("A Backstage Resource needs a spec.type, not blank text; give one such as"
            + " service or database.");
  }

  @Test
  void entityNames_madeValidDistinctAndShort() {
    String long70 = "a".repeat(70);
    List<String> names = new ArrayList<>(List.of("library/nginx", "library_nginx", "..x..",
        "--", "é", long70, long70 + "b", "ok"));
    Map<String, String> assigned = EntityNames.assign(names);

    assertThat(assigned).containsEntry("library/nginx", "library-nginx")
        .containsEntry("library_nginx", "library_nginx").containsEntry("..x..", "x")
        .containsEntry("--", "service").containsEntry("é", "service-2")
        .containsEntry(long70, "a".repeat(63)).containsEntry(long70 + "b", "a".repeat(61) + "-2")
        .containsEntry("ok", "ok");
  }
}
