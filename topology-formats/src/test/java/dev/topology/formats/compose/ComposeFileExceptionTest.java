package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The problems of a Compose file, one line per cause, and placed in the caller's file. */
class ComposeFileExceptionTest {
  private static Problem at(String path, String message) {
    return Problem.builder().kind(Problem.Kind.INVALID_DOCUMENT).path(path).message(message)
        .build();
  }

  private static List<Problem> sameCauseIn(int services) {
    return IntStream.rangeClosed(1, services)
        .mapToObj(i -> at("services.s" + i + ".image", "The image is empty.")).toList();
  }

  @Test
  void causes_sameCauseInEightServices_oneLineNamingEveryOne() {
    ComposeFileException e = new ComposeFileException(sameCauseIn(8));
    assertThat(e.causes()).containsExactly("services.*.image (8 services: s1, s2, s3, s4, s5,"
        + " s6, s7, s8): The image is empty.");
    assertThat(e).hasMessage("services.*.image (8 services: s1, s2, s3, s4, s5, s6, s7, s8):"
        + " The image is empty.");
  }

  @Test
  void causes_sameCauseInNineServices_eightNamedTheRestCounted() {
    assertThat(new ComposeFileException(sameCauseIn(9)).causes()).containsExactly(
        "services.*.image (9 services: s1, s2, s3, s4, s5, s6, s7, s8 and 1 more): The image is"
            + " empty.");
  }

  @Test
  void message_hundredDistinctCauses_allListed() {
    List<Problem> problems = IntStream.range(0, 100)
        .mapToObj(i -> at("x-" + i, "Problem " + i + ".")).toList();
    ComposeFileException e = new ComposeFileException(problems);
    assertThat(e.causes()).hasSize(100);
    assertThat(e.getMessage()).startsWith("100 problems:\n- x-0: Problem 0.\n")
        .endsWith("\n- x-99: Problem 99.");
  }

  @Test
  void message_moreThanAHundredCauses_theRestCounted() {
    List<Problem> problems = new ArrayList<>(IntStream.range(0, 102)
        .mapToObj(i -> at("x-" + i, "Problem " + i + ".")).toList());
    ComposeFileException e = new ComposeFileException(problems);
    assertThat(e.causes()).hasSize(102).endsWith("x-101: Problem 101.");
    assertThat(e.getMessage()).endsWith("\n- x-99: Problem 99.\n- and 2 more distinct"
        + " problems.");
  }

  @Test
  void inFile_problemsWithoutAFile_placedInIt() {
    ComposeFileException e = new ComposeFileException(List.of(
        at("services.web.image", "The image is empty."),
        at("name", "The name is empty.").inFile("other.yaml")));
    ComposeFileException placed = e.inFile("compose.yaml");
    assertThat(placed.problems()).extracting(p -> p.file().orElse(""))
        .containsExactly("compose.yaml", "other.yaml");
    assertThat(placed).hasMessage("2 problems:\n"
        + "- compose.yaml: services.web.image: The image is empty.\n"
        + "- other.yaml: name: The name is empty.");
  }
}
