package dev.topology.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Deployment;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.formats.docker.DockerPs;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.TopologyGraph;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of each answer on the bundled catalog, read back as a tree by a mapper the test
 * builds as a consumer would: the fields, in order, and the values the catalog's data give.
 */
class CatalogAnswerJsonTest {
  private static final Topology CATALOG = CircleCiServer2.topology();
  private static final TopologyGraph ENGINE = TopologyGraph.of(CATALOG);
  private static final JsonMapper CONSUMER =
      JsonMapper.builder().addModule(new TopologyAnswersModule()).build();

  /** The answer as the consumer's mapper writes it, checked against the one-call writer. */
  private static JsonNode tree(Object answer) {
    String text = CONSUMER.writeValueAsString(answer);
    JsonNode tree = CONSUMER.readTree(text);
    assertThat(CONSUMER.readTree(AnswerJson.write(answer))).isEqualTo(tree);
    return tree;
  }

  private static List<String> fields(JsonNode node) {
    return List.copyOf(node.propertyNames());
  }

  @Test
  void impact_postgresAtRuntime_highWorstFirstWithCutPaths() {
    JsonNode impact = tree(ENGINE.impact(Phase.RUNTIME, "postgres"));
    assertThat(fields(impact)).containsExactly("failed", "phase", "affected", "worstSeverity",
        "failedSeverity", "propagatedSeverity", "wholeSystemDown", "unnamedDependents",
        "unnamedDependentsCitations", "notes");
    JsonNode first = impact.get("affected").get(0);
    assertThat(fields(first)).containsExactly("name", "severity", "path", "pathLength", "via",
        "cause", "failureEffect");
    assertThat(first.get("name").asString()).isEqualTo("api-service");
    assertThat(first.get("cause").asString()).isEqualTo("postgres");
    assertThat(impact.get("worstSeverity").asString()).isEqualTo("HIGH");
  }

  @Test
  void impact_rabbitmqAtRuntime_citesUnnamedDependents() {
    JsonNode impact = tree(ENGINE.impact(Phase.RUNTIME, "rabbitmq"));
    assertThat(impact.get("unnamedDependents").asBoolean()).isTrue();
    assertThat(fields(impact.get("unnamedDependentsCitations").get(0)))
        .containsExactly("service", "citation");
    assertThat(fields(impact.get("notes").get(0))).containsExactly("service", "kind", "citation");
  }

  @Test
  void planAndReach_catalog_namesInStartupOrder() {
    JsonNode plan = tree(ENGINE.startupPlan());
    assertThat(fields(plan)).containsExactly("order", "waves", "external");
    assertThat(plan.get("order").size()).isEqualTo(CATALOG.size());
    JsonNode prerequisites = tree(ENGINE.prerequisitesOf("frontend"));
    assertThat(fields(prerequisites)).containsExactly("service", "prerequisites");
    assertThat(prerequisites.get("prerequisites").size())
        .isEqualTo(ENGINE.prerequisites("frontend").size());
  }

  @Test
  void restartRootCausesBlastRadius_catalog_fieldsInOrder() {
    assertThat(fields(tree(ENGINE.restartPlan("postgres")))).containsExactly("service", "restarted",
        "rule", "restart", "waves", "toCheck", "externalDependents");
    JsonNode causes = tree(ENGINE.rootCauses(Phase.RUNTIME, "api-service", "frontend").limit(1));
    assertThat(fields(causes)).containsExactly("observed", "phase", "exhaustive", "found",
        "candidates");
    assertThat(causes.get("candidates").size()).isEqualTo(1);
    assertThat(fields(causes.get("candidates").get(0))).containsExactly("services", "exact",
        "explains", "alsoDown", "alsoDownCount");
    JsonNode blast = tree(ENGINE.blastRadius(Phase.STARTUP));
    assertThat(blast.get("services").size()).isEqualTo(CATALOG.size());
    assertThat(fields(blast.get("services").get(0))).containsExactly("name", "severity",
        "takesDown", "worstSeverity", "propagatedSeverity");
  }

  @Test
  void diff_ldapOn_changesFederationServiceSeverity() {
    TopologyGraph ldap = TopologyGraph.of(CATALOG,
        Deployment.builder().choose("ldap", "on").build());
    JsonNode diff = tree(TopologyDiff.of(ENGINE, ldap));
    assertThat(fields(diff)).containsExactly("addedServices", "removedServices",
        "severityChanges", "addedDependencies", "removedDependencies", "waveChanges",
        "blastRadiusChanges");
    assertThat(diff.get("severityChanges").toString()).contains("federation-service");
  }

  @Test
  void triage_postgresExited_fieldsOfTheDocumentedAnswer() {
    JsonNode triage = tree(ENGINE.triage(
        DockerPs.read(resource("/docker/catalog-postgres-exited.jsonl"), CATALOG)));
    assertThat(fields(triage)).containsExactly("summary", "phase", "phaseInferred", "severity",
        "wholeSystemDown", "coverage", "failed", "causes", "unexplained", "atRisk",
        "unobserved", "toCheck", "recovery", "services", "notes", "guessedMatches",
        "switchedOn", "unknownContainers", "externalContainers");
    assertThat(triage.get("causes").get(0).get("service").asString()).isEqualTo("postgres");
    assertThat(fields(triage.get("recovery").get(0)))
        .containsExactly("wave", "action", "service", "reason");
  }

  private static String resource(String name) {
    try (InputStream in = CatalogAnswerJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
