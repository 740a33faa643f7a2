package dev.topology.formats.compose;

import dev.topology.api.Readiness;
import dev.topology.formats.compose.ComposeFinding.Rule;
import dev.topology.formats.compose.ComposeMapping.Edge;
import dev.topology.formats.compose.ComposeMapping.ServiceDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks for the dependencies {@code docker compose up} fails or hangs on, over the services it
 * starts. What docker compose does, in its {@code pkg/compose/convergence.go}: for {@code
 * service_healthy} it fails with "container ... has no healthcheck configured" when the
 * container has no health test; for {@code service_completed_successfully} it waits for the
 * container to exit, which one restarted by {@code always} or {@code unless-stopped} may never
 * stay; a dependency on a service scaled to 0 is not waited for.
 */
final class ComposeLint {
  private static final Set<String> RESTARTING = Set.of("always", "unless-stopped");

  private ComposeLint() {}

  /** The findings on the drafts that {@code up} starts, in the order of the file. */
  static List<ComposeFinding> of(Map<String, ServiceDraft> drafts) {
    List<ComposeFinding> findings = new ArrayList<>();
    for (ServiceDraft draft : drafts.values()) {
      for (Edge edge : draft.edges.values()) {
        ServiceDraft target = drafts.get(edge.target());
        if (target == null) {
          continue;
        }
        List<String> pair = List.of(draft.name, target.name);
        if (edge.readiness() == Readiness.HEALTHY && !Boolean.TRUE.equals(target.healthcheck)) {
          findings.add(finding(Rule.HEALTHCHECK_NOT_DECLARED, edge.path(), pair,
              "service '" + draft.name + "' waits for '" + target.name + "' to be healthy, but '"
                  + target.name + "' declares no healthcheck" + (target.healthcheck == null ? ""
                      : " (it disables one)") + "; docker compose up fails on it unless its"
                  + " image defines one. Add a healthcheck to '" + target.name + "', or wait"
                  + " for service_started."));
        }
        if (edge.readiness() == Readiness.COMPLETED && target.restart != null
            && RESTARTING.contains(target.restart)) {
          findings.add(finding(Rule.COMPLETION_RESTARTED, edge.path(), pair,
              "service '" + draft.name + "' waits for '" + target.name + "' to complete, but '"
                  + target.name + "' has restart: " + target.restart + ", so the engine starts"
                  + " it again when it exits and docker compose up may wait for ever. Give '"
                  + target.name + "' restart: \"no\" or on-failure."));
        }
        if (edge.required() && !target.profiles.isEmpty()
            && !target.profiles.containsAll(draft.profiles.isEmpty() ? List.of("")
                : draft.profiles)) {
          List<String> without = draft.profiles.stream()
              .filter(p -> !target.profiles.contains(p)).toList();
          findings.add(finding(Rule.PROFILE_DEPENDENCY, edge.path(), pair,
              "service '" + draft.name + "' requires '" + target.name + "', which runs only"
                  + " with the profile" + (target.profiles.size() == 1 ? " " : "s ")
                  + quoted(target.profiles) + ", but '" + draft.name + "' runs "
                  + (without.isEmpty() ? "without profiles"
                      : "with the profile" + (without.size() == 1 ? " " : "s ")
                          + quoted(without))
                  + "; docker compose up refuses the file then. Add required: false to the"
                  + " dependency, or give '" + draft.name + "' the same profiles."));
        }
      }
    }
    return List.copyOf(findings);
  }

  private static String quoted(List<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }

  private static ComposeFinding finding(Rule rule, String path, List<String> services,
      String message) {
    return ComposeFinding.builder().rule(rule).path(path).services(services).message(message)
        .build();
  }
}
