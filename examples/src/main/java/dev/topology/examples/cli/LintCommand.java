package dev.topology.examples.cli;

import dev.topology.graph.LintFinding;
import dev.topology.graph.LintRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code lint}: what the engine's inspections find, grouped by rule.
 *
 * <p>A finding is advice, not an error, so the exit code is 0 whatever is found.
 */
@Command(name = "lint", description = {
    "Inspect the topology for what may be a mistake; findings are advice.",
    "Unused one-shot tasks, runtime dependencies on tasks and startup-only services, single"
        + " points of failure, redundant startup dependencies. The exit code is 0 whatever"
        + " is found."})
final class LintCommand extends QueryCommand {

  @Override
  JsonNode json(Query query) {
    ObjectNode root = JsonOutput.object();
    ArrayNode findings = root.putArray("findings");
    for (LintFinding finding : query.graph().lint()) {
      ObjectNode node = findings.addObject();
      node.put("rule", finding.rule().name());
      node.set("services", JsonOutput.names(finding.services()));
      node.put("message", finding.message());
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
    query.heading(out, "Lint: " + (findings.isEmpty() ? "nothing found"
        : Counts.of(findings.size(), "finding") + " under " + Counts.of(byRule.size(), "rule")
            + ", advice rather than errors"));
    for (Map.Entry<LintRule, List<LintFinding>> rule : byRule.entrySet()) {
      out.line();
      out.line(out.bold(rule.getKey().name()) + " (" + rule.getValue().size() + "): "
          + rule.getKey().description());
      for (LintFinding finding : rule.getValue()) {
        out.line("  " + finding.message());
      }
    }
  }
}
