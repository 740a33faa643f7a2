package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.topology.api.TopologyException;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link DotEnv} never throws anything but its own exception, and reads back what it writes. */
class DotEnvProperties {
  private static final List<String> TOKENS = List.of("A=", "export ", "#", " #", "'", "\"",
      "\\", "\\\"", "\\'", "\n", "\r\n", "$", "${", "}", "${A:-x}", "${A:?no}", "$$", ":", "=",
      " ", "\t", "\uFEFF", "\u00A0", "\u0085", "\u2028", "[", "]", "\\0", "\\0101", "KEY",
      "\uD83D\uDE00", "\uD800");

  @Provide
  Arbitrary<String> envText() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  @Property(tries = 500)
  void parse_tokenSoup_onlyLibraryExceptions(@ForAll("envText") String text) {
    Throwable thrown = catchThrowable(() -> DotEnv.parse(text, Map.of("A", "a", "KEY", "k")));
    assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(),
        t -> assertThat(t).isInstanceOf(TopologyException.class));
  }

  @Property(tries = 300)
  void parse_anyText_onlyLibraryExceptions(@ForAll String text) {
    Throwable thrown = catchThrowable(() -> DotEnv.parse(text));
    assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(),
        t -> assertThat(t).isInstanceOf(TopologyException.class));
  }

  @Provide
  Arbitrary<Map<String, String>> variables() {
    Arbitrary<String> names = Arbitraries.strings().withChars("ABCXYZ_abc").ofMinLength(1)
        .ofMaxLength(8).flatMap(head -> Arbitraries.strings().withChars("AZ09_.-")
            .ofMaxLength(6).map(tail -> head + tail));
    Arbitrary<String> values = Arbitraries.oneOf(Arbitraries.strings(),
        Arbitraries.of(TOKENS).list().ofMaxSize(12).map(parts -> String.join("", parts)));
    return Arbitraries.maps(names, values).ofMaxSize(12);
  }

  @Property(tries = 500)
  void parse_written_sameVariables(@ForAll("variables") Map<String, String> variables) {
    assertThat(DotEnv.parse(DotEnv.write(variables))).isEqualTo(variables);
  }
}
