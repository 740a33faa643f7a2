package dev.topology.cli;

import dev.topology.api.Reliability;
import dev.topology.api.Severity;
import dev.topology.graph.availability.Availability;
import dev.topology.graph.availability.AvailabilityModel;
import dev.topology.graph.availability.FigureSource;
import dev.topology.graph.availability.Importance;
import dev.topology.graph.availability.Recovery;
import dev.topology.graph.availability.RecoveryWave;
import dev.topology.graph.availability.ServiceAvailability;
import dev.topology.graph.availability.ServiceRecovery;
import dev.topology.graph.availability.SimulatedService;
import dev.topology.graph.availability.SimulatedSystem;
import dev.topology.graph.availability.Simulation;
import dev.topology.graph.availability.SimulationEnd;
import dev.topology.graph.availability.SystemAvailability;
import dev.topology.graph.restart.RestartRule;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The tables of {@code availability}'s text answer. */
final class AvailabilityTables {
  /** Names listed before the rest are counted, unless the output is wide. */
  private static final int NAMES_SHOWN = 8;

  private AvailabilityTables() {}

  /** Names joined; past {@value #NAMES_SHOWN}, the first ones and a count of the others. */
  static String names(Printer out, List<String> names) {
    if (names.size() <= NAMES_SHOWN || out.width() > Printer.WIDTH) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, NAMES_SHOWN)) + " and "
        + (names.size() - NAMES_SHOWN) + " more";
  }

  /** Every long-running service, weakest first. */
  static void services(AvailabilityModel model, Availability state, Printer out) {
    Table table = Table.of("SERVICE", "SEVERITY", "FIGURE", "AVAILABILITY", "DOWN A MONTH",
        "COSTLIEST DEPENDENCY");
    for (ServiceAvailability row : state.weakest()) {
      table.row(row.service(), row.severity(), figure(model, row.service(), row.source()),
          AvailabilityText.percent(row.unavailability()),
          AvailabilityText.duration(row.downtimePerMonth()),
          row.costliest().map(c -> c + " (" + AvailabilityText.share(row.costliestShare())
              + ")").orElse(""));
    }
    table.print(out);
  }

  private static String figure(AvailabilityModel model, String service, FigureSource source) {
    String figure = model.figureOf(service).figure().toString();
    return source == FigureSource.DEFAULT ? figure + " (default)" : figure;
  }

  /** The system without HIGH failures, and without MEDIUM or HIGH ones. */
  static void systems(Availability state, Printer out) {
    Table table = Table.of("SYSTEM", "SERVICES", "DEPENDS ON", "AVAILABILITY", "DOWN A MONTH");
    for (SystemAvailability system : List.of(state.high(), state.mediumOrWorse())) {
      table.row(system.threshold() == Severity.HIGH ? "no HIGH failure"
              : "no MEDIUM or HIGH failure", String.valueOf(system.services()),
          String.valueOf(system.dependsOn()),
          AvailabilityText.percent(system.unavailability()),
          AvailabilityText.duration(system.downtimePerMonth()));
    }
    table.print(out);
  }

  /** The ranking: what one more nine of each service saves the HIGH system a month. */
  static void importance(AvailabilityModel model, List<Importance> ranking, Printer out) {
    Table table = Table.of("RANK", "SERVICE", "FIGURE", "SAVES A MONTH", "BIRNBAUM");
    int rank = 1;
    for (Importance row : ranking) {
      table.row(String.valueOf(rank++), row.service(),
          model.figureOf(row.service()).figure().toString(),
          AvailabilityText.duration(perMonth(row.gainPerNine())),
          String.format(java.util.Locale.ROOT, "%.4g", row.birnbaum()));
    }
    table.print(out);
  }

  private static Duration perMonth(double share) {
    return Duration.ofNanos(Math.round(share * 2_592_000e9));
  }

  /** Before and after a what-if: the systems, then every service whose figure moved. */
  static void whatIf(Map<String, Reliability> changed, Availability before,
      Availability after, Printer out) {
    StringBuilder what = new StringBuilder();
    changed.forEach((name, figure) -> what.append(what.length() == 0 ? "" : ", ").append(name)
        .append('=').append(figure));
    out.line("What if " + what + ":");
    Table table = Table.of("", "BEFORE", "AFTER", "DOWN A MONTH BEFORE", "AFTER");
    table.row("no HIGH failure", pct(before.high()), pct(after.high()),
        AvailabilityText.duration(before.high().downtimePerMonth()),
        AvailabilityText.duration(after.high().downtimePerMonth()));
    table.row("no MEDIUM or HIGH failure", pct(before.mediumOrWorse()),
        pct(after.mediumOrWorse()),
        AvailabilityText.duration(before.mediumOrWorse().downtimePerMonth()),
        AvailabilityText.duration(after.mediumOrWorse().downtimePerMonth()));
    Map<String, ServiceAvailability> was = new HashMap<>();
    before.services().forEach(row -> was.put(row.service(), row));
    for (ServiceAvailability row : after.services()) {
      ServiceAvailability old = was.get(row.service());
      if (old != null && old.unavailability() != row.unavailability()) {
        table.row(row.service(), AvailabilityText.percent(old.unavailability()),
            AvailabilityText.percent(row.unavailability()),
            AvailabilityText.duration(old.downtimePerMonth()),
            AvailabilityText.duration(row.downtimePerMonth()));
      }
    }
    table.print(out);
  }

  private static String pct(SystemAvailability system) {
    return AvailabilityText.percent(system.unavailability());
  }

  /** The timeline after one failure: the waves, then when each service is back. */
  static void recovery(Recovery recovery, Printer out) {
    out.line("Recovery after " + recovery.failed() + " fails: repaired at "
        + AvailabilityText.exact(recovery.repair()) + ", all back at "
        + AvailabilityText.exact(recovery.total())
        + (recovery.rule() == RestartRule.DECLARED ? " (restarts as declared: restart: true)"
            : "") + ":");
    if (!recovery.waves().isEmpty()) {
      Table waves = Table.of("WAVE", "STARTS AT", "TAKES", "SERVICES");
      for (RecoveryWave wave : recovery.waves()) {
        waves.row(String.valueOf(wave.wave()), AvailabilityText.exact(wave.start()),
            AvailabilityText.exact(wave.duration()), String.join(", ", wave.services()));
      }
      waves.print(out);
      out.line();
    }
    Table services = Table.of("SERVICE", "BACK AT", "HOW");
    for (ServiceRecovery service : recovery.services()) {
      services.row(service.service(), AvailabilityText.exact(service.backAt()),
          switch (service.way()) {
            case REPAIRED -> "repaired";
            case RESTARTED -> "restarted in wave " + service.wave().getAsInt();
            case FOLLOWS -> "back with what it requires";
          });
    }
    services.print(out);
  }

  /** Milliseconds in a year of 365.25 days, the simulation's year. */
  private static final double YEAR_MILLIS = 365.25 * 86_400_000;

  /**
   * The simulation: how it ran, then every long-running service in the order of the exact
   * table, its estimate and interval beside its exact figure, then the two systems.
   */
  static void simulation(Simulation simulation, Availability exact, boolean starts,
      Printer out) {
    String level = Math.round(simulation.confidence() * 100) + "%";
    String events = String.format(Locale.ROOT, "%,d", simulation.events());
    out.line("Simulation of " + (simulation.stoppedEarly()
        ? years(simulation.simulatedTime().toMillis()).replaceAll(" years?$", "") + " of " : "")
        + years(simulation.horizon().toMillis()) + ", seed " + simulation.seed() + ": "
        + (simulation.end() == SimulationEnd.EVENT_BOUND ? "stopped early at --max-events "
            + events : simulation.end() == SimulationEnd.CANCELLED ? events
            + " events, cancelled" : events + " events"));
    out.line(out.dim(starts
        ? "With start durations: the exact figure less the simulated one is the cost of restarts."
        : "Without start durations, each simulated figure estimates the exact one beside it."));
    Map<String, SimulatedService> simulated = new HashMap<>();
    simulation.services().forEach(row -> simulated.put(row.service(), row));
    Table table = Table.of("SERVICE", "SIMULATED", level + " INTERVAL", "EXACT", "DOWN A MONTH",
        "SPREAD");
    for (ServiceAvailability row : exact.weakest()) {
      SimulatedService sim = simulated.get(row.service());
      if (sim != null) {
        simulatedRow(table, row.service(), sim.availability(), sim.lower(), sim.upper(),
            row.unavailability(), sim.downtimePerMonth(), sim.downtimePerMonthSpread());
      }
    }
    table.print(out);
    out.line();
    Table systems = Table.of("SYSTEM", "SIMULATED", level + " INTERVAL", "EXACT",
        "DOWN A MONTH", "SPREAD");
    for (SystemAvailability system : List.of(exact.high(), exact.mediumOrWorse())) {
      SimulatedSystem sim = simulation.system(system.threshold());
      simulatedRow(systems, system.threshold() == Severity.HIGH ? "no HIGH failure"
              : "no MEDIUM or HIGH failure", sim.availability(), sim.lower(), sim.upper(),
          system.unavailability(), sim.downtimePerMonth(), sim.downtimePerMonthSpread());
    }
    systems.print(out);
  }

  private static void simulatedRow(Table table, String name, double availability, double lower,
      double upper, double exact, Duration down, Optional<Duration> spread) {
    // Enough decimals for the figure's nines and for the interval's first digit of width; the
    // exact figure beside them with as many, to compare.
    // A run of under two whole batches has the interval [0, 1]: it says nothing.
    boolean none = lower <= 0 && upper >= 1;
    int decimals = none ? AvailabilityText.decimals(1 - availability)
        : AvailabilityText.decimals(1 - availability, 1 - lower, 1 - upper);
    double width = (upper - lower) * 100;
    if (width > 0 && !none) {
      decimals = Math.max(decimals, Math.min(14, (int) Math.ceil(-Math.log10(width))));
    }
    table.row(name, AvailabilityText.percent(1 - availability, decimals),
        none ? "0% - 100%" : AvailabilityText.percent(1 - lower, decimals) + " - "
            + AvailabilityText.percent(1 - upper, decimals),
        AvailabilityText.percent(exact, Math.max(decimals, AvailabilityText.decimals(exact))),
        AvailabilityText.duration(down),
        spread.map(AvailabilityText::duration).orElse(""));
  }

  /** Simulated years for people: {@code 1,000 years}, {@code 2.5 years}. */
  private static String years(long millis) {
    double years = millis / YEAR_MILLIS;
    String text = String.format(Locale.ROOT, "%,.1f", years);
    text = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    return text + (text.equals("1") ? " year" : " years");
  }
}
