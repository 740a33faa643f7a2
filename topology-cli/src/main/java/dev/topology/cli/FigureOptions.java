package dev.topology.cli;

import dev.topology.api.ClosestNames;
import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Lifecycle;
import dev.topology.api.Problem;
import dev.topology.api.Reliability;
import dev.topology.api.Service;
import dev.topology.api.Topology;
import dev.topology.api.internal.Quoting;
import dev.topology.graph.availability.AvailabilityInputs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The figures {@code availability} is given: a default, figures per service on the command line
 * or in a file, start durations, and the changed figures of a what-if. Everything is read before
 * the engine is asked, and every problem is reported at once, each naming its option.
 *
 * <p>A figures file has one service a line: its name, then white space or {@code =}, then its
 * figure as {@link Reliability#parse(String)} reads it ({@code api 99.9% mttr=10m}, {@code
 * db=mttf=30d mttr=5m}); blank lines and lines starting with {@code #} are skipped. A later line,
 * or a {@code --figure}, replaces an earlier figure of the same service.
 */
final class FigureOptions {
  /** The most lines of a figures file read; more is a mistake, not a topology. */
  static final int MOST_LINES = 1_000_000;

  /** The names of services without a figure shown before the rest are counted. */
  private static final int NAMES_SHOWN = 8;

  @Option(names = "--default", paramLabel = "FIGURE",
      description = "The figure of every long-running service that has none of its own, such as"
          + " '99.9%%' or '99.9%% mttr=10m'. The bundled catalog has no figures.")
  String defaultFigure;

  @Option(names = "--figure", paramLabel = "NAME=FIGURE",
      description = "The figure of one service ('db=99.95%%', 'db=mttf=30d mttr=5m');"
          + " repeatable. It replaces the service's own.")
  List<String> figures = new ArrayList<>();

  @Option(names = "--figures", paramLabel = "FILE",
      description = "A file of figures: one 'NAME FIGURE' or 'NAME=FIGURE' a line, # comments"
          + " (- for standard input).")
  Path figuresFile;

  @Option(names = "--start", paramLabel = "NAME=DURATION",
      description = "How long one service takes to start ('db=20s'), for recovery times;"
          + " repeatable.")
  List<String> starts = new ArrayList<>();

  @Option(names = "--start-default", paramLabel = "DURATION",
      description = "How long every other service takes to start (default: 0s).")
  String startDefault;

  @Option(names = "--what-if", paramLabel = "NAME=FIGURE",
      description = "Answer again with this figure for one service, side by side with the"
          + " answer before; repeatable.")
  List<String> whatIf = new ArrayList<>();

  /** The topology before the deployment, to tell an absent service from an unknown name. */
  private Topology topology;

  /** Whether any figure is given: a default, or a figure of one service. */
  boolean anyGiven() {
    return defaultFigure != null || figuresFile != null || !figures.isEmpty();
  }

  /** What was read: the inputs of the engine and the figures of the what-if. */
  record Read(AvailabilityInputs inputs, Map<String, Reliability> whatIf) {}

  /**
   * Reads every option against the topology as the deployment has it.
   *
   * @throws UserError listing every problem, each with its option and value
   */
  Read read(Topology topology, Topology resolved, boolean catalog, TopologyCli cli) {
    this.topology = topology;
    List<String> problems = new ArrayList<>();
    AvailabilityInputs.Builder inputs = AvailabilityInputs.builder();
    if (defaultFigure != null) {
      Reliability figure = parse(problems, "--default " + Quoting.quote(defaultFigure),
          defaultFigure, Reliability::parse);
      if (figure != null) {
        inputs.defaultFigure(figure);
      }
    }
    Map<String, Reliability> given = new TreeMap<>();
    if (figuresFile != null) {
      fileFigures(TopologyFiles.contents(figuresFile, cli), resolved, given, problems);
    }
    pairs(figures, "--figure", resolved, Reliability::parse, given, problems);
    inputs.figures(given);
    Map<String, Duration> starts = new TreeMap<>();
    pairs(this.starts, "--start", resolved, Reliability::parseDuration, starts, problems);
    if (startDefault != null) {
      Duration all = parse(problems, "--start-default " + Quoting.quote(startDefault),
          startDefault, Reliability::parseDuration);
      for (Service service : resolved.services()) {
        if (all != null && !starts.containsKey(service.name())) {
          starts.put(service.name(), all);
        }
      }
    }
    inputs.startDurations(starts);
    Map<String, Reliability> changed = new TreeMap<>();
    pairs(whatIf, "--what-if", resolved, Reliability::parse, changed, problems);
    if (problems.isEmpty() && defaultFigure == null) {
      missing(resolved, given, catalog, problems);
    }
    if (!problems.isEmpty()) {
      throw new UserError(problems.size() == 1 ? problems : withCount(problems));
    }
    return new Read(inputs.build(), changed);
  }

  private static List<String> withCount(List<String> problems) {
    List<String> lines = new ArrayList<>();
    lines.add(problems.size() + " problems:");
    problems.forEach(p -> lines.add("- " + p));
    return lines;
  }

  /** Reads {@code NAME=VALUE} options into a map by canonical name. */
  private <T> void pairs(List<String> options, String option, Topology resolved,
      Function<String, T> reader, Map<String, T> into, List<String> problems) {
    for (String pair : options) {
      int equals = pair.indexOf('=');
      String shown = option + " " + Quoting.quote(pair);
      if (equals <= 0) {
        problems.add(shown + ": write NAME=" + (option.equals("--start") ? "DURATION, such as"
            + " db=20s." : "FIGURE, such as db=99.95% or 'db=mttf=30d mttr=5m'."));
        continue;
      }
      String name = service(problems, shown, pair.substring(0, equals), resolved);
      T value = parse(problems, shown, pair.substring(equals + 1), reader);
      if (name != null && value != null) {
        into.put(name, value);
      }
    }
  }

  private void fileFigures(String text, Topology resolved, Map<String, Reliability> into,
      List<String> problems) {
    String file = TopologyFiles.name(figuresFile);
    String[] lines = text.split("\r?\n|\r", MOST_LINES + 1);
    if (lines.length > MOST_LINES) {
      problems.add(file + " has more than " + MOST_LINES + " lines; a figures file has one"
          + " service a line.");
      return;
    }
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + ", line " + (i + 1);
      int end = 0;
      while (end < line.length() && line.charAt(end) != '=' && !Character.isWhitespace(
          line.charAt(end))) {
        end++;
      }
      String figure = line.substring(end).strip();
      figure = figure.startsWith("=") ? figure.substring(1) : figure;
      if (end == 0 || figure.isBlank()) {
        problems.add(where + ": write a service's name and its figure, such as 'db 99.95%' or"
            + " 'db=mttf=30d mttr=5m', not " + Quoting.quote(line) + ".");
        continue;
      }
      String name = service(problems, where, line.substring(0, end), resolved);
      Reliability value = parse(problems, where, figure, Reliability::parse);
      if (name != null && value != null) {
        into.put(name, value);
      }
    }
  }

  /** The canonical name of a service the deployment runs, or null after a problem. */
  private String service(List<String> problems, String where, String name,
      Topology resolved) {
    if (resolved.find(name).isPresent()) {
      return resolved.service(name).name();
    }
    if (topology.find(name).isPresent()) {
      problems.add(where + ": " + Quoting.quote(topology.service(name).name()) + " is not part"
          + " of this deployment; choose one that runs it, or leave it out.");
      return null;
    }
    List<String> closest = ClosestNames.of(name, resolved.names());
    problems.add(where + ": No service is named " + Quoting.quote(name) + "." + (closest.isEmpty()
        ? "" : " Did you mean " + String.join(" or ",
            closest.stream().map(Quoting::quote).toList()) + "?"));
    return null;
  }

  private static <T> T parse(List<String> problems, String where, String text,
      Function<String, T> reader) {
    try {
      return reader.apply(text);
    } catch (InvalidTopologyException e) {
      for (Problem problem : e.problems()) {
        problems.add(where + ": " + problem.message());
      }
      return null;
    }
  }

  /** Every long-running service without a figure, when no default is given. */
  private static void missing(Topology resolved, Map<String, Reliability> given, boolean catalog,
      List<String> problems) {
    List<String> without = new ArrayList<>();
    for (Service service : resolved.services()) {
      if (service.lifecycle() == Lifecycle.LONG_RUNNING && service.reliability().isEmpty()
          && !given.containsKey(service.name())) {
        without.add(service.name());
      }
    }
    if (without.isEmpty()) {
      return;
    }
    int shown = Math.min(without.size(), NAMES_SHOWN);
    String names = String.join(", ", without.subList(0, shown)) + (shown < without.size()
        ? " and " + (without.size() - shown) + " more" : "");
    problems.add((catalog && given.isEmpty() ? "The bundled catalog has no reliability figures,"
        + " and this tool invents none: its " + Counts.of(without.size(), "long-running service")
        + " need one (" + names + ")."
        : without.size() == 1 ? "1 long-running service has no reliability figure: " + names + "."
        : without.size() + " long-running services have no reliability figure: " + names + ".")
        + " Give --default FIGURE for every service without one (such as --default '99.9%"
        + " mttr=10m'), figures per service with --figure NAME=FIGURE or --figures FILE, or,"
        + " in a Compose file, the labels dev.topology.availability, dev.topology.mttf and"
        + " dev.topology.mttr.");
  }
}
