package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules for names and the search for the closest ones, at their edges. */
class NamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"a\u007fb", "a\u00a0b", "a\u2003b", "a\u2028b", "a\u0085b", "a\tb",
      "a\u0000"})
  void whyInvalid_whiteSpaceOrControlBeyondAscii_rejected(String name) {
    assertThat(Names.whyInvalid(name)).isEqualTo("holds white space or a control character");
  }

  @ParameterizedTest
  @ValueSource(strings = {"caf\u00e9", "na\u00efve", "\u00e9", "~", "!", "tutum/logrotate",
      "\u65e5\u672c"})
  void whyInvalid_printableBeyondAscii_accepted(String name) {
    assertThat(Names.whyInvalid(name)).isNull();
  }

  @Test
  void closest_nearerNamesFirst_thenByName() {
    // "abcdef" allows two edits: zbcdef is one away, abcdxy two, so zbcdef comes first.
    assertThat(Names.closest("abcdef", List.of("abcdxy", "zbcdef", "uvwxyz"), 5))
        .containsExactly("zbcdef", "abcdxy");
  }

  @Test
  void closest_editsUpToAThirdOfTheName() {
    // Five letters allow two edits; the two-away name is found although it contains no part.
    assertThat(Names.closest("abcde", List.of("abxye"), 5)).containsExactly("abxye");
    assertThat(Names.closest("abcde", List.of("axyze"), 5)).isEmpty();
  }

  @Test
  void closest_swapOfNeighboursIsOneEdit() {
    assertThat(Names.closest("abcd", List.of("bacd"), 5)).containsExactly("bacd");
    assertThat(Names.closest("abcd", List.of("badc"), 5)).isEmpty();
  }

  @Test
  void closest_oneLetter_onlyNamesOneEditAway() {
    assertThat(Names.closest("x", List.of("ab", "xy", "y"), 5)).containsExactly("xy", "y");
  }

  @Test
  void closest_containedOrContaining_afterTheNearOnes() {
    assertThat(Names.closest("front", List.of("frontend-service", "fronT", "fr"), 5))
        .containsExactly("fronT", "fr", "frontend-service");
  }

  @Test
  void closest_containingNames_afterEveryNameWithinTheEdits() {
    assertThat(Names.closest("abcdef", List.of("abcdef-service", "abcdxy"), 5))
        .containsExactly("abcdxy", "abcdef-service");
    assertThat(Names.closest("abcdef", List.of("abcdef-service", "abcdxy"), 1))
        .containsExactly("abcdxy");
  }

  @Test
  void closest_namesUpTo128Characters_compared() {
    String name = "a".repeat(127) + "b";
    String near = "a".repeat(128);
    assertThat(Names.closest(name, List.of(near), 5)).containsExactly(near);
    assertThat(Names.closest(name + "c", List.of(near), 5)).isEmpty();
    assertThat(Names.closest(name, List.of(near + "a"), 5)).isEmpty();
  }

  @Test
  void closest_byService_atMostThreeOnePerService() {
    Topology topology = Topology.of(
        Service.builder().name("abcd1").image("abcd2").severity(Severity.LOW).build(),
        Service.of("abcd3", Severity.LOW), Service.of("abcd4", Severity.LOW),
        Service.of("abcd5", Severity.LOW));
    assertThat(topology.closestNames("abcd")).containsExactly("abcd1", "abcd3", "abcd4");
  }

  @Test
  void quote_controlCharacters_escaped() {
    assertThat(Names.quote("a\u001bb\n")).isEqualTo("'a\\u001bb\\u000a'");
    assertThat(Names.quote(null)).isEqualTo("null");
  }
}
