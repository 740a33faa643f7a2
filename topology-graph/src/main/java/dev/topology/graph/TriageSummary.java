package dev.topology.graph;

import dev.topology.api.Severity;
import java.util.List;
import java.util.Optional;

/** The one-line summary of a {@link Triage}, for people. */
final class TriageSummary {
  private static final int NAMED_IN_WAVE = 2;

  private TriageSummary() {}

  static String of(Triage triage) {
    StringBuilder text = new StringBuilder();
    if (triage.failed().isEmpty()) {
      text.append("Nothing down: ").append(count(triage, Verdict.UP, "service")).append(" up");
      long partly = triage.services().stream().filter(s -> s.verdict() == Verdict.PARTLY_UP)
          .count();
      if (partly > 0) {
        text.append(", ").append(partly).append(" partly up");
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
      boolean restarts = triage.recovery().stream()
          .anyMatch(s -> s.action() == RecoveryStep.Action.RESTART);
      text.append(restarts ? " Restart: " : " Start: ");
      for (int k = 0; k < waves.size(); k++) {
        List<String> wave = waves.get(k);
        text.append(k == 0 ? "" : ", then ").append(wave.size() <= NAMED_IN_WAVE
            ? String.join(" and ", wave) : wave.size() + " services");
      }
      text.append('.');
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

  private static String count(Triage triage, Verdict verdict, String noun) {
    return plural(triage.services().stream().filter(s -> s.verdict() == verdict).count(), noun);
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
