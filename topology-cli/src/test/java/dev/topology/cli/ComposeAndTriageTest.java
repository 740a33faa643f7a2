package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tool on a Compose file and on captured {@code docker ps} output.
 *
 * <pre>
 *   web ==completed==> migrate ==healthy==> db      docs (profile docs) --> web
 *    \\==============healthy===============> db
 * </pre>
 *
 * <p>Worked out by hand: without profiles, db starts first, then migrate, then web; docs is
 * absent. With {@code --profile docs}, docs starts last. db failing at startup takes down
 * migrate (it waits for db) and web (it waits for both); at runtime only web, since migrate, a
 * task that others wait to complete, has exited.
 */
class ComposeAndTriageTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  private String compose;

  @BeforeEach
  void writeFiles() throws IOException {
    compose = Cli.write(dir, "docker-compose.yml", resource("/compose-small.yml")).toString();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ComposeAndTriageTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static JsonNode json(Cli.Result result) {
    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    return JSON.readTree(result.out());
  }

  @Test
  void plan_composeFile_wavesAndProfiles() {
    assertThat(json(Cli.run("plan", "--compose", compose, "--json")).get("waves").toString())
        .isEqualTo("[[\"db\"],[\"migrate\"],[\"web\"]]");
    assertThat(json(Cli.run("plan", "--compose", compose, "--profile", "docs", "--json"))
        .get("waves").toString()).isEqualTo("[[\"db\"],[\"migrate\"],[\"web\"],[\"docs\"]]");
  }

  @Test
  void impact_composeFile_migrationOnlyAtStartup() {
    assertThat(json(Cli.run("impact", "db", "--phase", "startup", "--compose", compose,
        "--json")).get("affected")).extracting(a -> a.get("name").asString())
        .containsExactlyInAnyOrder("migrate", "web");
    assertThat(json(Cli.run("impact", "db", "--phase", "runtime", "--compose", compose,
        "--json")).get("affected")).extracting(a -> a.get("name").asString())
        .containsExactly("web");
  }

  @Test
  void export_composeFileWithProfile_readsBackWithTheSamePlan() {
    Cli.Result exported = Cli.run("export", "--compose", compose, "--profile", "docs");
    assertThat(exported.code()).isZero();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = TopologyCli.run(new String[] {"plan", "--topology", "-"},
        new ByteArrayInputStream(exported.out().getBytes(StandardCharsets.UTF_8)), out, err,
        Terminal.plain(), java.util.Map.of());
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String viaJson = out.toString(StandardCharsets.UTF_8);
    String direct = Cli.run("plan", "--compose", compose, "--profile", "docs").out();
    assertThat(table(viaJson)).isEqualTo(table(direct));
    assertThat(viaJson).doesNotContain("Deployment:");
    // The installation's choices are made: the file keeps none that could change nothing.
    assertThat(exported.out()).doesNotContain("\"choices\"").doesNotContain("presentWhen");
  }

  /** A plan's table, from its heading row on. */
  private static java.util.List<String> table(String plan) {
    return plan.lines().dropWhile(line -> !line.startsWith("WAVE")).toList();
  }

  @Test
  void export_composeFileWithoutProfile_declaredChoicesKept() {
    Cli.Result exported = Cli.run("export", "--compose", compose);

    assertThat(exported.code()).isZero();
    assertThat(exported.out()).contains("\"choices\"").contains("\"presentWhen\"");
  }

  @Test
  void anyCommand_dependencyOnUnknownService_saysFilePlaceAndClosestName() {
    String broken = Cli.write(dir, "broken.yml", """
        services:
          dbs:
            image: postgres:16
          web:
            image: example/app
            depends_on: [db]
        """).toString();
    Cli.Result result = Cli.run("plan", "--compose", broken);
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: '" + broken
        + "': services.web.depends_on.db: no service is named 'db'. Did you mean 'dbs'?\n");
  }

  @Test
  void anyCommand_unknownProfile_isRefusedWithTheKnownOnes() {
    Cli.Result result = Cli.run("plan", "--compose", compose, "--profile", "dcos");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).startsWith("topology: ").contains("'dcos'").contains("'docs'");
  }

  @Test
  void triage_postgresExited_leadsWithTheCauseAndTheRestartOrder() throws IOException {
    String capture = Cli.write(dir, "ps.jsonl", resource("/catalog-postgres-exited.jsonl"))
        .toString();
    Cli.Result text = Cli.run("triage", "--docker-ps", capture);
    assertThat(text.code()).isZero();
    // postgres exited (137) and the nine services that need it exited after it: one cause.
    assertThat(text.out()).startsWith("10 services down, 1 root cause: postgres (HIGH).");
    JsonNode answer = json(Cli.run("triage", "--docker-ps", capture, "--json"));
    assertThat(answer.get("causes")).extracting(c -> c.get("service").asString())
        .containsExactly("postgres");
    assertThat(answer.get("recovery").get(0).get("service").asString()).isEqualTo("postgres");
  }

  @Test
  void triage_unreadableCapture_isAUserMistake() {
    String capture = Cli.write(dir, "ps.jsonl", "{\"Names\": \"postgres\", \"State\": 7}\n")
        .toString();
    Cli.Result result = Cli.run("triage", "--docker-ps", capture);
    assertThat(result.code()).isEqualTo(2);
    // The file is named, as for Compose and topology files.
    assertThat(result.err()).startsWith("topology: '" + capture + "': Line 1: Container"
        + " 'postgres'");
  }

  private static final String ACME = """
      {"Names":"acme-db-1","Image":"postgres:16","State":"exited","Status":"Exited (1) 1 minute ago",\
      "Labels":"com.docker.compose.project=acme,com.docker.compose.service=db"}
      {"Names":"acme-web-1","Image":"acme/web:2","State":"running","Status":"Up 2 hours",\
      "Labels":"com.docker.compose.project=acme,com.docker.compose.service=web"}
      """;

  @Test
  void triage_anotherProjectsContainersOnTheCatalog_refusedWithTheTopologyToPass() {
    String capture = Cli.write(dir, "ps.jsonl", ACME).toString();
    Cli.Result result = Cli.run("triage", "--docker-ps", capture);
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("topology: '" + capture + "': The containers belong to"
        + " the Compose project 'acme', and this topology is no Compose project; triage them"
        + " against that project's Compose file. Triage used the bundled CircleCI Server 2.x"
        + " catalog; pass the topology the containers belong to with --compose FILE or"
        + " --topology FILE.\n");
  }

  @Test
  void triage_anotherProjectsContainersOnACompose_refusedNamingBothProjectsAndTheOverride() {
    // The Compose file states no name: its folder names the project, as Compose does.
    String capture = Cli.write(dir, "ps.jsonl", ACME).toString();
    String project = dir.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9_-]", "").replaceFirst("^[_-]+", "");
    Cli.Result result = Cli.run("triage", "--docker-ps", capture, "--compose", compose);
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: '" + capture + "': The containers belong to"
        + " the Compose project 'acme', not to '" + project + "'; triage them against the"
        + " Compose file of that project. Pass the Compose file of their project with --compose"
        + " FILE, or, if this file is theirs run under another name, add --project acme: it"
        + " overrides the file's name: and its folder's name, as docker compose -p does.\n");
    // Told the project is acme, the same file is triaged: db and web are its services.
    JsonNode answer = json(Cli.run("triage", "--docker-ps", capture, "--compose", compose,
        "--project", "acme", "--json"));
    assertThat(answer.get("failed").toString()).isEqualTo("[\"db\"]");
    assertThat(answer.get("coverage").asString()).isEqualTo("PARTIAL");
    assertThat(answer.get("unobserved").toString()).isEqualTo("[\"migrate\"]");
  }

  @Test
  void triage_emptyCapture_refusedNamingTheFile() {
    String capture = Cli.write(dir, "ps.jsonl", "").toString();
    Cli.Result result = Cli.run("triage", "--compose-ps", capture, "--compose", compose);
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: '" + capture + "': No containers in the input:"
        + " a triage needs at least one observed container; an empty observation says nothing"
        + " about any service.\n");
  }

  @Test
  void triage_captureAndComposeBothFromStandardInput_refusedBeforeReading() {
    Cli.Result result = Cli.runWithInput("services: {}", "triage", "--compose-ps", "-",
        "--compose", "-");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: --compose-ps - and --compose - both name"
        + " standard input, which can be read once; give one of them as a file.\n");
  }

  @Test
  void triage_containerOfAProfileOff_switchesItOnAndSaysWhichProfile() {
    String capture = Cli.write(dir, "ps.json", """
        [{"Name": "p-db-1", "Service": "db", "State": "running", "Health": "healthy"},
         {"Name": "p-migrate-1", "Service": "migrate", "State": "exited", "ExitCode": 0},
         {"Name": "p-web-1", "Service": "web", "State": "running"},
         {"Name": "p-docs-1", "Service": "docs", "State": "exited", "ExitCode": 2}]
        """).toString();
    Cli.Result text = Cli.run("triage", "--compose-ps", capture, "--compose", compose);
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out().replace('\n', ' ')).contains("Switched on for this triage, as containers of their"
        + " services were seen: docs=on (--profile docs asks the same).");
    JsonNode answer = json(Cli.run("triage", "--compose-ps", capture, "--compose", compose,
        "--json"));
    assertThat(answer.get("switchedOn").toString()).isEqualTo("{\"docs\":\"on\"}");
    assertThat(answer.get("failed").toString()).isEqualTo("[\"docs\"]");
    assertThat(answer.get("coverage").asString()).isEqualTo("COMPLETE");
  }

  @Test
  void triage_missingCaptureOption_noDoubledError() {
    Cli.Result result = Cli.run("triage");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).startsWith("topology: Missing required argument").doesNotContain(
        "Error:");
  }

  @Test
  void help_topLevel_mentionsCompose() {
    assertThat(Cli.run("--help").out().replace('\n', ' ')).contains("(--compose FILE,",
        "(--topology FILE)");
  }

  @Test
  void triage_coverageOption_partialDockerPsCountedComplete() {
    // One container: partial, db alone judged; said complete, migrate and web were never
    // created.
    String capture = Cli.write(dir, "ps.jsonl", """
        {"Names":"db","State":"running","Status":"Up 1 hour"}
        """).toString();
    JsonNode partial = json(Cli.run("triage", "--docker-ps", capture, "--compose", compose,
        "--json"));
    assertThat(partial.get("failed").toString()).isEqualTo("[]");
    assertThat(partial.get("unobserved").toString()).isEqualTo("[\"migrate\",\"web\"]");
    JsonNode complete = json(Cli.run("triage", "--docker-ps", capture, "--compose", compose,
        "--coverage", "complete", "--json"));
    assertThat(complete.get("coverage").asString()).isEqualTo("COMPLETE");
    assertThat(complete.get("failed").toString()).isEqualTo("[\"web\"]");
  }

  @Test
  void triage_projectWithoutCompose_refused() {
    String capture = Cli.write(dir, "ps.jsonl", """
        {"Names":"postgres","State":"running","Status":"Up 1 hour"}
        """).toString();
    Cli.Result result = Cli.run("triage", "--docker-ps", capture, "--project", "shop");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: --project names a Compose project; give it"
        + " with --compose FILE.\n");
  }

  @Test
  void triage_longReason_printedInFullNotCut() {
    // web has no container in a complete capture: "never created: no container in a complete
    // observation", 54 characters, once cut at 50.
    String capture = Cli.write(dir, "ps.json", """
        [{"Name": "p-db-1", "Service": "db", "State": "running", "Health": "healthy"},
         {"Name": "p-migrate-1", "Service": "migrate", "State": "exited", "ExitCode": 0}]
        """).toString();
    for (String wide : new String[] {"--no-color", "--wide"}) {
      Cli.Result text = Cli.run("triage", "--compose-ps", capture, "--compose", compose, wide);
      assertThat(text.code()).as(text.err()).isZero();
      assertThat(text.out()).as(wide)
          .contains("web     MEDIUM    not seen  never created: no container in a complete"
              + " observation\n")
          .contains("0     start   web      never created: no container in a complete"
              + " observation\n")
          .doesNotContain("...");
    }
  }

  @Test
  void triage_wide_listsEveryNameAndKeepsTheSummaryOnOneLine() {
    String six = Cli.write(dir, "six.yml", """
        services:
          a: {image: example/a}
          b: {image: example/b}
          c: {image: example/c}
          d: {image: example/d}
          e: {image: example/e}
          f: {image: example/f, depends_on: [a, b, c, d, e]}
        """).toString();
    String capture = Cli.write(dir, "ps.jsonl", """
        {"Names":"f","State":"running","Status":"Up 1 hour"}
        """).toString();
    Cli.Result shortened = Cli.run("triage", "--docker-ps", capture, "--compose", six);
    assertThat(shortened.out()).contains("Not observed (partial input; not counted down): a, b,"
        + " c, d and 1 more\n");
    Cli.Result wide = Cli.run("triage", "--docker-ps", capture, "--compose", six, "--wide");
    assertThat(wide.code()).as(wide.err()).isZero();
    assertThat(wide.out()).contains("Not observed (partial input; not counted down): a, b, c, d,"
        + " e\n");
  }

  @Test
  void triage_profileSwitchedOnBesideComposeProfiles_deploymentAndHintShowEveryProfileOn()
      throws IOException {
    // COMPOSE_PROFILES switches postgres on; a mysql container switches mysql on as well.
    Path project = java.nio.file.Files.createDirectories(dir.resolve("shop"));
    Cli.write(project, ".env", "COMPOSE_PROFILES=postgres\n");
    String file = Cli.write(project, "compose.yaml", """
        services:
          postgres: {image: postgres:16, profiles: [postgres]}
          mysql: {image: mysql:8.4, profiles: [mysql]}
          app: {image: example/app}
        """).toString();
    String capture = Cli.write(dir, "ps.json", """
        [{"Name": "shop-app-1", "Service": "app", "State": "running",
          "Labels": "com.docker.compose.project=shop,com.docker.compose.service=app"},
         {"Name": "shop-mysql-1", "Service": "mysql", "State": "running",
          "Labels": "com.docker.compose.project=shop,com.docker.compose.service=mysql"}]
        """).toString();
    Cli.Result text = Cli.run("triage", "--compose-ps", capture, "--compose", file);
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).contains("Deployment: mysql=on, postgres=on\n");
    assertThat(text.out().replace('\n', ' ')).contains("Switched on for this triage, as"
        + " containers of their services were seen: mysql=on (--profile mysql --profile postgres"
        + " ask the same).");
    // The options named ask the same: the same verdicts, nothing switched on.
    JsonNode asked = json(Cli.run("triage", "--compose-ps", capture, "--compose", file,
        "--profile", "mysql", "--profile", "postgres", "--json"));
    JsonNode switched = json(Cli.run("triage", "--compose-ps", capture, "--compose", file,
        "--json"));
    assertThat(asked.get("switchedOn").toString()).isEqualTo("{}");
    assertThat(asked.get("services")).isEqualTo(switched.get("services"));
  }

  @Test
  void triage_json_toCheckSortedByNameAsRestartsIs() {
    // zeta needs db and alpha needs api: checked in waves 1 and 2, listed by name.
    String file = Cli.write(dir, "checks.yml", """
        services:
          db: {image: postgres:16}
          api: {image: example/api, depends_on: {db: {condition: service_started, restart: true}}}
          zeta: {image: example/zeta, depends_on: [db]}
          alpha: {image: example/alpha, depends_on: [api]}
        """).toString();
    String capture = Cli.write(dir, "ps.json", """
        [{"Name": "p-db-1", "Service": "db", "State": "exited", "ExitCode": 137},
         {"Name": "p-api-1", "Service": "api", "State": "running"},
         {"Name": "p-zeta-1", "Service": "zeta", "State": "running"},
         {"Name": "p-alpha-1", "Service": "alpha", "State": "running"}]
        """).toString();
    JsonNode answer = json(Cli.run("triage", "--compose-ps", capture, "--compose", file,
        "--json"));
    assertThat(answer.get("toCheck").toString()).isEqualTo("[\"alpha\",\"zeta\"]");
    assertThat(json(Cli.run("restart", "db", "--compose", file, "--json")).get("toCheck")
        .toString()).isEqualTo("[\"alpha\",\"zeta\"]");
  }
}
