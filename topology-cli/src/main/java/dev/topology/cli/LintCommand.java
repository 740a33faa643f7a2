package dev.topology.cli;

import dev.topology.formats.compose.ComposeFinding;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.lint.LintRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code lint}: what the engine's inspections find, grouped by rule, and with {@code --compose}
 * what {@code docker compose up} would fail or hang on in the file.
 *
 * <p>A finding is advice, not an error, so the exit code is 0 whatever is found.
 */
@Command(name = "lint", description = {
    "Inspect the topology for what may be a mistake; findings are advice.",
    "Unused one-shot tasks, runtime dependencies on tasks and startup-only services, single"
        + " points of failure, redundant startup dependencies; with --compose, also waits for"
        + " health on services that declare no healthcheck, waits for completion on services"
        + " restarted when they exit, required dependencies on profile services. The exit code"
        + " is 0 whatever is found."})
final class LintCommand extends QueryCommand {

  /**
   * The engine's findings and, for a Compose file, the file's own: two answers, of two
   * libraries' inspections, in one document of the tool's.
   */
  @Override
  Object json(Query query) {
    ObjectNode root = JsonOutput.object();
    root.set("findings", JsonOutput.tree(query.graph().lint()));
    if (query.compose() != null) {
      root.set("compose", JsonOutput.tree(query.compose().lint()));
    }
    return root;
  }

  @Override
  void print(Query query, Printer out) {
    Map<LintRule, List<LintFinding>> byRule = new EnumMap<>(LintRule.class);
    List<LintFinding> findings = query.graph().lint();
    for (LintFinding finding : findings) {
      byRule.computeIfAbsent(finding.rule(), rule -> new ArrayList<>()).add(finding);
    }
    Map<ComposeFinding.Rule, List<ComposeFinding>> composeByRule =
        new EnumMap<>(ComposeFinding.Rule.class);
    List<ComposeFinding> compose = query.compose() == null ? List.of() : query.compose().lint();
    for (ComposeFinding finding : compose) {
      composeByRule.computeIfAbsent(finding.rule(), rule -> new ArrayList<>()).add(finding);
    }
    int total = findings.size() + compose.size();
    int rules = byRule.size() + composeByRule.size();
    query.heading(out, "Lint: " + (total == 0 ? "nothing found"
        : Counts.of(total, "finding") + " under " + Counts.of(rules, "rule")
            + ", advice rather than errors"));
    for (Map.Entry<LintRule, List<LintFinding>> rule : byRule.entrySet()) {
      out.line();
      out.line(out.bold(rule.getKey().name()) + " (" + rule.getValue().size() + "): "
          + rule.getKey().description());
      for (LintFinding finding : rule.getValue()) {
        out.line("  " + finding.message());
      }
    }
    for (Map.Entry<ComposeFinding.Rule, List<ComposeFinding>> rule : composeByRule.entrySet()) {
      out.line();
      out.line(out.bold(rule.getKey().name()) + " (" + rule.getValue().size()
          + "): " + rule.getKey().description());
      for (ComposeFinding finding : rule.getValue()) {
        out.line("  " + finding);
      }
    }
  }
}
