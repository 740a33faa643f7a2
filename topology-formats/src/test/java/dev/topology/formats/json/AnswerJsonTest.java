package dev.topology.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Deployment;
import dev.topology.api.Topology;
import dev.topology.formats.compose.ComposeReader;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.TopologyGraph;
import java.util.List;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of each answer on a small Compose project, in full, through the one-call entry point
 * and through a mapper the test builds as a consumer would.
 *
 * <pre>
 *   web ──► migrate (one-shot) ──► db (HIGH)
 *    └───────────────────────────► db
 * </pre>
 */
class AnswerJsonTest {
  static final String YAML = """
      services:
        db:
          image: postgres:16
          labels:
            dev.topology.severity: HIGH
        migrate:
          image: example/app
          depends_on:
            db:
              condition: service_healthy
        web:
          image: example/app
          depends_on:
            migrate:
              condition: service_completed_successfully
            db:
              condition: service_healthy
              restart: true
      """;

  static final TopologyGraph GRAPH =
      TopologyGraph.of(ComposeReader.defaults().read(YAML).topology());

  /** A consumer's own mapper, with the module registered. */
  private static final JsonMapper CONSUMER =
      JsonMapper.builder().addModule(new TopologyAnswersModule()).build();

  /** The compact text, and the same text from the consumer's mapper. */
  private static String compact(Object answer) {
    String text = AnswerJson.writeCompact(answer);
    assertThat(CONSUMER.writeValueAsString(answer)).isEqualTo(text);
    assertThat(AnswerJson.toTree(answer)).isEqualTo(CONSUMER.readTree(text));
    return text;
  }

  @Test
  void write_startupPlan_ordersWavesAndExternal() {
    assertThat(compact(GRAPH.startupPlan())).isEqualTo(
        "{\"order\":[\"db\",\"migrate\",\"web\"],\"waves\":[[\"db\"],[\"migrate\"],[\"web\"]],"
            + "\"external\":[]}");
  }

  @Test
  void write_startupPlan_prettyLayoutAsTheTool() {
    assertThat(AnswerJson.write(GRAPH.startupPlan())).isEqualTo("""
        {
          "order" : [ "db", "migrate", "web" ],
          "waves" : [ [ "db" ], [ "migrate" ], [ "web" ] ],
          "external" : [ ]
        }""");
  }

  @Test
  void write_prerequisitesAndDependents_nameTheirField() {
    assertThat(compact(GRAPH.prerequisitesOf("web")))
        .isEqualTo("{\"service\":\"web\",\"prerequisites\":[\"db\",\"migrate\"]}");
    assertThat(compact(GRAPH.dependentsOf("db")))
        .isEqualTo("{\"service\":\"db\",\"dependents\":[\"migrate\",\"web\"]}");
  }

  @Test
  void write_impact_everyFieldInOrder() {
    assertThat(compact(GRAPH.impact(Phase.STARTUP, "db"))).isEqualTo("""
        {"failed":["db"],"phase":"STARTUP","affected":[\
        {"name":"migrate","severity":"MEDIUM","path":["db","migrate"],"pathLength":2,\
        "via":"db","cause":"db","failureEffect":""},\
        {"name":"web","severity":"MEDIUM","path":["db","web"],"pathLength":2,\
        "via":"db","cause":"db","failureEffect":""}],\
        "worstSeverity":"HIGH","failedSeverity":"HIGH","propagatedSeverity":"MEDIUM",\
        "wholeSystemDown":true,"unnamedDependents":false,"unnamedDependentsCitations":[],\
        "notes":[]}""");
  }

  @Test
  void write_impactOfNothing_propagatedSeverityIsNull() {
    assertThat(compact(GRAPH.impact(Phase.RUNTIME, "web")))
        .contains("\"affected\":[]", "\"propagatedSeverity\":null");
  }

  @Test
  void write_restartPlan_declaredRule() {
    assertThat(compact(GRAPH.restartPlan("db"))).isEqualTo(
        "{\"service\":\"db\",\"restarted\":[\"db\"],\"rule\":\"DECLARED\",\"restart\":[\"web\"],"
            + "\"waves\":[[\"web\"]],\"toCheck\":[],\"externalDependents\":[]}");
  }

  @Test
  void write_restartPlanOfSeveral_listsEveryRestarted() {
    JsonNode plan = AnswerJson.toTree(GRAPH.restartPlan("db", "web"));
    assertThat(plan.get("restarted").toString()).isEqualTo("[\"db\",\"web\"]");
  }

  @Test
  void write_rootCauses_limitedKeepsFound() {
    String all = compact(GRAPH.rootCauses(Phase.STARTUP, "web"));
    assertThat(all).startsWith(
        "{\"observed\":[\"web\"],\"phase\":\"STARTUP\",\"exhaustive\":true,\"found\":3,"
            + "\"candidates\":[{\"services\":[\"web\"],\"exact\":true,\"explains\":[\"web\"],"
            + "\"alsoDown\":[],\"alsoDownCount\":0},");
    String one = compact(GRAPH.rootCauses(Phase.STARTUP, "web").limit(1));
    assertThat(one).isEqualTo(
        "{\"observed\":[\"web\"],\"phase\":\"STARTUP\",\"exhaustive\":true,\"found\":3,"
            + "\"candidates\":[{\"services\":[\"web\"],\"exact\":true,\"explains\":[\"web\"],"
            + "\"alsoDown\":[],\"alsoDownCount\":0}]}");
  }

  @Test
  void write_blastRadius_rowsByTakesDown() {
    assertThat(compact(GRAPH.blastRadius(Phase.STARTUP))).startsWith(
        "{\"phase\":\"STARTUP\",\"services\":[{\"name\":\"db\",\"severity\":\"HIGH\","
            + "\"takesDown\":2,\"worstSeverity\":\"HIGH\",\"propagatedSeverity\":\"MEDIUM\"},");
  }

  @Test
  void write_lintFindings_asAnArray() {
    String text = compact(GRAPH.lint());
    assertThat(text).startsWith("[{\"rule\":\"").endsWith("}]");
    assertThat(CONSUMER.readTree(text).get(0).propertyNames())
        .containsExactly("rule", "services", "message");
  }

  @Test
  void write_composeFindings_pathAndServices() {
    String yaml = "services:\n  db:\n    image: postgres\n  web:\n    image: app\n"
        + "    depends_on:\n      db:\n        condition: service_healthy\n";
    String text = compact(ComposeReader.defaults().read(yaml).lint());
    assertThat(CONSUMER.readTree(text).get(0).propertyNames())
        .containsExactly("rule", "path", "services", "message");
    assertThat(text).contains("\"services\":[\"web\",\"db\"]");
  }

  @Test
  void write_diff_severityAndDependencies() {
    Topology other = ComposeReader.defaults().read(YAML.replace("HIGH", "LOW")
        .replace("              restart: true\n", "")).topology();
    String text = compact(dev.topology.graph.diff.TopologyDiff.of(GRAPH, TopologyGraph.of(other)));
    assertThat(text).isEqualTo("{\"addedServices\":[],\"removedServices\":[],"
        + "\"severityChanges\":[{\"service\":\"db\",\"before\":\"HIGH\",\"after\":\"LOW\"}],"
        + "\"addedDependencies\":[],\"removedDependencies\":[],\"waveChanges\":[],"
        + "\"blastRadiusChanges\":[]}");
  }

  @Test
  void write_deployment_choicesThenExternalized() {
    Deployment deployment = Deployment.builder().choose("ldap", "on").externalized(List.of("db"))
        .build();
    assertThat(compact(deployment))
        .isEqualTo("{\"choices\":{\"ldap\":\"on\"},\"externalized\":[\"db\"]}");
  }

  @Test
  void write_null_isRefusedWithWhatToPass() {
    assertThatThrownBy(() -> AnswerJson.write(null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("AnswerJson writes an answer of the engine, not null; pass one such as"
            + " graph.startupPlan().");
  }

  @Test
  void write_notAnAnswer_isRefusedNamingTheAnswers() {
    assertThatThrownBy(() -> AnswerJson.write("plan"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageStartingWith("AnswerJson writes the engine's answers (StartupPlan,")
        .hasMessageEndingWith(") and lists of them, not a java.lang.String.");
    assertThatThrownBy(() -> AnswerJson.writeCompact(List.of(GRAPH.startupPlan(), 1)))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageEndingWith("not a java.lang.Integer.");
  }
}
