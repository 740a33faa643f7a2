package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.topology.api.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Compose file's problems are the model's one Problem type, with their place and kind. */
class ComposeProblemPlacesTest {

  @Test
  void read_danglingDependency_problemWithPathAndKind() {
    ComposeFileException e = catchThrowableOfType(ComposeFileException.class,
        () -> ComposeReader.defaults().read("services: {web: {depends_on: [db]}}"));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Problem.Kind.DANGLING_DEPENDENCY);
      assertThat(p.path()).contains("services.web.depends_on.db");
      assertThat(p.file()).isEmpty();
      assertThat(p.message()).isEqualTo("no service is named 'db'.");
      assertThat(p).hasToString("services.web.depends_on.db: no service is named 'db'.");
    });
  }

  @Test
  void read_twoFiles_problemNamesItsFile() {
    ComposeFileException e = catchThrowableOfType(ComposeFileException.class,
        () -> ComposeReader.defaults().read(List.of(
            ComposeFile.of("compose.yaml", "services: {web: {}}"),
            ComposeFile.of("compose.override.yaml", "services: {web: {scale: many}}"))));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Problem.Kind.INVALID_DOCUMENT);
      assertThat(p.file()).contains("compose.override.yaml");
      assertThat(p.path()).contains("services.web.scale");
      assertThat(p.place()).isEqualTo("compose.override.yaml: services.web.scale: ");
    });
  }

  @Test
  void read_unsetVariable_kindUnsetVariable() {
    ComposeFileException e = catchThrowableOfType(ComposeFileException.class,
        () -> ComposeReader.builder().variables(Map.of()).build()
            .read("services: {web: {image: \"${TAG:?set it}\"}}"));
    assertThat(e.problems()).extracting(Problem::kind)
        .containsExactly(Problem.Kind.UNSET_VARIABLE);
  }

  @Test
  void dotEnv_badLine_placedByLineNotPath() {
    ComposeFileException e = catchThrowableOfType(ComposeFileException.class,
        () -> DotEnv.parse("A=1\nB=\"open\n", Map.of()));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).hasValue(2);
      assertThat(p.path()).isEmpty();
    });
    assertThat(e.path()).isEqualTo("line 2");
  }

  @Test
  void composeFile_emptyPath_refusedNamingIt() {
    assertThat(catchThrowableOfType(dev.topology.api.TopologyException.class,
        () -> ComposeFile.of("", "services: {}")))
        .hasMessage("A Compose file needs a path (not empty) and a text, not null (path '').");
  }
}
