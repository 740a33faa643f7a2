package dev.topology.formats.json;

import static dev.topology.formats.json.AnswerJsonTest.GRAPH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Observation;
import dev.topology.formats.compose.ComposeReader;
import dev.topology.formats.docker.ComposePs;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.diff.TopologyDiff;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The answers {@link AnswerJsonTest} leaves out, in full: a startup schedule of its project,
 * and a diff whose waves and blast radii change.
 *
 * <pre>
 *   web ──► migrate (one-shot) ──► db (HIGH)
 *    └───────────────────────────► db
 * </pre>
 */
class AnswerJsonMoreTest {
  @Test
  void write_startupSchedule_planThenTimesInMillis() {
    // db 5 s, migrate 2 s, web 1 s, one after the other: ready at 5, 7 and 8 s.
    String text = AnswerJson.writeCompact(GRAPH.startupSchedule(Map.of(
        "db", Duration.ofSeconds(5), "migrate", Duration.ofSeconds(2),
        "web", Duration.ofSeconds(1))));
    assertThat(text).isEqualTo("{\"order\":[\"db\",\"migrate\",\"web\"],"
        + "\"waves\":[[\"db\"],[\"migrate\"],[\"web\"]],\"external\":[],"
        + "\"totalMillis\":8000,\"criticalChain\":[\"db\",\"migrate\",\"web\"],"
        + "\"services\":[{\"name\":\"db\",\"startMillis\":0,\"readyMillis\":5000},"
        + "{\"name\":\"migrate\",\"startMillis\":5000,\"readyMillis\":7000},"
        + "{\"name\":\"web\",\"startMillis\":7000,\"readyMillis\":8000}]}");
  }

  @Test
  void write_diffOfAnAddedDependency_wavesAndBlastRadiiInBothPhases() {
    // cron comes to need db: it starts in wave 1, and db takes down two services, not one.
    TopologyGraph before = TopologyGraph.of(ComposeReader.defaults().read(
        "services: {db: {}, web: {depends_on: [db]}, cron: {}}").topology());
    TopologyGraph after = TopologyGraph.of(ComposeReader.defaults().read(
        "services: {db: {}, web: {depends_on: [db]}, cron: {depends_on: [db]}}").topology());
    String text = AnswerJson.writeCompact(TopologyDiff.of(before, after));
    String blast = "\"service\":\"db\",\"before\":{\"takesDown\":1,"
        + "\"propagatedSeverity\":\"MEDIUM\"},\"after\":{\"takesDown\":2,"
        + "\"propagatedSeverity\":\"MEDIUM\"}}";
    assertThat(text).isEqualTo("{\"addedServices\":[],\"removedServices\":[],"
        + "\"severityChanges\":[],"
        + "\"addedDependencies\":[{\"from\":\"cron\",\"to\":\"db\",\"kind\":\"STARTUP\","
        + "\"required\":true}],\"removedDependencies\":[],"
        + "\"waveChanges\":[{\"service\":\"cron\",\"before\":0,\"after\":1}],"
        + "\"blastRadiusChanges\":[{\"phase\":\"STARTUP\"," + blast + ","
        + "{\"phase\":\"RUNTIME\"," + blast + "]}");
  }

  @Test
  void write_triage_failedAndUnknownContainersNamed() {
    TopologyGraph shop = TopologyGraph.of(ComposeReader.defaults().read(
        "services: {db: {}, web: {depends_on: [db]}}").topology());
    Observation seen = ComposePs.read(
        "{\"Name\":\"shop-db-1\",\"Service\":\"db\",\"State\":\"exited\",\"ExitCode\":1}\n"
        + "{\"Name\":\"shop-web-1\",\"Service\":\"web\",\"State\":\"running\"}\n"
        + "{\"Name\":\"shop-cron-1\",\"Service\":\"cron\",\"State\":\"running\"}\n");
    JsonNode triage = AnswerJson.toTree(shop.triage(seen));
    assertThat(triage.get("failed").toString()).isEqualTo("[\"db\"]");
    assertThat(triage.get("unknownContainers").toString())
        .isEqualTo("[{\"name\":\"shop-cron-1\",\"service\":\"cron\",\"state\":\"running\"}]");
    assertThat(triage.get("externalContainers").toString()).isEqualTo("[]");
  }

  @Test
  void module_nameAndVersion_asDocumented() {
    TopologyAnswersModule module = new TopologyAnswersModule();
    assertThat(module.getModuleName()).isEqualTo("TopologyAnswersModule");
    assertThat(module.version()).isEqualTo(tools.jackson.core.Version.unknownVersion());
  }
}
