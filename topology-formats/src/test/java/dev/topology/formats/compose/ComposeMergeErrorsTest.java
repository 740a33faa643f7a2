package dev.topology.formats.compose;

import static dev.topology.formats.compose.ComposeMergeTest.merged;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.formats.internal.HardenedYaml;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every problem of a project of several files names the file and the place. */
class ComposeMergeErrorsTest {
  private static void refused(Map<String, String> resolvable, String message,
      String... texts) {
    assertThatThrownBy(() -> merged(resolvable, texts))
        .isInstanceOf(ComposeFileException.class).hasMessage(message);
  }

  @Test
  void read_extendsOfAMisspelledService_fileAndPlaceAndClosestName() {
    refused(Map.of(), "override1.yaml: services.api.extends.service: no service is named 'bse'."
            + " Did you mean 'base'?",
        "services: {base: {}}",
        "services: {base: {image: b}, api: {extends: {service: bse}}}");
  }

  @Test
  void read_extendsOfAMissingFile_namesThePathRead() {
    refused(Map.of(), "compose.yaml: services.api.extends.file: There is no file"
            + " 'common/base.yml' (the path from the project folder, the folder of the first"
            + " file).",
        "services: {api: {extends: {file: ./common/base.yml, service: base}}}");
  }

  @Test
  void read_extendsCycleAcrossFiles_wholeCycleNamed() {
    refused(Map.of("b.yml", "services: {b: {extends: {file: compose.yaml, service: a}}}"),
        "b.yml: services.b.extends.service: 'extends' forms a cycle: compose.yaml a -> b.yml b"
            + " -> compose.yaml a; a service cannot extend itself, directly or through others.",
        "services: {a: {extends: {file: b.yml, service: b}}}");
  }

  @Test
  void read_extendsCycleInOneFile_refused() {
    refused(Map.of(), "compose.yaml: services.b.extends: 'extends' forms a cycle: a -> b -> a;"
            + " a service cannot extend itself, directly or through others.",
        "services: {a: {extends: b}, b: {extends: a}}");
  }

  @Test
  void read_includeCycle_refused() {
    refused(Map.of("a.yml", "include: [sub/b.yml]\nservices: {}",
            "sub/b.yml", "include: [../a.yml]\nservices: {}"),
        "sub/b.yml: include[0]: 'include' forms a cycle: a.yml -> sub/b.yml -> a.yml; a file"
            + " cannot include itself, directly or through others.",
        "include: [a.yml]\nservices: {}");
  }

  @Test
  void read_includedFileRedefinesAService_refused() {
    refused(Map.of("db.yml", "services: {db: {image: pg:16}}"),
        "compose.yaml: include[0]: 'db.yml' defines the service 'db', which is defined here"
            + " already; Compose refuses a service defined differently by a file and one it"
            + " includes (rename one, or change it in an override file).",
        "include: [db.yml]\nservices: {db: {image: pg:15}}");
  }

  @Test
  void read_overrideOfAnotherProjectName_refused() {
    refused(Map.of(), "override1.yaml: name: The project is named 'shop' by 'compose.yaml', and"
            + " 'blog' here; an override file names the same project, or none.",
        "name: shop\nservices: {}", "name: blog\nservices: {}");
  }

  @Test
  void read_resolverRefusesAPath_itsReasonAtThePlace() {
    ComposeReader reader = ComposeReader.builder().resolver(path -> {
      throw new ComposeFileException("", path + " is outside the project folder.");
    }).build();
    assertThatThrownBy(() -> reader.read(List.of(ComposeFile.of("compose.yaml",
            "include: [../shared.yml]\nservices: {}"))))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("compose.yaml: include[0]: ../shared.yml is outside the project folder.");
  }

  @Test
  void read_brokenYamlInAResolvedFile_namesThatFile() {
    refused(Map.of("b.yml", "services: [\n"), "b.yml: The file is not valid YAML: while"
            + " parsing a flow node expected the node content, but found '<stream end>'"
            + " (line 2, column 1).",
        "services: {a: {extends: {file: b.yml, service: x}}}");
  }

  @Test
  void read_mappingMergedOntoAList_refusedWithPlace() {
    refused(Map.of(), "override1.yaml: services.web.x-custom: Cannot merge a mapping onto a"
            + " list; Compose merges a mapping onto a mapping and a list onto a list (use"
            + " !override to replace the value).",
        "services: {web: {x-custom: [a]}}", "services: {web: {x-custom: {a: b}}}");
  }

  @Test
  void read_manyServicesWithTheSameProblem_oneLineNamingThem() {
    StringBuilder yaml = new StringBuilder("services:\n");
    for (int i = 0; i < 34; i++) {
      yaml.append("  s").append(i).append(": {extends: {file: base.yml, service: s}}\n");
    }
    refused(Map.of(), "compose.yaml: services.*.extends.file (34 services: s0, s1, s2, s3, s4,"
        + " s5, s6, s7 and 26 more): There is no file 'base.yml' (the path from the project"
        + " folder, the folder of the first file).", yaml.toString());
  }

  @Test
  void read_oneFileProjectWithAMappingProblem_namesTheFile() {
    refused(Map.of(), "compose.yaml: services.web.depends_on.db: no service is named 'db'.",
        "services: {web: {depends_on: [db]}}");
  }

  @Test
  void read_longChainOfExtends_refusedAtTheLimit() {
    StringBuilder yaml = new StringBuilder("services:\n");
    for (int i = 0; i < 150; i++) {
      yaml.append("  s").append(i).append(": {extends: s").append(i + 1).append("}\n");
    }
    yaml.append("  s150: {image: base}\n");
    assertThatThrownBy(() -> ComposeReader.defaults().read(yaml.toString()))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("services.s100.extends: 'extends' chains more than 100 services; that is the"
            + " limit.");
  }

  @Test
  void read_longDependsOnListsMerged_eachTargetOnce() {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      names.append(i == 0 ? "" : ", ").append("x").append(i);
    }
    ComposeMerge merge = new ComposeMerge("o.yaml", new java.util.ArrayList<>());
    Object merged = merge.service(HardenedYaml.read("{depends_on: [" + names + "]}"),
        HardenedYaml.read("{depends_on: [" + names + ", y]}"), "services.web");
    List<Object> targets =
        new java.util.ArrayList<>((List<?>) ((Map<?, ?>) merged).get("depends_on"));
    org.assertj.core.api.Assertions.assertThat(targets).hasSize(50_001);
    org.assertj.core.api.Assertions.assertThat(targets.subList(49_999, 50_001))
        .containsExactly("x49999", "y");
  }

  @Test
  void read_noFiles_refused() {
    assertThatThrownBy(() -> ComposeReader.defaults().read(List.of()))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("A Compose project is read from one file or more, not none.");
  }

  @Test
  void read_tooMuchTextThroughTheResolver_refused() {
    // Short lines, which the parser reads fast: the limit is about the whole read.
    String big = ("# " + "a".repeat(1021) + "\n").repeat(7 << 10) + "services: {}";
    StringBuilder includes = new StringBuilder("include:\n");
    for (int i = 0; i < 10; i++) {
      includes.append("  - f").append(i).append(".yml\n");
    }
    ComposeReader reader = ComposeReader.builder()
        .resolver(path -> Optional.of(big)).build();
    assertThatThrownBy(() -> reader.read(List.of(ComposeFile.of("compose.yaml",
            includes + "services: {}"))))
        .isInstanceOf(ComposeFileException.class)
        .hasMessage("compose.yaml: include[9]: Reading 'f9.yml' takes the files read past the"
            + " limit of 67108864 characters (64 MiB) in all.");
  }
}
