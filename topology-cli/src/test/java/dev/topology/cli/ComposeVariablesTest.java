package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a Compose file's variables come from, as docker compose finds them: the environment
 * (given to the tool by the test, never the real one), then {@code --env-file} files, or the
 * {@code .env} next to the Compose file; and {@code COMPOSE_PROFILES} among them.
 *
 * <pre>
 *   app --links--&gt; ${DB:-pg}   pg (profile pg), my (profile my), cache (profile cache)
 *       --required: false--&gt; cache
 * </pre>
 */
class ComposeVariablesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String COMPOSE = """
      services:
        app:
          links: ["${DB:-pg}"]
          depends_on:
            cache: {condition: service_started, required: false}
        pg: {profiles: [pg]}
        my: {profiles: [my]}
        cache: {profiles: [cache]}
      """;

  @TempDir
  Path dir;

  private String compose;

  @BeforeEach
  void writeCompose() {
    compose = Cli.write(dir, "compose.yaml", COMPOSE).toString();
  }

  private static String waves(Cli.Result result) {
    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    return JSON.readTree(result.out()).get("waves").toString();
  }

  @Test
  void plan_dotenvNextToFile_variablesAndProfilesTaken() {
    Cli.write(dir, ".env", "DB=my\nCOMPOSE_PROFILES=my, cache\n");
    assertThat(waves(Cli.run("plan", "--compose", compose, "--json")))
        .isEqualTo("[[\"cache\",\"my\"],[\"app\"]]");
  }

  @Test
  void plan_noDotenv_dotenvIgnored() {
    Cli.write(dir, ".env", "DB=my\nCOMPOSE_PROFILES=my\n");
    Cli.Result result = Cli.run("plan", "--compose", compose, "--no-dotenv", "--json");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: '" + compose + "': services.app.links.pg:"
        + " service 'app' needs 'pg', which runs only with the profile 'pg'; switch it on, or"
        + " add required: false to the dependency.\n");
  }

  @Test
  void plan_envFiles_laterWinsAndDotenvNotRead() {
    Cli.write(dir, ".env", "COMPOSE_PROFILES=cache\n");
    Path first = Cli.write(dir, "first.env", "DB=my\nCOMPOSE_PROFILES=my\n");
    Path second = Cli.write(dir, "second.env", "COMPOSE_PROFILES=${DB},pg\n");
    // second.env sees DB from first.env; its COMPOSE_PROFILES wins; .env is not read.
    assertThat(waves(Cli.run("plan", "--compose", compose, "--env-file", first.toString(),
        "--env-file", second.toString(), "--json"))).isEqualTo("[[\"my\",\"pg\"],[\"app\"]]");
  }

  @Test
  void plan_environment_winsOverFiles() {
    Cli.write(dir, ".env", "DB=my\nCOMPOSE_PROFILES=my\n");
    assertThat(waves(Cli.runWithEnvironment(Map.of("DB", "pg", "COMPOSE_PROFILES", "pg,cache"),
        "plan", "--compose", compose, "--json"))).isEqualTo("[[\"cache\",\"pg\"],[\"app\"]]");
  }

  @Test
  void plan_profileOption_replacesComposeProfiles() {
    Cli.write(dir, ".env", "COMPOSE_PROFILES=cache,my\n");
    assertThat(waves(Cli.run("plan", "--compose", compose, "--profile", "pg", "--json")))
        .isEqualTo("[[\"pg\"],[\"app\"]]");
  }

  @Test
  void plan_starProfile_switchesEveryProfileOn() {
    Cli.write(dir, ".env", "COMPOSE_PROFILES=*\n");
    assertThat(waves(Cli.run("plan", "--compose", compose, "--json")))
        .isEqualTo("[[\"cache\",\"my\",\"pg\"],[\"app\"]]");
  }

  @Test
  void plan_composeProfilesUnknownName_refusedNamingTheVariable() {
    Cli.Result result = Cli.runWithEnvironment(Map.of("COMPOSE_PROFILES", "pg,cahce"), "plan",
        "--compose", compose);
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: COMPOSE_PROFILES in the environment: No"
        + " service has the profile 'cahce'. Did you mean 'cache'? The profiles are cache, my,"
        + " pg.\n");
  }

  @Test
  void plan_requiredVariableInEnvironmentUnset_refusedWithComposesMessage() {
    Path file = Cli.write(dir, "required.yaml",
        "services: {app: {image: app, environment: {DATABASE: \"${DATABASE:?set DATABASE in"
            + " .env}\"}}}\n");
    Cli.Result refused = Cli.run("plan", "--compose", file.toString(), "--no-dotenv");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("topology: '" + file + "': services.app.environment"
        + ".DATABASE: required variable DATABASE is missing a value: set DATABASE in .env\n");
    Cli.write(dir, ".env", "DATABASE=postgres\n");
    assertThat(Cli.run("plan", "--compose", file.toString()).code()).isZero();
  }

  @Test
  void plan_composeProfilesUnknownNameInDotenv_namesTheFileAndLine() {
    Cli.write(dir, ".env", "DB=pg\n# the database\nCOMPOSE_PROFILES=pgg\n");
    Cli.Result result = Cli.run("plan", "--compose", compose);
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: '" + dir.resolve(".env") + "', line 3:"
        + " COMPOSE_PROFILES: No service has the profile 'pgg'. Did you mean 'pg'? The profiles"
        + " are cache, my, pg.\n");
  }

  @Test
  void plan_composeProfilesUnknownNameInEnvFile_namesTheLaterFile() {
    Path first = Cli.write(dir, "first.env", "COMPOSE_PROFILES=pg\n");
    Path second = Cli.write(dir, "second.env", "X=1\nexport COMPOSE_PROFILES=mm\n");
    Cli.Result result = Cli.run("plan", "--compose", compose, "--env-file", first.toString(),
        "--env-file", second.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: '" + second + "', line 2: COMPOSE_PROFILES:"
        + " No service has the profile 'mm'. Did you mean 'my'? The profiles are cache, my,"
        + " pg.\n");
  }

  @Test
  void plan_brokenEnvFile_oneLinePerProblemWithFileAndLine() {
    Path env = Cli.write(dir, "bad.env", "OK=1\nBAD NAME=2\nQ=\"open\n");
    Cli.Result result = Cli.run("plan", "--compose", compose, "--env-file", env.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: '" + env + "': 2 problems:"
        + " - line 2: the variable name 'BAD NAME' contains a space."
        + " - line 3: the quoted value '\"open' of 'Q' is not closed; close it with \".\n");
  }

  @Test
  void plan_missingEnvFile_refused() {
    Cli.Result result = Cli.run("plan", "--compose", compose, "--env-file",
        dir.resolve("none.env").toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: '" + dir.resolve("none.env")
        + "' does not exist.\n");
  }

  @Test
  void plan_envFileWithoutCompose_refused() {
    Cli.Result result = Cli.run("plan", "--no-dotenv");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: --no-dotenv applies to a Compose file; give"
        + " it with --compose FILE.\n");
  }

  @Test
  void plan_difyWithItsShippedEnv_plansItsDatabaseAndVectorStore() throws IOException {
    // dify's .env.example selects its database and vector store with COMPOSE_PROFILES.
    Path dify = Files.createDirectory(dir.resolve("dify"));
    String file = Cli.write(dify, "docker-compose.yaml",
        resource("/compose/dify/docker-compose.yaml")).toString();
    Cli.write(dify, ".env", resource("/compose/dify/env.example"));
    assertThat(waves(Cli.run("plan", "--compose", file, "--json"))).isEqualTo(
        "[[\"db_postgres\",\"init_permissions\",\"redis\",\"sandbox\",\"ssrf_proxy\","
            + "\"weaviate\",\"web\"],[\"api\",\"plugin_daemon\",\"worker\",\"worker_beat\"],"
            + "[\"nginx\"]]");
    // The api needs the database it was given: its failure takes the api down.
    assertThat(JSON.readTree(Cli.run("impact", "db_postgres", "--phase", "runtime", "--compose",
        file, "--json").out()).get("affected")).extracting(a -> a.get("name").asString())
        .containsExactlyInAnyOrder("api", "nginx", "plugin_daemon", "worker", "worker_beat");
    // DB_TYPE in the environment picks MySQL instead, through the same .env.
    assertThat(waves(Cli.runWithEnvironment(Map.of("DB_TYPE", "mysql"), "plan", "--compose",
        file, "--json"))).startsWith("[[\"db_mysql\",");
  }

  @Test
  void plan_serviceScaledToZero_noteUnderTheHeading() {
    String scaled = Cli.write(dir, "scaled.yml", """
        services:
          web: {depends_on: [worker]}
          worker: {deploy: {replicas: 0}}
        """).toString();
    Cli.Result result = Cli.run("plan", "--compose", scaled, "--wide");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("Note: services.worker.deploy.replicas: docker compose up"
        + " starts no container of 'worker' (scaled to 0), so it is left out; web starts"
        + " without waiting for it, as Compose does.\n");
  }

  @Test
  void lint_composeFile_composeFindingsBesideTheEngines() {
    String file = Cli.write(dir, "lint.yml", """
        services:
          web:
            depends_on:
              db: {condition: service_healthy}
          db: {image: postgres}
        """).toString();
    Cli.Result result = Cli.run("lint", "--compose", file, "--wide");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("\nHEALTHCHECK_NOT_DECLARED (1): waits for a service"
        + " to be healthy that declares no healthcheck\n  services.web.depends_on.db: service"
        + " 'web' waits for 'db' to be healthy, but 'db' declares no healthcheck; docker"
        + " compose up fails on it unless its image defines one. Add a healthcheck to 'db', or"
        + " wait for service_started.\n");
    assertThat(JSON.readTree(Cli.run("lint", "--compose", file, "--json").out()).get("compose")
        .get(0).get("path").asString()).isEqualTo("services.web.depends_on.db");
    assertThat(JSON.readTree(Cli.run("lint", "--compose", file, "--json").out()).get("compose")
        .get(0).get("rule").asString()).isEqualTo("HEALTHCHECK_NOT_DECLARED");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ComposeVariablesTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
