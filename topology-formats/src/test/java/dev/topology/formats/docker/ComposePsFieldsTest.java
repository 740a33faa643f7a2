package dev.topology.formats.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.ObservedContainer;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The fields of one container of {@code docker compose ps -a --format json}, and the errors of
 * output that is not what it writes.
 */
class ComposePsFieldsTest {
  private static ObservedContainer one(String fields) {
    return ComposePs.read("{\"Name\":\"shop-web-1\",\"Service\":\"web\"," + fields + "}")
        .containers().get(0);
  }

  @Test
  void read_exitCodeField_takenEvenWithoutAStatus() {
    assertThat(one("\"State\":\"exited\",\"ExitCode\":137").exitCode())
        .isEqualTo(OptionalInt.of(137));
    assertThat(one("\"State\":\"exited\",\"ExitCode\":3,\"Status\":\"Exited (3) 1 minute ago\"")
        .exitCode()).isEqualTo(OptionalInt.of(3));
  }

  @Test
  void read_exitCodeAtTheEndsOfInt_kept() {
    assertThat(one("\"State\":\"exited\",\"ExitCode\":2147483647").exitCode())
        .isEqualTo(OptionalInt.of(Integer.MAX_VALUE));
    assertThat(one("\"State\":\"exited\",\"ExitCode\":-2147483648").exitCode())
        .isEqualTo(OptionalInt.of(Integer.MIN_VALUE));
  }

  @Test
  void read_exitCodeBeyondInt_theStatusCodeInstead() {
    assertThat(one("\"State\":\"exited\",\"ExitCode\":2147483648,"
        + "\"Status\":\"Exited (1) 2 minutes ago\"").exitCode()).isEqualTo(OptionalInt.of(1));
    assertThat(one("\"State\":\"exited\",\"ExitCode\":-2147483649,"
        + "\"Status\":\"Exited (2) 2 minutes ago\"").exitCode()).isEqualTo(OptionalInt.of(2));
  }

  @Test
  void read_projectField_keptAsTheComposeProjectLabel() {
    assertThat(one("\"State\":\"running\",\"Project\":\"shop\"").labels())
        .containsExactly(java.util.Map.entry(ObservedContainer.PROJECT_LABEL, "shop"));
    assertThat(one("\"State\":\"running\",\"Project\":\"\"").labels()).isEmpty();
    assertThat(one("\"State\":\"running\",\"Project\":\"shop\","
        + "\"Labels\":\"com.docker.compose.project=store\"").labels())
        .containsExactly(java.util.Map.entry(ObservedContainer.PROJECT_LABEL, "store"));
  }

  @Test
  void read_imageField_keptUnlessEmpty() {
    assertThat(one("\"State\":\"running\",\"Image\":\"postgres:16\"").image())
        .isEqualTo(Optional.of("postgres:16"));
    assertThat(one("\"State\":\"running\",\"Image\":\"\"").image()).isEmpty();
  }

  @Test
  void read_arrayItemThatIsNoObject_refusedWithLine() {
    assertThatThrownBy(() -> ComposePs.read("[\n{\"Name\":\"a\",\"Service\":\"a\","
        + "\"State\":\"running\"},\n5\n]"))
        .isInstanceOf(DockerOutputException.class)
        .hasMessage("Line 3: Expected a JSON object describing one container, as docker compose"
            + " ps -a --format json writes one a line, but found a number.");
  }

  @Test
  void read_textAfterTheArray_refusedWithLine() {
    assertThatThrownBy(() -> ComposePs.read("[\n{\"Name\":\"a\",\"Service\":\"a\","
        + "\"State\":\"running\"}\n]\n\"more\""))
        .isInstanceOf(DockerOutputException.class)
        .hasMessage("Line 4: Expected the end of the output after one container's JSON object,"
            + " but found a string.");
  }

  @Test
  void read_twoObjectsOnOneLine_refusedWithThatLine() {
    String a = "{\"Name\":\"a\",\"Service\":\"a\",\"State\":\"running\"}";
    assertThatThrownBy(() -> ComposePs.read(a + "\n\n" + a.replace("\"a\"", "\"b\"") + " 7"))
        .isInstanceOf(DockerOutputException.class)
        .hasMessage("Line 3: Expected the end of the line after one container's JSON object,"
            + " but found a number.");
  }

  @Test
  void read_tooDeepOnALaterLine_limitNamedWithThatLine() {
    String a = "{\"Name\":\"a\",\"Service\":\"a\",\"State\":\"running\"}";
    String deep = "{\"Name\":\"b\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}";
    assertThatThrownBy(() -> ComposePs.read(a + "\n" + a.replace("\"a\"", "\"c\"") + "\n"
        + deep))
        .isInstanceOf(DockerOutputException.class)
        .hasMessageStartingWith("Line 3: The output of docker compose ps -a --format json goes"
            + " beyond a limit of the reader: Document nesting depth (17) exceeds the maximum"
            + " allowed (16");
  }

  @Test
  void read_millionLines_readButNotOneMore() {
    String a = "{\"Name\":\"a\",\"Service\":\"a\",\"State\":\"running\"}";
    assertThat(ComposePs.read(a + "\n".repeat(JsonRecords.MAX_LINES - 1)).containers())
        .hasSize(1);
    assertThatThrownBy(() -> ComposePs.read(a + "\n".repeat(JsonRecords.MAX_LINES)))
        .isInstanceOf(DockerOutputException.class)
        .hasMessage("Line 1000001: The output of docker compose ps -a --format json has more than"
            + " 1000000 lines, more than a reader accepts.");
  }
}
