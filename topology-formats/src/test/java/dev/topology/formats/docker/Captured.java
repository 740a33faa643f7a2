package dev.topology.formats.docker;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The captured outputs under {@code src/test/resources/docker}. */
final class Captured {
  private Captured() {}

  static String text(String file) {
    try (InputStream in = Captured.class.getResourceAsStream("/docker/" + file)) {
      if (in == null) {
        throw new IllegalStateException("No test resource docker/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
