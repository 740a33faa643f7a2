package dev.topology.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
  @Test
  void quote_controlCharacters_areEscaped() {
    assertThat(Sentences.quote("a\nb")).isEqualTo("'a\\u000ab'");
    assertThat(Sentences.quote(null)).isEqualTo("null");
  }

  @Test
  void quote_longText_isCutAfter256Characters() {
    String shown = "x".repeat(256);
    assertThat(Sentences.quote(shown)).isEqualTo("'" + shown + "'");
    assertThat(Sentences.quote(shown + "y")).isEqualTo("'" + shown + "...'");
  }

  @Test
  void andOr_joinAsPeopleWrite() {
    assertThat(Sentences.and(List.of())).isEqualTo("none");
    assertThat(Sentences.and(List.of("a"))).isEqualTo("a");
    assertThat(Sentences.and(List.of("a", "b"))).isEqualTo("a and b");
    assertThat(Sentences.or(List.of("a", "b", "c"))).isEqualTo("a, b or c");
  }

  @Test
  void needs_readsThePathBackwards() {
    assertThat(Sentences.needs(List.of("postgres", "api", "redis")))
        .isEqualTo("redis needs api needs postgres");
  }

  @Test
  void names_nullOrEmpty_refusedWithASentence() {
    assertThatThrownBy(() -> Sentences.names(null, "the names"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The assertion needs at least one of the names, not null.");
    assertThatThrownBy(() -> Sentences.names(new String[] {null}, "the names"))
        .hasMessage("The assertion needs the names, but name 1 of 1 is null.");
    assertThat(Sentences.names(new String[] {"a", "b"}, "the names")).containsExactly("a", "b");
  }
}
