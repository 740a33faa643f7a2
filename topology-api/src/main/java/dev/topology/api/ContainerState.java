package dev.topology.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The state of one container as Docker reports it ({@code docker ps}'s {@code State} column, the
 * {@code State} field of {@code docker compose ps}).
 *
 * <p>A service that no container was seen for has no state: an {@link Observation} simply holds
 * no container for it, and {@code TopologyGraph.triage} reports it as not seen.
 */
public enum ContainerState {
  /** Created but never started. */
  CREATED,
  /** Exited and being restarted by its restart policy. */
  RESTARTING,
  /** Its processes run (its health, if it has a check, is reported apart). */
  RUNNING,
  /** Being removed. */
  REMOVING,
  /** Its processes are frozen ({@code docker pause}): they hold their state but serve nothing. */
  PAUSED,
  /** Its main process has ended, with an exit code. */
  EXITED,
  /** Docker failed to stop or remove it; it runs nothing. */
  DEAD;

  /**
   * Returns the state Docker spells with this word.
   *
   * <p>Cost: O(1).
   *
   * @param word Docker's word, in any case: {@code created}, {@code restarting}, {@code
   *     running}, {@code removing}, {@code paused}, {@code exited} or {@code dead}
   * @return the state, or empty if the word is none of those (or null)
   */
  public static Optional<ContainerState> fromDocker(String word) {
    if (word == null) {
      return Optional.empty();
    }
    for (ContainerState state : values()) {
      if (state.docker().equals(word.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(state);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns Docker's word for this state.
   *
   * @return the lower-case word, such as {@code "exited"}
   */
  public String docker() {
    return name().toLowerCase(Locale.ROOT);
  }
}
