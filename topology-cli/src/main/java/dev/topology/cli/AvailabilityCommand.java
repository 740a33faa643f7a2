package dev.topology.cli;

import dev.topology.api.Reliability;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.availability.Availability;
import dev.topology.graph.availability.AvailabilityModel;
import dev.topology.graph.availability.FigureSource;
import dev.topology.graph.availability.Importance;
import dev.topology.graph.availability.Recovery;
import dev.topology.graph.availability.ServiceAvailability;
import dev.topology.graph.availability.Simulation;
import dev.topology.graph.availability.SimulationOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code availability}: the steady-state availability of every long-running service and of the
 * system from a figure per service, where one more nine buys most, and, when asked, the same
 * answers for changed figures, the recovery after one failure, and a simulation.
 *
 * <p>Figures come from the topology (the JSON field {@code reliability}, the Compose labels
 * {@code dev.topology.availability}, {@code dev.topology.mttf}, {@code dev.topology.mttr}), from
 * {@code --figure} and {@code --figures FILE}, which replace them, and from {@code --default} for
 * the services left without one; the answer lists the services that took the default. The
 * bundled catalog has no figures, and the tool invents none.
 */
@Command(name = "availability", description = {
    "Compute the steady-state availability of every long-running service and of the system,"
        + " from a figure per service (an availability, or MTTF and MTTR).",
    "A service is up when it and everything it requires at runtime are up; failures are"
        + " assumed independent. Optional dependencies, one-shot tasks and startup-only"
        + " services count for nothing.",
    "The bundled catalog has no figures: give --default FIGURE, --figure NAME=FIGURE or"
        + " --figures FILE."})
final class AvailabilityCommand extends QueryCommand {
  @Mixin
  private FigureOptions figures;

  @Option(names = "--recovery", paramLabel = "NAME",
      description = "Also show how the system recovers from a failure of this service: its"
          + " repair, then the restart waves, timed by --start durations.")
  private String recovery;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "How many services the importance ranking shows (default: ${DEFAULT-VALUE}).")
  private int top;

  /** The simulated years unless told: about a second on the bundled catalog. */
  static final int DEFAULT_YEARS = 1_000;

  /** The seed unless told. */
  static final long DEFAULT_SEED = 1;

  @Option(names = "--simulate", description = "Also simulate failures, repairs and restarts"
      + " over simulated years (with --years, --seed and --max-events); every figure needs a"
      + " time scale: an MTTF or an MTTR, such as --default '99.9%% mttr=10m'.")
  private boolean simulate;

  @Option(names = "--years", paramLabel = "N",
      description = "With --simulate: the simulated years (default: " + DEFAULT_YEARS
          + ", about a second on the bundled catalog).")
  private Integer years;

  @Option(names = "--seed", paramLabel = "S",
      description = "With --simulate: the random seed; the same seed gives the same answer"
          + " (default: " + DEFAULT_SEED + ").")
  private Long seed;

  @Option(names = "--max-events", paramLabel = "N",
      description = "With --simulate: stop after this many events (failures, repairs, ends of"
          + " restarts), and say so (default: 10,000,000).")
  private Long maxEvents;

  /** The answers asked for, computed once for both ways of writing them. */
  private record Answers(AvailabilityModel model, Availability before,
      Map<String, Reliability> changed, AvailabilityModel after, Recovery recovery,
      Simulation simulation, boolean starts) {}

  private Answers answers(Query query) {
    checkOptions();
    FigureOptions.Read read = figures.read(query.topology(), query.resolved(),
        query.file() == null, root());
    AvailabilityModel model = query.graph().availability(read.inputs());
    AvailabilityModel after = read.whatIf().isEmpty() ? null : model.whatIf(read.whatIf());
    Recovery recovered = recovery == null ? null : model.recovery(recovery);
    boolean starts = read.inputs().startDurations().values().stream()
        .anyMatch(d -> !d.isZero());
    return new Answers(model, model.steadyState(), read.whatIf(), after, recovered,
        simulation(model), starts);
  }

  private void checkOptions() {
    List<String> problems = new ArrayList<>();
    if (top < 1) {
      problems.add("--top " + top + ": show at least 1 service.");
    }
    if (!simulate && (years != null || seed != null || maxEvents != null)) {
      problems.add((years != null ? "--years" : seed != null ? "--seed" : "--max-events")
          + " is an option of --simulate; add --simulate, or leave it out.");
    }
    if (years != null && (years < 1 || years > 1_000_000)) {
      problems.add("--years " + years + ": simulate from 1 to 1,000,000 years.");
    }
    if (maxEvents != null && maxEvents < 1) {
      problems.add("--max-events " + maxEvents + ": allow at least 1 event.");
    }
    if (!problems.isEmpty()) {
      throw new UserError(problems);
    }
  }

  /**
   * The simulation's answer with {@code years}, {@code seed} and {@code maxEvents}, or null
   * without {@code --simulate}. A figure without a time scale (an availability alone) is a
   * mistake of the user: the library's message names every such service, and this one adds
   * how to give a time scale here.
   */
  private Simulation simulation(AvailabilityModel model) {
    if (!simulate) {
      return null;
    }
    SimulationOptions.Builder options = SimulationOptions.builder()
        .seed(seed == null ? DEFAULT_SEED : seed)
        .years(years == null ? DEFAULT_YEARS : years);
    if (maxEvents != null) {
      options.maxEvents(maxEvents);
    }
    try {
      return model.simulate(options.build());
    } catch (InvalidQueryException e) {
      if (e.getMessage().contains("without a time scale")) {
        throw new UserError(e.getMessage().replace(", or give SimulationOptions a defaultMttr.",
            ".") + " Here, add it to the figure: --default '99.9% mttr=10m', --figure"
            + " 'NAME=99.95% mttr=5m', or mttf= or mttr= in --figures and in the topology.");
      }
      throw e;
    }
  }

  @Override
  Object json(Query query) {
    Answers answers = answers(query);
    ObjectNode document = JsonOutput.object();
    document.set("deployment", JsonOutput.deployment(query));
    document.set("steadyState", JsonOutput.tree(answers.before()));
    document.set("importance", JsonOutput.tree(ranking(answers.model())));
    if (answers.after() == null) {
      document.putNull("whatIf");
    } else {
      ObjectNode whatIf = document.putObject("whatIf");
      ObjectNode changed = whatIf.putObject("figures");
      answers.changed().forEach((name, figure) -> changed.put(name, figure.toString()));
      whatIf.set("steadyState", JsonOutput.tree(answers.after().steadyState()));
      whatIf.set("importance", JsonOutput.tree(ranking(answers.after())));
    }
    document.set("recovery", answers.recovery() == null ? null
        : JsonOutput.tree(answers.recovery()));
    document.set("simulation", answers.simulation() == null ? null
        : JsonOutput.tree(answers.simulation()));
    return document;
  }

  private List<Importance> ranking(AvailabilityModel model) {
    List<Importance> all = model.importance();
    return all.subList(0, Math.min(top, all.size()));
  }

  @Override
  void print(Query query, Printer out) {
    Answers answers = answers(query);
    Availability state = answers.before();
    query.heading(out, "Availability of " + Counts.of(state.services().size(),
        "long-running service") + ": " + system(state));
    if (!state.assumed().isEmpty()) {
      out.line(out.dim("Assumed: --default " + figures.defaultFigure + " for "
          + AvailabilityTables.names(out, state.assumed())));
    }
    out.line();
    AvailabilityTables.services(answers.model(), state, out);
    out.line();
    AvailabilityTables.systems(state, out);
    List<Importance> ranking = ranking(answers.model());
    if (!ranking.isEmpty()) {
      out.line();
      out.line("Where one more nine buys most, for the system without HIGH failures"
          + (ranking.size() < answers.model().importance().size() ? " (top " + ranking.size()
              + " of " + answers.model().importance().size() + ")" : "") + ":");
      AvailabilityTables.importance(answers.model(), ranking, out);
    }
    if (answers.after() != null) {
      out.line();
      AvailabilityTables.whatIf(answers.changed(), state, answers.after().steadyState(), out);
    }
    if (answers.recovery() != null) {
      out.line();
      AvailabilityTables.recovery(answers.recovery(), out);
    }
    if (answers.simulation() != null) {
      out.line();
      AvailabilityTables.simulation(answers.simulation(), state, answers.starts(), out);
    }
  }

  /** The HIGH system's figure in words, or that no long-running service is HIGH. */
  private static String system(Availability state) {
    if (state.high().services() == 0) {
      return "no long-running service is HIGH";
    }
    return AvailabilityText.percent(state.high().unavailability()) + " without HIGH failures ("
        + AvailabilityText.duration(state.high().downtimePerMonth()) + " down a month)";
  }

  /** Whether a service's figure is the default, for the FIGURE column. */
  static boolean assumed(ServiceAvailability row) {
    return row.source() == FigureSource.DEFAULT;
  }
}
