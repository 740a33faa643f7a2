package dev.topology.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestNamesTest {

  @Test
  void of_misspeltName_closestFirstAtMostThree() {
    assertThat(ClosestNames.of("postgress", List.of("redis", "postgres", "postgres-16")))
        .containsExactly("postgres", "postgres-16");
    assertThat(ClosestNames.of("ab", List.of("aa", "ac", "ad", "ae"))).hasSize(3);
  }

  @Test
  void of_nothingClose_empty() {
    assertThat(ClosestNames.of("nginx", List.of("postgres", "redis"))).isEmpty();
    assertThat(ClosestNames.of(null, List.of("postgres"))).isEmpty();
  }

  @Test
  void of_nullAmongTheKnownNames_skipsIt() {
    assertThat(ClosestNames.of("redsi", Arrays.asList(null, "redis"))).containsExactly("redis");
  }

  @Test
  void of_nullKnownNames_libraryException() {
    assertThatThrownBy(() -> ClosestNames.of("x", null))
        .isInstanceOf(InvalidTopologyException.class)
        .hasMessage("ClosestNames.of needs the known names, not null.");
  }
}
