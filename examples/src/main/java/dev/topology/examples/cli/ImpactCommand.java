package dev.topology.examples.cli;

import dev.topology.api.DependencyKind;
import dev.topology.api.Severity;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.impact.ImpactNote;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code impact NAME...}: what the failure of the named services takes down, worst first, each
 * with the path that explains it, cut as {@link ImpactPaths} says so that the answer stays
 * linear in the number of affected services.
 */
@Command(name = "impact", description = "Show what the failure of the named services takes"
    + " down, worst severity first, each with the path that explains why.")
final class ImpactCommand extends QueryCommand {
  @Parameters(arity = "1..*", paramLabel = "NAME",
      description = "The failed services, by any of their names.")
  private List<String> failed;

  @Option(names = "--phase", paramLabel = "PHASE", defaultValue = "runtime",
      description = "startup or runtime: whether the system is starting or running"
          + " (default: ${DEFAULT-VALUE}).")
  private Phase phase;

  @Override
  JsonNode json(Query query) {
    Impact impact = query.graph().impact(phase, failed);
    ObjectNode root = JsonOutput.object();
    root.set("failed", JsonOutput.names(impact.failed()));
    root.put("phase", impact.phase().name());
    ArrayNode affected = root.putArray("affected");
    ImpactPaths paths = new ImpactPaths(impact);
    for (AffectedService service : impact.affected()) {
      ObjectNode node = affected.addObject();
      node.put("name", service.name());
      node.put("severity", service.severity().name());
      node.set("path", JsonOutput.names(paths.shown(service.name())));
      node.put("pathLength", paths.length(service.name()));
      node.put("via", paths.via(service.name()));
      node.put("cause", paths.cause(service.name()));
      node.put("failureEffect", service.failureEffect());
    }
    root.put("worstSeverity", impact.worstSeverity().name());
    root.put("failedSeverity", impact.failedSeverity().name());
    root.put("propagatedSeverity", impact.propagatedSeverity().map(Severity::name).orElse(null));
    root.put("wholeSystemDown", impact.wholeSystemDown());
    List<ImpactNote> unnamed = unnamedDependents(impact);
    root.put("unnamedDependents", !unnamed.isEmpty());
    ArrayNode citations = root.putArray("unnamedDependentsCitations");
    for (ImpactNote note : unnamed) {
      citations.addObject().put("service", note.service()).put("citation", note.citation());
    }
    ArrayNode notes = root.putArray("notes");
    for (ImpactNote note : impact.notes()) {
      ObjectNode node = notes.addObject();
      node.put("service", note.service());
      node.put("kind", note.kind().name());
      node.put("citation", note.citation());
    }
    return root;
  }

  /**
   * The source's statements that unnamed services depend on a failed one in a way the phase
   * hits: at startup, those that need it to start; while running, both kinds, as a service that
   * needs another to start is at risk when it fails while running.
   */
  static List<ImpactNote> unnamedDependents(Impact impact) {
    List<ImpactNote> hit = new ArrayList<>();
    for (ImpactNote note : impact.notes()) {
      if (impact.phase() == Phase.RUNTIME || note.kind() == DependencyKind.STARTUP) {
        hit.add(note);
      }
    }
    return hit;
  }

  @Override
  void print(Query query, Printer out) {
    Impact impact = query.graph().impact(phase, failed);
    int count = impact.affected().size();
    StringBuilder title = new StringBuilder("Failure of ")
        .append(String.join(", ", impact.failed())).append(" (")
        .append(out.severity(impact.failedSeverity())).append(") at ")
        .append(impact.phase().name().toLowerCase(Locale.ROOT)).append(": ");
    if (impact.wholeSystemDown()) {
      title.append(out.severity(Severity.HIGH, "the whole system is down")).append(", ");
    }
    List<ImpactNote> unnamed = unnamedDependents(impact);
    if (count == 0) {
      title.append(unnamed.isEmpty() ? "nothing else is affected" : "nothing named is affected");
    } else {
      title.append(Counts.of(count, "service")).append(" affected");
    }
    impact.propagatedSeverity()
        .ifPresent(s -> title.append(" (worst ").append(out.severity(s)).append(')'));
    // When the whole system is down, the unnamed services are down with it: the note says who.
    if (!unnamed.isEmpty() && !impact.wholeSystemDown()) {
      title.append(count == 0 ? ", but the source says" : "; the source also says")
          .append(" unnamed services depend on ");
      for (int i = 0; i < unnamed.size(); i++) {
        ImpactNote note = unnamed.get(i);
        title.append(i == 0 ? "" : "; and on ").append(note.service()).append(": \"")
            .append(note.citation()).append('"');
      }
    }
    query.heading(out, title.toString());
    if (count > 0) {
      out.line();
      Table table = Table.of("SERVICE", "SEVERITY", "PATH");
      ImpactPaths paths = new ImpactPaths(impact);
      for (AffectedService service : impact.affected()) {
        table.row(service.name(), service.severity(), paths.text(service.name()));
      }
      table.print(out);
    }
    if (!impact.notes().isEmpty()) {
      out.line();
      for (ImpactNote note : impact.notes()) {
        out.line(out.dim("note: " + note.service() + " has unnamed "
            + note.kind().name().toLowerCase(Locale.ROOT) + " dependents: " + note.citation()));
      }
    }
  }
}
