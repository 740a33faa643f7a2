package dev.topology.formats.docker;

import dev.topology.api.ContainerState;
import dev.topology.api.Health;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Docker's human {@code Status} text says: {@code Up 3 hours (healthy)}, {@code Up 5 seconds
 * (health: starting)}, {@code Exited (1) 2 minutes ago}, {@code Restarting (1) 10 seconds ago},
 * {@code Created}, {@code Dead}, {@code Removal In Progress}, {@code Up 1 second (Paused)}.
 */
record StatusText(Optional<ContainerState> state, Health health, OptionalInt exitCode) {
  private static final Pattern CODE = Pattern.compile("^(?:Exited|Restarting) \\((-?\\d{1,10})\\)");

  static StatusText parse(String status) {
    if (status == null) {
      return new StatusText(Optional.empty(), Health.NONE, OptionalInt.empty());
    }
    String text = status.strip();
    Optional<ContainerState> state = Optional.empty();
    if (text.startsWith("Up")) {
      state = Optional.of(text.contains("(Paused)") ? ContainerState.PAUSED
          : ContainerState.RUNNING);
    } else if (text.startsWith("Exited")) {
      state = Optional.of(ContainerState.EXITED);
    } else if (text.startsWith("Restarting")) {
      state = Optional.of(ContainerState.RESTARTING);
    } else if (text.startsWith("Created")) {
      state = Optional.of(ContainerState.CREATED);
    } else if (text.startsWith("Dead")) {
      state = Optional.of(ContainerState.DEAD);
    } else if (text.startsWith("Removal")) {
      state = Optional.of(ContainerState.REMOVING);
    }
    Health health = Health.NONE;
    if (text.contains("(healthy)")) {
      health = Health.HEALTHY;
    } else if (text.contains("(unhealthy)")) {
      health = Health.UNHEALTHY;
    } else if (text.contains("(health: starting)")) {
      health = Health.STARTING;
    }
    OptionalInt code = OptionalInt.empty();
    Matcher m = CODE.matcher(text);
    if (m.find()) {
      long value = Long.parseLong(m.group(1));
      if (value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) {
        code = OptionalInt.of((int) value);
      }
    }
    return new StatusText(state, health, code);
  }
}
