package dev.topology.graph.internal;

import dev.topology.api.Severity;
import dev.topology.graph.triage.GuessedMatch;
import dev.topology.graph.triage.RecoveryStep;
import dev.topology.graph.triage.Triage;
import dev.topology.graph.triage.TriageCause;
import dev.topology.graph.triage.Verdict;
import java.util.List;
import java.util.Optional;

/** The one-line summary of a {@link Triage}, for people. */
public final class TriageSummary {
  private static final int NAMED_IN_WAVE = 2;

  private TriageSummary() {}

  public static String of(Triage triage) {
    StringBuilder text = new StringBuilder();
    if (triage.failed().isEmpty()) {
      text.append("Nothing down: ").append(count(triage, Verdict.UP, "service")).append(" up");
      long partly = triage.services().stream().filter(s -> s.verdict() == Verdict.PARTLY_UP)
          .count();
      if (partly > 0) {
        text.append(", ").append(partly).append(" partly up");
      }
      long completed = triage.services().stream()
          .filter(s -> s.verdict() == Verdict.COMPLETED).count();
      if (completed > 0) {
        text.append(", ").append(plural(completed, "one-shot task")).append(" completed");
      }
      long pending = triage.services().stream().filter(s -> s.verdict() == Verdict.PENDING)
          .count();
      if (pending > 0) {
        text.append(", ").append(plural(pending, "one-shot task")).append(" pending");
      }
      text.append('.');
    } else {
      text.append(plural(triage.failed().size(), "service")).append(" down, ");
      List<TriageCause> causes = triage.causes();
      if (causes.isEmpty()) {
        text.append("no root cause among them");
      } else {
        text.append(plural(causes.size(), "root cause")).append(": ");
        for (int i = 0; i < causes.size(); i++) {
          TriageCause cause = causes.get(i);
          text.append(i == 0 ? "" : ", ").append(cause.service()).append(" (")
              .append(cause.severity()).append(')');
        }
      }
      // Each cause's own severity is in its brackets; how bad the whole is only when worse.
      Optional<Severity> causesOwn = causes.stream().map(TriageCause::severity)
          .reduce(Severity::max);
      triage.severity().filter(s -> causesOwn.map(own -> s.compareTo(own) > 0).orElse(true))
          .ifPresent(s -> text.append(", worst ").append(s));
      if (!triage.unexplained().isEmpty()) {
        text.append(", ").append(plural(triage.unexplained().size(), "failure"))
            .append(" unexplained");
      }
      text.append(". ").append(triage.atRisk().isEmpty() ? "Nothing else"
          : triage.atRisk().size() + " more").append(" at risk");
      if (triage.wholeSystemDown()) {
        text.append("; the whole system is down");
      }
      text.append('.');
    }
    if (!triage.unobserved().isEmpty()) {
      text.append(' ').append(plural(triage.unobserved().size(), "service"))
          .append(" not observed.");
    }
    List<List<String>> waves = triage.recoveryWaves();
    if (!waves.isEmpty()) {
      text.append(' ').append(recovery(triage, waves)).append('.');
    }
    if (!triage.toCheck().isEmpty()) {
      List<String> check = triage.toCheck();
      text.append(waves.isEmpty() ? " Check: " : " Then check: ").append(check.size()
          <= NAMED_IN_WAVE ? String.join(" and ", check) : check.size() + " services").append('.');
    }
    if (!triage.guessedMatches().isEmpty()) {
      text.append(" Matched by image only, a guess: ");
      List<GuessedMatch> guesses = triage.guessedMatches();
      for (int i = 0; i < guesses.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(guesses.get(i).container()).append(" as ")
            .append(guesses.get(i).service());
      }
      text.append('.');
    }
    if (!triage.switchedOn().isEmpty()) {
      List<String> choices = new java.util.ArrayList<>();
      triage.switchedOn().forEach((choice, value) -> choices.add(choice + "=" + value));
      text.append(" Switched on for the containers seen: ").append(String.join(", ", choices))
          .append('.');
    }
    return text.toString();
  }

  /**
   * The waves in words, each with the action its steps take: "Restart: db, then api" when
   * every step takes the same one, else the verb where it changes ("Run migrate, then start
   * 3 services, then web"), so that the words match the recovery's action column.
   */
  private static String recovery(Triage triage, List<List<String>> waves) {
    java.util.Map<String, RecoveryStep.Action> actions = new java.util.HashMap<>();
    for (RecoveryStep step : triage.recovery()) {
      if (step.action() != RecoveryStep.Action.CHECK) {
        actions.put(step.service(), step.action());
      }
    }
    boolean one = actions.values().stream().distinct().count() == 1;
    StringBuilder text = new StringBuilder();
    if (one) {
      text.append(capitalized(actions.values().iterator().next().word())).append(": ");
    }
    RecoveryStep.Action previous = null;
    for (int k = 0; k < waves.size(); k++) {
      // One wave's steps by action, in the order of the actions, each group in wave order.
      java.util.Map<RecoveryStep.Action, List<String>> groups =
          new java.util.EnumMap<>(RecoveryStep.Action.class);
      for (String name : waves.get(k)) {
        groups.computeIfAbsent(actions.getOrDefault(name, RecoveryStep.Action.START),
            a -> new java.util.ArrayList<>()).add(name);
      }
      text.append(k == 0 ? "" : ", then ");
      boolean first = true;
      for (java.util.Map.Entry<RecoveryStep.Action, List<String>> group : groups.entrySet()) {
        text.append(first ? "" : " and ");
        if (!one && group.getKey() != previous) {
          String verb = group.getKey().word();
          text.append(text.length() == 0 ? capitalized(verb) : verb).append(' ');
        }
        List<String> names = group.getValue();
        text.append(names.size() <= NAMED_IN_WAVE ? String.join(" and ", names)
            : names.size() + " services");
        previous = group.getKey();
        first = false;
      }
    }
    return text.toString();
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String count(Triage triage, Verdict verdict, String noun) {
    return plural(triage.services().stream().filter(s -> s.verdict() == verdict).count(), noun);
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
