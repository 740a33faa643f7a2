package dev.topology.testing;

/** The kit's argument checks: a null is refused with a sentence, never a bare NPE. */
final class Checks {
  private Checks() {}

  static <T> T notNull(T value, String message) {
    if (value == null) {
      throw new IllegalArgumentException(message);
    }
    return value;
  }
}
