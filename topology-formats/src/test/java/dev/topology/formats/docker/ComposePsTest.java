package dev.topology.formats.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.ContainerState;
import dev.topology.api.Health;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ComposePsTest {
  @Test
  void read_jsonLinesAndArray_giveTheSameContainers() {
    String a = "{\"Name\":\"shop-db-1\",\"Service\":\"db\",\"State\":\"running\","
        + "\"Health\":\"unhealthy\",\"ExitCode\":0,\"Publishers\":[{\"TargetPort\":5432}]}";
    String b = "{\"Name\":\"shop-web-2\",\"Service\":\"web\",\"State\":\"exited\","
        + "\"Health\":\"\",\"ExitCode\":1,\"Status\":\"Exited (1) 4 minutes ago\"}";
    Observation lines = ComposePs.read(a + "\n" + b + "\n");
    Observation array = ComposePs.read("[\n" + a + ",\n" + b + "\n]");
    assertThat(lines).isEqualTo(array);
    assertThat(lines.containers()).containsExactly(
        ObservedContainer.builder().name("shop-db-1").service("db")
            .state(ContainerState.RUNNING).health(Health.UNHEALTHY).exitCode(OptionalInt.empty())
            .build(),
        ObservedContainer.builder().name("shop-web-2").service("web")
            .state(ContainerState.EXITED).health(Health.NONE).exitCode(OptionalInt.of(1))
            .build());
  }

  @Test
  void read_capturedArray_readsEveryContainer() {
    assertThat(ComposePs.read(Captured.text("compose-unhealthy-db.json")).byService().keySet())
        .containsExactly("db", "migrate", "queue", "web", "worker");
  }

  @Test
  void read_noService_refusedWithLine() {
    assertThatThrownBy(() -> ComposePs.read("{\"Name\":\"x\",\"State\":\"running\"}"))
        .isInstanceOf(DockerOutputException.class)
        .hasMessage("Line 1: Container 'x' has no Service; docker compose ps -a --format json"
            + " gives the Compose service of each container.");
  }

  @Test
  void read_badHealth_refusedWithLine() {
    assertThatThrownBy(() -> ComposePs.read("[\n{\"Name\":\"x\",\"Service\":\"s\","
        + "\"State\":\"running\",\"Health\":\"meh\"}]"))
        .isInstanceOf(DockerOutputException.class)
        .hasMessage("Line 2: Container 'x' has Health 'meh'; expected healthy, unhealthy,"
            + " starting or empty text.");
  }
}
