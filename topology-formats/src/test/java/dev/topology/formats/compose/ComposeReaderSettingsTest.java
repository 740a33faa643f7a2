package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Severity;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a {@link ComposeReader} was built with, read back, and its description in jshell. */
class ComposeReaderSettingsTest {
  @Test
  void builder_everySetting_readBack() {
    ComposeFileResolver resolver = path -> Optional.empty();
    ComposeReader reader = ComposeReader.builder().variables(Map.of("TAG", "1", "A", "x"))
        .defaultSeverity(Severity.HIGH).keepScaledToZero(true).resolver(resolver).build();
    assertThat(reader.variables()).containsExactly(Map.entry("A", "x"), Map.entry("TAG", "1"));
    assertThat(reader.defaultSeverity()).isEqualTo(Severity.HIGH);
    assertThat(reader.keepsScaledToZero()).isTrue();
    assertThat(reader.resolver()).containsSame(resolver);
    assertThat(reader).hasToString("ComposeReader[2 variables, default severity HIGH, keeping"
        + " services scaled to 0, with a file resolver]");
  }

  @Test
  void defaults_noVariablesMediumSeverityNoResolver() {
    ComposeReader reader = ComposeReader.defaults();
    assertThat(reader.variables()).isEmpty();
    assertThat(reader.defaultSeverity()).isEqualTo(Severity.MEDIUM);
    assertThat(reader.keepsScaledToZero()).isFalse();
    assertThat(reader.resolver()).isEmpty();
    assertThat(reader).hasToString("ComposeReader[0 variables, default severity MEDIUM]");
  }
}
