package dev.topology.api;

import java.util.Locale;
import java.util.Optional;

/** The result of a container's health check, as Docker reports it. */
public enum Health {
  /** The health check passes. */
  HEALTHY,
  /** The health check fails. */
  UNHEALTHY,
  /** The health check has not passed yet since the container started. */
  STARTING,
  /** The container has no health check, or it does not run. */
  NONE;

  /**
   * Returns the health Docker spells with this word.
   *
   * <p>Cost: O(1).
   *
   * @param word {@code healthy}, {@code unhealthy} or {@code starting}, in any case; empty text
   *     means {@link #NONE}
   * @return the health, or empty if the word is none of those (or null)
   */
  public static Optional<Health> fromDocker(String word) {
    if (word == null) {
      return Optional.empty();
    }
    String key = word.strip().toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return Optional.of(NONE);
    }
    for (Health health : values()) {
      if (health != NONE && health.name().toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(health);
      }
    }
    return Optional.empty();
  }
}
