package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.topology.api.Dependency;
import dev.topology.api.Readiness;
import dev.topology.api.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Files merged as {@code docker compose -f compose.yaml -f override.yaml} merges them. */
class ComposeMergeTest {
  /** The project of the texts, the first as compose.yaml, the others as override1.yaml... */
  static ComposeProject merged(Map<String, String> resolvable, String... texts) {
    List<ComposeFile> files = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      files.add(ComposeFile.of(i == 0 ? "compose.yaml" : "override" + i + ".yaml", texts[i]));
    }
    return ComposeReader.builder().resolver(path -> Optional.ofNullable(resolvable.get(path)))
        .build().read(files);
  }

  static ComposeProject merged(String... texts) {
    return merged(Map.of(), texts);
  }

  static List<String> needs(ComposeProject project, String service) {
    return project.topology().service(service).dependencies().stream()
        .map(Dependency::target).toList();
  }

  @Test
  void read_overrideFile_mappingsMergedScalarsReplaced() {
    ComposeProject project = merged(
        "services: {web: {image: app:1, labels: {team: core, tier: front}}}",
        "services: {web: {image: app:2, labels: {tier: back}}, db: {image: pg}}");
    Service web = project.topology().service("web");
    assertThat(web.image()).contains("app:2");
    assertThat(web.labels()).containsExactly(entry("team", "core"), entry("tier", "back"));
    assertThat(project.topology().service("db").image()).contains("pg");
  }

  @Test
  void read_shortDependsOnInBothFiles_appendedWithoutRepeats() {
    ComposeProject project = merged(
        "services: {db: {}, cache: {}, web: {depends_on: [db]}}",
        "services: {web: {depends_on: [cache, db]}}");
    assertThat(needs(project, "web")).containsExactly("db", "cache");
  }

  @Test
  void read_shortOntoLongDependsOn_mergedAsMappings() {
    ComposeProject project = merged(
        "services: {db: {}, cache: {}, web: {depends_on: {db: {condition: service_healthy}}}}",
        "services: {web: {depends_on: [cache]}}");
    assertThat(project.topology().service("web").dependencies())
        .extracting(Dependency::target, Dependency::readiness)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("db", Readiness.HEALTHY),
            org.assertj.core.groups.Tuple.tuple("cache", Readiness.STARTED));
  }

  @Test
  void read_labelsListOntoMapping_mergedByKey() {
    ComposeProject project = merged(
        "services: {web: {labels: {a: '1', b: '2'}}}",
        "services: {web: {labels: [b=3, c=4]}}");
    assertThat(project.topology().service("web").labels())
        .containsOnly(entry("a", "1"), entry("b", "3"), entry("c", "4"));
  }

  @Test
  void read_resetTag_clearsTheBaseValue() {
    ComposeProject project = merged(
        "services: {db: {}, web: {image: app, depends_on: [db], labels: {a: '1', b: '2'}}}",
        "services: {web: {image: !reset null, depends_on: !reset [], labels: {a: !reset null}}}");
    Service web = project.topology().service("web");
    assertThat(web.image()).isEmpty();
    assertThat(web.dependencies()).isEmpty();
    assertThat(web.labels()).containsOnly(entry("b", "2"));
  }

  @Test
  void read_overrideTag_replacesInsteadOfMerging() {
    ComposeProject project = merged(
        "services: {db: {}, cache: {}, web: {depends_on: [db], labels: {a: '1'}}}",
        "services: {web: {depends_on: !override [cache], labels: !override {b: '2'}}}");
    assertThat(needs(project, "web")).containsExactly("cache");
    assertThat(project.topology().service("web").labels()).containsOnly(entry("b", "2"));
  }

  @Test
  void read_mergeTagsInOneFile_settledAsCompose() {
    ComposeProject project = ComposeReader.defaults().read(
        "services: {db: {}, web: {image: !reset app, depends_on: !override [db]}}");
    assertThat(project.topology().service("web").image()).isEmpty();
    assertThat(needs(project, "web")).containsExactly("db");
  }

  @Test
  void read_overrideFileWithProfiles_profilesOfTheMergedProject() {
    ComposeProject project = merged("services: {web: {}}",
        "services: {debug: {profiles: [debug], depends_on: [web]}}");
    assertThat(project.profiles()).containsExactly("debug");
    assertThat(project.files()).containsExactly("compose.yaml", "override1.yaml");
  }

  @Test
  void read_emptyOverride_sameProject() {
    String base = Fixtures.compose("selfhosted.yml");
    assertThat(merged(base, "services: {}").topology())
        .isEqualTo(ComposeReader.defaults().read(base).topology());
  }

  @Test
  void read_commandAndVolumes_replacedAndUniqueByTarget() {
    ComposeMerge merge = new ComposeMerge("o.yaml", new ArrayList<>());
    Object merged = merge.service(
        Map.of("command", List.of("a", "b"), "volumes", List.of("data:/var/lib", "/logs")),
        Map.of("command", List.of("c"), "volumes", List.of("other:/var/lib", "/tmp")),
        "services.web");
    assertThat(merged).isEqualTo(Map.of("command", List.of("c"),
        "volumes", List.of("other:/var/lib", "/logs", "/tmp")));
  }

  @Test
  void read_sameProjectNameOrNone_accepted() {
    assertThat(merged("name: shop\nservices: {web: {}}", "services: {web: {}}",
        "name: shop\nservices: {}").name()).contains("shop");
  }
}
