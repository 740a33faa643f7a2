package dev.topology.cli;

import dev.topology.api.Severity;
import dev.topology.formats.json.AnswerJson;
import dev.topology.graph.impact.AffectedService;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.impact.ImpactNote;
import dev.topology.graph.startup.Phase;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code impact NAME...}: what the failure of the named services takes down, worst first, each
 * with the path that explains it, cut to its end so that the answer stays linear in the number
 * of affected services.
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
  Object json(Query query) {
    return query.graph().impact(phase, failed);
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
    List<ImpactNote> unnamed = impact.unnamedDependents();
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
      for (AffectedService service : impact.affected()) {
        table.row(service.name(), service.severity(), path(service));
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

  /**
   * The path for people: in full when it has at most {@value AnswerJson#PATH_SHOWN} services,
   * as the JSON shows it; otherwise the failed service, the count of those left out, and the
   * last {@value AnswerJson#PATH_SHOWN}. Each path costs at most that many steps, so the table
   * stays linear in the number of affected services.
   */
  static String path(AffectedService service) {
    List<String> shown = service.pathEnd(AnswerJson.PATH_SHOWN);
    int hidden = service.pathLength() - shown.size() - 1;
    if (hidden < 0) {
      return String.join(" -> ", shown);
    }
    return service.cause() + (hidden == 0 ? "" : " -> ... (" + hidden + " more)") + " -> "
        + String.join(" -> ", shown);
  }
}
