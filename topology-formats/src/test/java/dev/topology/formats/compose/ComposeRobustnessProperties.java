package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.topology.api.Deployment;
import dev.topology.api.TopologyException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No text makes the reader throw anything but the library's own exceptions: valid Compose files
 * cut, spliced with each other, and with YAML tokens injected or replacing a stretch.
 */
class ComposeRobustnessProperties {
  private static final List<String> FILES = List.of(Fixtures.compose("selfhosted.yml"),
      Fixtures.compose("small.yml"), Fixtures.compose("profile-required.yml"),
      Fixtures.compose("cycle.yml"));

  private static final List<String> TOKENS = List.of("&a ", "*a", "<<: *a\n", "<<: [*a, *b]",
      "!!python/object:os.system ", "!reset ", "!!binary ", "!!timestamp ", "? ", ": ", "- ",
      "{", "}", "[", "]", ",", "\n", "\n  ", "\t", "---\n", "...\n", "'", "\"", "#", "|\n",
      ">-\n", "${", "${X:?no}", "$$", "~", "null", "true", "0x1F", "\u0000", "\ufeff", "%YAML 1.1\n",
      "%TAG ! tag:example.com,2000:\n", "depends_on: [nowhere]\n", "condition: x\n",
      "required: maybe\n", "profiles: {}\n", "labels: [=]\n", "extends: x\n", "x-",
      "network_mode: service:\n", "links: [\":\"]\n", "restart: maybe\n", "scale: 0\n",
      "deploy: {replicas: x}\n", "deploy: []\n", "healthcheck: {test: [NONE]}\n",
      "healthcheck: 1\n", "labels: {dev.topology.optional: \"a,,b\"}\n");

  @Provide
  Arbitrary<String> mutated() {
    return Combinators.combine(Arbitraries.of(FILES), Arbitraries.of(FILES),
            Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0, 1), Arbitraries.of(TOKENS))
        .as((yaml, other, mutation, at, length, token) -> {
          int start = (int) (at * yaml.length());
          int end = Math.min(yaml.length(), start + (int) (length * 60));
          return switch (mutation) {
            case 0 -> yaml.substring(0, start);
            case 1 -> yaml.substring(0, start) + yaml.substring(end);
            case 2 -> yaml.substring(0, start) + token + yaml.substring(start);
            case 3 -> yaml.substring(0, start) + token + yaml.substring(end);
            default -> yaml.substring(0, start) + other.substring((int) (length * other.length()));
          };
        });
  }

  // No edge cases: those of the mutation's five parameters combine into more than its tries.
  @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
  void read_mutatedFile_onlyLibraryExceptions(@ForAll("mutated") String yaml) {
    assertOnlyLibraryExceptions(yaml);
  }

  @Property(tries = 300)
  void read_anyText_onlyLibraryExceptions(@ForAll String text) {
    assertOnlyLibraryExceptions(text);
  }

  /** Reading, and resolving with every profile off and on, ends in a value or our exception. */
  private static void assertOnlyLibraryExceptions(String yaml) {
    Throwable thrown = catchThrowable(() -> {
      ComposeProject project = ComposeReader.defaults().read(yaml);
      project.resolve(Deployment.defaults());
      project.resolve(project.deployment(project.profiles()));
    });
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(TopologyException.class);
      assertThat(thrown.getMessage()).isNotBlank()
          .doesNotContain("dev.topology.api.", "dev.topology.formats.", "org.yaml", "java.lang",
              "java.util");
    }
  }
}
