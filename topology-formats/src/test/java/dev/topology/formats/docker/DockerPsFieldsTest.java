package dev.topology.formats.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.ObservedContainer;
import dev.topology.catalog.CircleCiServer2;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The fields of one container of {@code docker ps -a --format json}. */
class DockerPsFieldsTest {
  private static ObservedContainer one(String fields) {
    return DockerPs.read("{\"Names\":\"shop-db-1\"," + fields + "}").containers().get(0);
  }

  @Test
  void read_emptyComposeServiceLabel_theContainerNameInstead() {
    assertThat(one("\"State\":\"running\",\"Labels\":\"com.docker.compose.service=\"")
        .service()).isEqualTo("shop-db-1");
  }

  @Test
  void read_emptyImage_none() {
    assertThat(one("\"State\":\"running\",\"Image\":\"\"").image()).isEmpty();
    assertThat(one("\"State\":\"running\",\"Image\":\"postgres:16\"").image())
        .contains("postgres:16");
  }

  @Test
  void read_withTopology_composeServiceLabelOfAnAliasGivesTheCanonicalName() {
    ObservedContainer c = DockerPs.read("{\"Names\":\"circleci-vault-1\",\"State\":\"running\","
        + "\"Labels\":\"com.docker.compose.service=vault-cci\"}", CircleCiServer2.topology())
        .containers().get(0);
    assertThat(c.service()).isEqualTo("contexts-vault");
  }

  @Test
  void read_exitCodeOfTheStatusThatFitsAnInt_kept() {
    assertThat(one("\"State\":\"exited\",\"Status\":\"Exited (2147483647) 1 hour ago\"")
        .exitCode()).isEqualTo(OptionalInt.of(Integer.MAX_VALUE));
    assertThat(one("\"State\":\"exited\",\"Status\":\"Exited (-2147483648) 1 hour ago\"")
        .exitCode()).isEqualTo(OptionalInt.of(Integer.MIN_VALUE));
    assertThat(one("\"State\":\"exited\",\"Status\":\"Exited (3221225477) 1 hour ago\"")
        .exitCode()).isEmpty();
  }

  @Test
  void read_neitherStateNorATellingStatus_refusedWithTheStates() {
    assertThatThrownBy(() -> one("\"Status\":\"sleeping\""))
        .isInstanceOf(DockerOutputException.class)
        .hasMessage("Line 1: Container 'shop-db-1' has neither a State nor a Status that tells"
            + " it; State is one of created, restarting, running, removing, paused, exited,"
            + " dead.");
  }
}
