package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.DependencyKind;
import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.lint.LintRule;
import dev.topology.graph.startup.Phase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hand-written web stack in the tool's hands, answered in its own terms: two choices of its
 * own, one image shared by four services, a one-shot migration, an optional cache, labels.
 *
 * <pre>
 *   nginx ──► app ──► migrate (one-shot) ──► postgres      app also needs postgres itself,
 *              │ └────────────────────────────► postgres   and wants redis (optional).
 *              └┄┄?┄┄► redis (only with cache=on)
 *   worker ──► postgres, ┄?┄► redis      cron ──► app, postgres     (both only with tier=large)
 * </pre>
 *
 * <p>Worked out by hand, default deployment (cache=on, tier=small): five services; waves
 * postgres and redis, then migrate, then app, then nginx; postgres failing takes down migrate,
 * app and nginx at startup, but only app and nginx at runtime (migrate has exited); redis takes
 * nothing down. Lint finds no redundant dependency: app's chain to postgres through migrate
 * carries nothing at runtime. With tier=large, cron's postgres is redundant through app (every
 * step required and long-running).
 */
class WebStackTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir
  Path dir;

  private String file;

  @BeforeEach
  void writeTopology() throws IOException {
    file = Cli.write(dir, "webstack.json", resource()).toString();
  }

  static String resource() throws IOException {
    try (InputStream in = WebStackTest.class.getResourceAsStream("/webstack.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private JsonNode json(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--topology", file, "--json"));
    Cli.Result result = Cli.run(all.toArray(String[]::new));
    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    return JSON.readTree(result.out());
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(node -> names.add(node.isString() ? node.asString() : node.get("name").asString()));
    return names;
  }

  @Test
  void plan_defaults_fourWavesOfTheFivePresentServices() {
    JsonNode plan = json("plan");
    assertThat(plan.get("waves").toString())
        .isEqualTo("[[\"postgres\",\"redis\"],[\"migrate\"],[\"app\"],[\"nginx\"]]");
  }

  @Test
  void plan_choosingLargeTierAndNoCache_addsWorkerAndCronWithoutRedis() {
    JsonNode plan = json("plan", "--choose", "tier=large", "--choose", "cache=off");
    assertThat(plan.get("waves").toString()).isEqualTo(
        "[[\"postgres\"],[\"migrate\",\"worker\"],[\"app\"],[\"cron\",\"nginx\"]]");
  }

  @Test
  void impact_postgres_takesDownTheMigrationOnlyAtStartup() {
    assertThat(names(json("impact", "postgres", "--phase", "STARTUP").get("affected")))
        .containsExactlyInAnyOrder("migrate", "app", "nginx");
    assertThat(names(json("impact", "postgres", "--phase", "RUNTIME").get("affected")))
        .containsExactlyInAnyOrder("app", "nginx");
  }

  @Test
  void impact_optionalCache_takesNothingDown() {
    assertThat(json("impact", "redis").get("affected")).isEmpty();
  }

  @Test
  void lint_defaults_noRedundantDependencyForAppsPostgres() {
    JsonNode findings = json("lint").get("findings");
    assertThat(findings).extracting(f -> f.get("rule").asString())
        .containsExactly("SINGLE_POINT_OF_FAILURE");
  }

  @Test
  void lint_everyFindingFollowed_changesNoImpact() throws IOException {
    Topology topology = TopologyJson.read(resource());
    for (String tier : List.of("small", "large")) {
      var deployment = dev.topology.api.Deployment.defaults().with("tier", tier);
      TopologyGraph graph = TopologyGraph.of(topology, deployment);
      for (LintFinding finding : graph.lint()) {
        if (finding.rule() != LintRule.REDUNDANT_DEPENDENCY) {
          continue;
        }
        String from = finding.services().get(0);
        String to = finding.services().get(1);
        Topology followed = topology.withService(from, s -> s.toBuilder().dependencies(
            s.dependencies().stream().filter(d -> d.kind() != DependencyKind.STARTUP
                || !d.target().equals(to)).toList()).build());
        TopologyGraph after = TopologyGraph.of(followed, deployment);
        for (String service : graph.topology().names()) {
          for (Phase phase : Phase.values()) {
            assertThat(after.impact(phase, service).affectedNames())
                .as("%s failing at %s after following %s", service, phase, finding)
                .isEqualTo(graph.impact(phase, service).affectedNames());
          }
        }
      }
    }
  }

  @Test
  void diff_choosingLargeTier_addsWorkerAndCronAndRaisesNginx() {
    JsonNode diff = json("diff", "--against-choose", "tier=large");
    assertThat(names(diff.get("addedServices"))).containsExactly("cron", "worker");
    assertThat(diff.get("severityChanges").toString())
        .isEqualTo("[{\"service\":\"nginx\",\"before\":\"MEDIUM\",\"after\":\"HIGH\"}]");
    assertThat(diff.get("after").get("deployment").get("choices").toString())
        .isEqualTo("{\"cache\":\"on\",\"tier\":\"large\"}");
  }

  @Test
  void graph_defaults_saysTheDeploymentInItsOwnTermsAndDrawsTheOptionalEdge() {
    String dot = json("graph").get("text").asString();
    assertThat(dot).startsWith("// Topology of 5 services (cache=on, tier=small):")
        .contains("arrowhead=odot").doesNotContain("ldap").doesNotContain("S3");
  }

  @Test
  void anyCommand_ldapShorthandOnThisStack_isRefusedInOneLine() {
    Cli.Result result = Cli.run("plan", "--topology", file, "--ldap");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: --ldap stands for --choose ldap=on, which this"
        + " topology does not declare; its choices are cache=on|off, tier=small|large.\n");
  }

  @Test
  void anyCommand_unknownChoice_suggestsTheClosest() {
    Cli.Result result = Cli.run("plan", "--topology", file, "--choose", "teir=large");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).startsWith("topology: The deployment sets the setting 'teir',"
        + " which the topology does not declare. Did you mean 'tier'?");
  }
}
