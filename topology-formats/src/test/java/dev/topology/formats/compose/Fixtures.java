package dev.topology.formats.compose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Compose files under src/test/resources/compose, as text. */
final class Fixtures {
  private Fixtures() {}

  static String compose(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/compose/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test file compose/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
