package dev.topology.cli;

import dev.topology.formats.diagram.Exports;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.startup.Phase;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code graph}: the topology, or an impact, as Graphviz DOT or a Mermaid flowchart, printed as
 * the engine exports it so that it can be piped to {@code dot} or pasted into Markdown.
 *
 * <p>The text is never coloured: escape codes would break both formats.
 */
@Command(name = "graph", description = {
    "Print the topology, or an impact, as Graphviz DOT or a Mermaid flowchart.",
    "Pipe DOT to 'dot -Tsvg'; paste Mermaid into a ```mermaid block of Markdown. Severity is"
        + " the fill colour, and a legend explains colours, shapes and edges (--no-legend leaves it"
        + " out)."})
final class GraphCommand extends QueryCommand {
  /** The text formats of the engine's exports. */
  enum Format {
    DOT,
    MERMAID
  }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "dot",
      description = "dot or mermaid (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(names = "--impact", arity = "1..*", split = ",", paramLabel = "NAME",
      description = "Draw only the impact of these failed services: them, what they take down,"
          + " and why.")
  private List<String> failed;

  @Option(names = "--phase", paramLabel = "PHASE",
      description = "With --impact: startup or runtime, whether the system is starting or"
          + " running (default: runtime).")
  private Phase phase;

  @Option(names = "--no-legend",
      description = "Leave out the legend, which is wider than a small graph.")
  private boolean noLegend;

  @Spec
  private CommandSpec spec;

  private String text(Query query) {
    if (failed == null && phase != null) {
      throw new ParameterException(spec.commandLine(),
          "--phase applies to an impact: give the failed services with --impact NAME.");
    }
    TopologyGraph graph = query.graph();
    if (failed == null) {
      return format == Format.DOT ? Exports.dot(graph, !noLegend)
          : Exports.mermaid(graph, !noLegend);
    }
    Impact impact = graph.impact(phase == null ? Phase.RUNTIME : phase, failed);
    return format == Format.DOT ? Exports.dot(impact, !noLegend)
        : Exports.mermaid(impact, !noLegend);
  }

  @Override
  Object json(Query query) {
    ObjectNode root = JsonOutput.object();
    String text = text(query);
    root.put("format", format.name());
    root.put("text", text);
    return root;
  }

  @Override
  void print(Query query, Printer out) {
    out.raw(text(query));
  }
}
