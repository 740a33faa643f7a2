package dev.topology.graph.internal;

import dev.topology.api.ContainerState;
import dev.topology.api.Health;
import dev.topology.api.Lifecycle;
import dev.topology.api.ObservedContainer;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.Verdict;
import java.util.ArrayList;
import java.util.List;

/** The verdict on one service from its containers: the rules of {@link Triage}, in one place. */
public final class Judge {
  /** A verdict and its grounds. */
  public record Judgement(Verdict verdict, String reason) {}

  private Judge() {}

  /**
   * The verdict for a lifecycle; startup-only services depend on the phase. Without a
   * container, a partial observation knows nothing of the service.
   */
  public static Judgement of(Lifecycle lifecycle, Phase phase, List<ObservedContainer> seen,
      boolean complete) {
    if (seen.isEmpty() && !complete) {
      return new Judgement(Verdict.UNOBSERVED, "not observed: no container in a partial"
          + " observation");
    }
    return switch (lifecycle) {
      case LONG_RUNNING -> longRunning(seen);
      case ONE_SHOT -> oneShot(seen);
      case STARTUP_ONLY -> phase == Phase.STARTUP ? longRunning(seen) : startupOnlyAtRuntime(seen);
    };
  }

  public static Judgement longRunning(List<ObservedContainer> seen) {
    if (seen.isEmpty()) {
      return new Judgement(Verdict.NOT_SEEN, "never created: no container in a complete"
          + " observation");
    }
    int up = (int) seen.stream().filter(ObservedContainer::isUp).count();
    if (up == seen.size()) {
      return new Judgement(Verdict.UP, seen.size() == 1 ? describe(seen.get(0))
          : "all " + seen.size() + " containers up");
    }
    if (up > 0) {
      return new Judgement(Verdict.PARTLY_UP,
          up + " of " + seen.size() + " containers up; " + describeNotUp(seen));
    }
    if (seen.stream().anyMatch(c -> c.state() == ContainerState.RUNNING)) {
      return new Judgement(Verdict.UNHEALTHY, describeAll(seen));
    }
    if (seen.stream().allMatch(c -> c.state() == ContainerState.CREATED)) {
      return new Judgement(Verdict.NOT_STARTED, describeAll(seen));
    }
    return new Judgement(Verdict.DOWN, describeAll(seen));
  }

  public static Judgement oneShot(List<ObservedContainer> seen) {
    if (seen.isEmpty()) {
      return new Judgement(Verdict.PENDING, "not run yet: no container seen");
    }
    boolean failed = seen.stream().anyMatch(c -> c.state() == ContainerState.DEAD
        || c.state() == ContainerState.RESTARTING
        || c.state() == ContainerState.EXITED && c.exitCode().isPresent()
            && c.exitCode().getAsInt() != 0);
    if (failed) {
      return new Judgement(Verdict.FAILED, describeAll(seen));
    }
    if (seen.stream().anyMatch(c -> c.state() == ContainerState.EXITED
        && c.exitCode().isEmpty())) {
      return new Judgement(Verdict.UNKNOWN, describeAll(seen)
          + ": completed or failed, the observation does not say");
    }
    if (seen.stream().allMatch(c -> c.state() == ContainerState.EXITED)) {
      return new Judgement(Verdict.COMPLETED, describeAll(seen));
    }
    return new Judgement(Verdict.PENDING, describeAll(seen));
  }

  private static Judgement startupOnlyAtRuntime(List<ObservedContainer> seen) {
    if (!seen.isEmpty() && seen.stream().allMatch(ObservedContainer::isUp)) {
      return longRunning(seen);
    }
    return new Judgement(Verdict.NOT_NEEDED, (seen.isEmpty() ? "no container seen"
        : describeAll(seen)) + "; needed only at startup");
  }

  private static String describeAll(List<ObservedContainer> seen) {
    if (seen.size() == 1) {
      return describe(seen.get(0));
    }
    List<String> parts = new ArrayList<>();
    seen.forEach(c -> parts.add(c.name() + " " + describe(c)));
    return String.join("; ", parts);
  }

  private static String describeNotUp(List<ObservedContainer> seen) {
    List<String> parts = new ArrayList<>();
    seen.stream().filter(c -> !c.isUp()).forEach(c -> parts.add(c.name() + " " + describe(c)));
    return String.join("; ", parts);
  }

  /** One container's state in words: {@code exited (137)}, {@code running, unhealthy}. */
  public static String describe(ObservedContainer c) {
    String code = c.exitCode().isPresent() ? " (" + c.exitCode().getAsInt() + ")" : "";
    return switch (c.state()) {
      case RUNNING -> "running" + (c.health() == Health.NONE ? ""
          : c.health() == Health.STARTING ? ", health: starting"
          : ", " + c.health().name().toLowerCase(java.util.Locale.ROOT));
      case EXITED -> "exited" + (code.isEmpty() ? ", code unknown" : code);
      case RESTARTING -> "restarting" + code;
      case CREATED -> "created, never started";
      case PAUSED -> "paused: its processes are frozen";
      case REMOVING -> "being removed";
      case DEAD -> "dead";
    };
  }
}
