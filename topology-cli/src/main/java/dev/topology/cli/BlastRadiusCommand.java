package dev.topology.cli;

import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.startup.Phase;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code blast-radius}: every service ranked by how many services its failure alone takes down.
 *
 * <p>Each row answers what {@code impact NAME} answers for that service, counted for all at
 * once, under the same names as the library's {@link ServiceBlast}: {@code worstSeverity} is the
 * worse of the service's own severity and {@code propagatedSeverity}, the worst it takes down.
 */
@Command(name = "blast-radius", description = {
    "Rank every service by how many services its failure alone takes down.",
    "Largest first, then by the worst severity it reaches, then by name."})
final class BlastRadiusCommand extends QueryCommand {
  @Option(names = "--phase", paramLabel = "PHASE", defaultValue = "runtime",
      description = "startup or runtime: whether the system is starting or running"
          + " (default: ${DEFAULT-VALUE}).")
  private Phase phase;

  @Override
  Object json(Query query) {
    return query.graph().blastRadius(phase);
  }

  @Override
  void print(Query query, Printer out) {
    BlastRadius blast = query.graph().blastRadius(phase);
    int count = blast.ranking().size();
    query.heading(out, "Blast radius at " + blast.phase().name().toLowerCase(Locale.ROOT) + ": "
        + Counts.of(count, "service") + ", most taken down first");
    Table table = Table.of("SERVICE", "SEVERITY", "TAKES DOWN", "WORST TAKEN DOWN");
    for (ServiceBlast row : blast.ranking()) {
      table.row(row.service(), row.severity(), String.valueOf(row.takesDown()),
          row.propagatedSeverity().orElse(null));
    }
    out.line();
    table.print(out);
  }
}
