package dev.topology.api;

/**
 * The null check of the generated builders. A generated builder of a record that nests its own
 * {@code Builder} calls {@code Builder.requireNonNull}; this class answers that call, so that a
 * null argument raises the library's own exception instead of a NullPointerException.
 */
final class Builder {
  private Builder() {}

  static <T> T requireNonNull(T value, String what) {
    if (value == null) {
      throw new InvalidTopologyException(
          "A value for " + what + " is required, not null; use an empty Optional or list instead.");
    }
    return value;
  }
}
