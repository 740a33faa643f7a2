package dev.topology.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.ContainerState;
import dev.topology.api.Coverage;
import dev.topology.api.Health;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.formats.docker.ComposePs;
import dev.topology.formats.docker.DockerPs;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.triage.Triage;
import org.junit.jupiter.api.Test;

/** The text Docker prints for an observation, checked against captured lines and the readers. */
class DockerOutputTest {

  /** The db line of topology-formats' captured shop-compose-ps.jsonl, with a SHA-256 ID. */
  @Test
  void composePsJson_printsALineAsDockerComposeDoes() {
    Observation seen = Observation.of(ObservedContainer.builder().name("shop-db-1")
        .service("db").state(ContainerState.EXITED).exitCode(137).image("postgres:16")
        .label(ObservedContainer.PROJECT_LABEL, "shop")
        .label(ObservedContainer.SERVICE_LABEL, "db").build());

    assertThat(DockerOutput.composePsJson(seen)).isEqualTo("{\"Command\":\"\\\"docker-entrypoint"
        + ".sh\\\"\",\"CreatedAt\":\"2024-05-02 09:14:07 +0000 UTC\",\"ExitCode\":137,"
        + "\"Health\":\"\",\"ID\":\"" + sha256Prefix("shop-db-1") + "\",\"Image\":\"postgres:16\","
        + "\"Labels\":\"com.docker.compose.project=shop,com.docker.compose.service=db\","
        + "\"Name\":\"shop-db-1\",\"Names\":\"shop-db-1\",\"Project\":\"shop\",\"Publishers\":[],"
        + "\"RunningFor\":\"2 hours ago\",\"Service\":\"db\",\"Size\":\"0B\",\"State\":\"exited\","
        + "\"Status\":\"Exited (137) 2 minutes ago\"}\n");
  }

  /** As acme-docker-ps.jsonl's cache line, Ports and Mounts left empty. */
  @Test
  void dockerPsJson_printsALineAsDockerDoes() {
    Observation seen = Observation.of(ObservedContainer.builder().name("acme-cache-1")
        .service("cache").state(ContainerState.RUNNING).image("redis:7.4")
        .label(ObservedContainer.PROJECT_LABEL, "acme")
        .label(ObservedContainer.SERVICE_LABEL, "cache").build());

    assertThat(DockerOutput.dockerPsJson(seen)).isEqualTo("{\"Command\":\"\\\"docker-entrypoint"
        + ".sh\\\"\",\"CreatedAt\":\"2024-05-02 09:14:07 +0000 UTC\",\"ID\":\""
        + sha256Prefix("acme-cache-1") + "\",\"Image\":\"redis:7.4\",\"Labels\":\""
        + "com.docker.compose.project=acme,com.docker.compose.service=cache\","
        + "\"LocalVolumes\":\"0\",\"Mounts\":\"\",\"Names\":\"acme-cache-1\","
        + "\"Networks\":\"acme_default\",\"Ports\":\"\",\"RunningFor\":\"2 hours ago\","
        + "\"Size\":\"0B\",\"State\":\"running\",\"Status\":\"Up 2 hours\"}\n");
  }

  @Test
  void status_wordsEachStateAsDocker() {
    assertThat(status(ContainerState.RUNNING, Health.HEALTHY, null)).isEqualTo("Up 2 hours (healthy)");
    assertThat(status(ContainerState.RUNNING, Health.UNHEALTHY, null))
        .isEqualTo("Up 2 hours (unhealthy)");
    assertThat(status(ContainerState.RUNNING, Health.STARTING, null))
        .isEqualTo("Up 2 hours (health: starting)");
    assertThat(status(ContainerState.EXITED, Health.NONE, 1)).isEqualTo("Exited (1) 2 minutes ago");
    assertThat(status(ContainerState.RESTARTING, Health.NONE, 1))
        .isEqualTo("Restarting (1) 5 seconds ago");
    assertThat(status(ContainerState.CREATED, Health.NONE, null)).isEqualTo("Created");
    assertThat(status(ContainerState.PAUSED, Health.NONE, null)).isEqualTo("Up 2 hours (Paused)");
    assertThat(status(ContainerState.REMOVING, Health.NONE, null))
        .isEqualTo("Removal In Progress");
    assertThat(status(ContainerState.DEAD, Health.NONE, null)).isEqualTo("Dead");
  }

  @Test
  void strings_areEscapedAsGoEscapesThem() {
    Observation seen = Observation.of(ObservedContainer.builder().name("web")
        .state(ContainerState.RUNNING).label("rule", "a<b>&\"c\"").build());

    assertThat(DockerOutput.dockerPsJson(seen))
        .contains("\"Labels\":\"rule=a\\u003cb\\u003e\\u0026\\\"c\\\"\"");
    assertThat(DockerPs.read(DockerOutput.dockerPsJson(seen))).isEqualTo(seen);
  }

  @Test
  void empty_isEmptyText() {
    assertThat(DockerOutput.dockerPsJson(Observation.of())).isEmpty();
    assertThat(DockerOutput.composePsJson(Observation.of())).isEmpty();
  }

  @Test
  void exitedWithoutCode_isRefused_asDockerAlwaysPrintsOne() {
    Observation seen = Observation.of(ObservedContainer.of("migrate", ContainerState.EXITED));

    assertThatThrownBy(() -> DockerOutput.composePsJson(seen))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Container 'migrate' is exited without an exit code; Docker prints one for"
            + " every container that ran, so give it (ObservedContainer.builder().exitCode(..),"
            + " Observations.exited(name, code)).");
    assertThatThrownBy(() -> DockerOutput.dockerPsJson(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dockerPsJson writes an observation, not null.");
  }

  @Test
  void aServiceNotItsName_isGivenToDockerPsByTheComposeLabel() {
    Observation seen = Observation.of(ObservedContainer.builder().name("worker-blue")
        .service("worker").state(ContainerState.RUNNING).build());

    assertThat(DockerPs.read(DockerOutput.dockerPsJson(seen)).containers().get(0).service())
        .isEqualTo("worker");
  }

  @Test
  void observationsOfAStack_roundTripThroughBothReaders_andTriageTheSame() {
    Observation seen = Observations.allRunning(Fixtures.webStack()).exited("db", 137)
        .unhealthy("api").restarting("web").observation();

    assertThat(ComposePs.read(DockerOutput.composePsJson(seen))).isEqualTo(seen);
    assertThat(DockerPs.read(DockerOutput.dockerPsJson(seen)))
        .isEqualTo(seen.withCoverage(Coverage.PARTIAL));
    TopologyGraph graph = TopologyGraph.of(Fixtures.webStack());
    Triage direct = graph.triage(seen);
    assertThat(graph.triage(ComposePs.read(DockerOutput.composePsJson(seen))))
        .isEqualTo(direct);
  }

  @Test
  void theCatalogWithoutProject_roundTripsThroughDockerPsWithTheTopology() {
    Observation seen = Observations.allRunning(Fixtures.catalog()).withoutProject()
        .exited("postgres", 137).partial().observation();

    assertThat(DockerPs.read(DockerOutput.dockerPsJson(seen), Fixtures.catalog()))
        .isEqualTo(seen);
  }

  private static String status(ContainerState state, Health health, Integer code) {
    ObservedContainer.Builder c = ObservedContainer.builder().name("x").state(state)
        .health(health);
    if (code != null) {
      c.exitCode(code);
    }
    return DockerOutput.status(c.build());
  }

  private static String sha256Prefix(String name) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 6; i++) {
        hex.append(String.format("%02x", hash[i]));
      }
      return hex.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
