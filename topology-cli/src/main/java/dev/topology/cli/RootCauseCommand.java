package dev.topology.cli;

import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code root-cause NAME...}: the smallest sets of services whose failure explains every
 * observed failure, best first, in the words of the library's {@link RootCause}: each
 * candidate's {@code alsoDown} services (down with it but not observed failing, its own included)
 * and their count, and whether it is {@code exact} or found greedily.
 *
 * <p>Only the first {@code --limit} candidates are shown, because telling what each one has down
 * costs a walk of the whole graph: on a long chain there are as many candidates as services.
 */
@Command(name = "root-cause", description = {
    "Find the smallest sets of services whose failure explains every observed failure.",
    "Candidates come best first: fewest services also down (down with the cause but not seen"
        + " failing), then by name. Sets of several services are searched only when no single"
        + " service explains them all: exhaustively up to 4 services, greedily beyond."})
final class RootCauseCommand extends QueryCommand {
  private static final int NAMES_SHOWN = 5;

  @Parameters(arity = "1..*", paramLabel = "NAME",
      description = "The services observed failing, by any of their names.")
  private List<String> observed;

  @Option(names = "--phase", paramLabel = "PHASE", defaultValue = "runtime",
      description = "startup or runtime: whether the system was starting or running"
          + " (default: ${DEFAULT-VALUE}).")
  private Phase phase;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "Show at most N candidates, best first (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Spec
  private CommandSpec spec;

  /** Every candidate for the search of {@code observed}, after checking the options. */
  private RootCauses causes(Query query) {
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(),
          "--limit must be 1 or more, not " + limit + ".");
    }
    return query.graph().rootCauses(phase, observed);
  }


  @Override
  Object json(Query query) {
    return causes(query).limit(limit);
  }

  @Override
  void print(Query query, Printer out) {
    RootCauses causes = causes(query).limit(limit);
    List<RootCause> shown = causes.candidates();
    int found = causes.found();
    StringBuilder title = new StringBuilder("Root causes of ")
        .append(String.join(", ", causes.observed())).append(" failing at ")
        .append(causes.phase().name().toLowerCase(Locale.ROOT)).append(": ")
        .append(Counts.of(found, "candidate")).append(found > 1 ? ", best first" : "");
    if (causes.best().map(best -> !best.exact()).orElse(false)) {
      title.append(", found greedily: a smaller set may exist");
    } else if (!causes.exhaustive()) {
      title.append("; the search stopped short, so there may be more of this size");
    }
    query.heading(out, title.toString());
    if (found == 0) {
      return;
    }
    Table table = Table.of("RANK", "CAUSE", "SEVERITY", "ALSO DOWN");
    int rank = 1;
    for (RootCause cause : shown) {
      table.row(String.valueOf(rank++), String.join(" + ", cause.services()), cause.severity(),
          alsoDown(cause));
    }
    out.line();
    table.print(out);
    out.line();
    out.line(out.dim("ALSO DOWN: down with the cause but not seen failing; \"itself\" marks"
        + " the cause's own."));
    if (shown.size() < found) {
      out.line(out.dim("And " + Counts.of(found - shown.size(), "more candidate")
          + "; --limit " + found + " shows them all."));
    }
  }

  /** {@code 0}, or {@code 3: db itself, jobs, migrate}, cut after a few names. */
  private static String alsoDown(RootCause cause) {
    if (cause.alsoDownCount() == 0) {
      return "0";
    }
    Set<String> own = new HashSet<>(cause.services());
    List<String> names = new ArrayList<>();
    for (String name : cause.alsoDown()) {
      names.add(own.contains(name) ? name + " itself" : name);
    }
    String shown = names.size() <= NAMES_SHOWN ? String.join(", ", names)
        : String.join(", ", names.subList(0, NAMES_SHOWN)) + " and "
            + (names.size() - NAMES_SHOWN) + " more";
    return cause.alsoDownCount() + ": " + shown;
  }
}
