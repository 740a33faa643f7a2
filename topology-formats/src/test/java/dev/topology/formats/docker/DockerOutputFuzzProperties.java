package dev.topology.formats.docker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.catalog.CircleCiServer2;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Mutated and truncated captured output: a reader answers or throws its own exception. */
class DockerOutputFuzzProperties {
  private static final String[] FILES = {"catalog-postgres-exited.jsonl",
      "catalog-logrotate-down.jsonl", "compose-replica-down.jsonl", "compose-unhealthy-db.json"};
  private static final String NOISE = "{}[]\",:\\ \n0-9aeExtrunlfs";

  @Provide
  Arbitrary<String> mutated() {
    return Arbitraries.of(FILES).map(Captured::text).flatMap(text -> Arbitraries.integers()
        .between(0, text.length()).list().ofMinSize(1).ofMaxSize(4).flatMap(cuts ->
            Arbitraries.of(NOISE.chars().mapToObj(c -> String.valueOf((char) c)).toList())
                .list().ofSize(cuts.size()).flatMap(noise -> Arbitraries.integers().between(0, 2)
                    .map(mode -> mutate(text, cuts, noise, mode)))));
  }

  private static String mutate(String text, java.util.List<Integer> cuts,
      java.util.List<String> noise, int mode) {
    if (mode == 0) {
      return text.substring(0, cuts.get(0));
    }
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < cuts.size(); i++) {
      int at = Math.min(cuts.get(i), out.length());
      if (mode == 1) {
        out.insert(at, noise.get(i));
      } else if (at < out.length()) {
        out.setCharAt(at, noise.get(i).charAt(0));
      }
    }
    return out.toString();
  }

  @Property(tries = 400)
  void read_mutatedOutput_answersOrThrowsOnlyItsOwnException(@ForAll("mutated") String text) {
    for (int reader = 0; reader < 3; reader++) {
      try {
        switch (reader) {
          case 0 -> DockerPs.read(text);
          case 1 -> DockerPs.read(text, CircleCiServer2.topology());
          default -> ComposePs.read(text);
        }
      } catch (DockerOutputException e) {
        assertThat(e.line()).isPositive();
        assertThat(e.getMessage()).startsWith("Line " + e.line() + ": ");
      }
    }
  }
}
