package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several Compose files on the command line, a folder, and the files extends and include name.
 *
 * <pre>
 *   app/compose.yaml           db; web (extends base.yml's app: needs db)
 *   app/base.yml               app: image example/app, depends_on [db]
 *   app/compose.override.yaml  cache; web also needs cache
 * </pre>
 *
 * Worked out by hand: waves db, cache (0) and web (1) with the override; db (0), web (1)
 * without.
 */
class ComposeFilesTest {
  @TempDir
  Path dir;

  private Path app;

  @BeforeEach
  void writeFiles() throws IOException {
    app = Files.createDirectory(dir.resolve("app"));
    Cli.write(app, "compose.yaml", """
        services:
          db: {image: postgres}
          web:
            extends: {file: base.yml, service: app}
        """);
    Cli.write(app, "base.yml", "services: {app: {image: example/app, depends_on: [db]}}\n");
    Cli.write(app, "compose.override.yaml", """
        services:
          cache: {image: redis}
          web: {depends_on: [cache]}
        """);
  }

  private String path(String name) {
    return app.resolve(name).toString();
  }

  @Test
  void plan_twoComposeFiles_mergedInOrder() {
    Cli.Result result = Cli.run("plan", "--compose", path("compose.yaml"), "--compose",
        path("compose.override.yaml"));
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("0     cache", "\n      db ", "1     web");
  }

  @Test
  void plan_folder_composeFileAndItsOverride() {
    Cli.Result both = Cli.run("plan", "--compose", app.toString());
    Cli.Result one = Cli.run("plan", "--compose", path("compose.yaml"));
    assertThat(both.out()).contains("Topology: '" + path("compose.yaml") + "' +",
        "'" + path("compose.override.yaml") + "'\n", "0     cache");
    assertThat(both.out()).doesNotContain("''");
    assertThat(one.out()).contains("0     db", "1     web").doesNotContain("cache");
  }

  @Test
  void plan_extendsOutsideTheProjectFolder_refusedUnlessAllowed() {
    Cli.write(dir, "shared.yml", "services: {app: {image: shared}}\n");
    Path sub = Cli.write(app, "outside.yaml",
        "services: {web: {extends: {file: ../shared.yml, service: app}}}\n");
    Cli.Result refused = Cli.run("plan", "--compose", sub.toString());
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("topology: '" + sub + "': services.web.extends.file:"
        + " '../shared.yml' is outside the project folder '" + app.toAbsolutePath() + "'; give"
        + " --allow-outside-project to read it.\n");
    Cli.Result allowed = Cli.run("plan", "--compose", sub.toString(),
        "--allow-outside-project");
    assertThat(allowed.err()).isEmpty();
    assertThat(allowed.out()).contains("0     web");
  }

  @Test
  void plan_severalCauses_oneLineEach_repeatsShared() {
    StringBuilder yaml = new StringBuilder("services:\n  base: {}\n");
    for (int i = 0; i < 12; i++) {
      yaml.append("  s").append(i).append(": {extends: {file: missing.yml, service: base}}\n");
    }
    yaml.append("  web: {extends: bse}\n");
    Path file = Cli.write(app, "many.yaml", yaml.toString());
    Cli.Result result = Cli.run("plan", "--compose", file.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: '" + file + "': services.*.extends.file (12"
        + " services: s0, s1, s2, s3, s4, s5, s6, s7 and 4 more): There is no file"
        + " 'missing.yml' (the path from the project folder, '" + app + "').\n"
        + "topology: '" + file + "': services.web.extends: no service is named 'bse'. Did you"
        + " mean 'base'?\n");
  }

  @Test
  void plan_problemOfTheMergedProject_namesTheFilesTogether() {
    Path extra = Cli.write(app, "extra.yaml", "services: {web: {depends_on: [queue]}}\n");
    Cli.Result result = Cli.run("plan", "--compose", path("compose.yaml"), "--compose",
        extra.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: '" + path("compose.yaml") + "' + '" + extra
        + "': services.web.depends_on.queue: no service is named 'queue'.\n");
  }

  @Test
  void plan_folderWithOneFile_topologyLineQuotesTheFileOnce() throws IOException {
    Path alone = Files.createDirectory(dir.resolve("alone"));
    Path file = Cli.write(alone, "compose.yaml", "services: {db: {image: postgres}}\n");
    Cli.Result result = Cli.run("plan", "--compose", alone.toString());
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).contains("\nTopology: '" + file + "'\n");
  }

  @Test
  void plan_badYamlInAnExtendedFile_namesItQuotedOnce() throws IOException {
    Files.writeString(app.resolve("base.yml"), "services:\n  app: [\n");
    Cli.Result result = Cli.run("plan", "--compose", app.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).startsWith("topology: '" + path("base.yml") + "': The file is not"
        + " valid YAML: ");
    assertThat(result.err()).endsWith("(line 3, column 1).\n");
  }

  @Test
  void plan_extendsCycleAcrossFiles_namesTheFileQuotedOnce() throws IOException {
    Files.writeString(app.resolve("base.yml"),
        "services: {app: {extends: {file: compose.yaml, service: web}}}\n");
    Cli.Result result = Cli.run("plan", "--compose", path("compose.yaml"));
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: '" + path("base.yml") + "': services.app"
        + ".extends.service: 'extends' forms a cycle: compose.yaml web -> base.yml app ->"
        + " compose.yaml web; a service cannot extend itself, directly or through others.\n");
  }

  @Test
  void plan_problemOfTheOverrideFileAlone_namesThatFile() throws IOException {
    Files.writeString(app.resolve("compose.override.yaml"), """
        servics: {}
        services:
          web: {labels: {dev.topology.severity: LO}}
        """);
    Cli.Result result = Cli.run("plan", "--compose", app.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: '" + path("compose.override.yaml") + "':"
        + " servics: 'servics' is not a top-level key of a Compose file; the keys are services,"
        + " name, version, networks, volumes, configs, secrets, models, include and extensions"
        + " starting with x-.\n"
        + "topology: '" + path("compose.override.yaml") + "': services.web.labels.dev.topology"
        + ".severity: 'LO' is not a severity; use LOW, MEDIUM or HIGH.\n");
  }

  @Test
  void plan_standardInputTwice_refused() {
    Cli.Result result = Cli.runWithInput("services: {}", "plan", "--compose", "-",
        "--compose", "-");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: --compose reads standard input (-) once;"
        + " give - for one file only.\n");
  }

  @Test
  void plan_folderWithoutComposeFile_refused() {
    Cli.Result result = Cli.run("plan", "--compose", dir.resolve("app").resolve("..").toString()
        + "/missing-folder-is-a-file");
    assertThat(result.code()).isEqualTo(2);
    Cli.Result empty = Cli.run("plan", "--compose", dir.toString());
    assertThat(empty.code()).isEqualTo(2);
    assertThat(empty.err()).isEqualTo("topology: '" + dir + "' holds no Compose file; docker"
        + " compose looks for compose.yaml, compose.yml, docker-compose.yml,"
        + " docker-compose.yaml.\n");
  }
}
