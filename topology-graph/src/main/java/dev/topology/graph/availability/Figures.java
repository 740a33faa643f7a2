package dev.topology.graph.availability;

import dev.topology.api.Reliability;
import dev.topology.graph.InvalidQueryException;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.internal.Access;
import dev.topology.graph.internal.AvailabilityData;
import dev.topology.graph.internal.GraphIndex;
import dev.topology.graph.internal.Messages;
import dev.topology.graph.internal.StartDurations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figure of every node, resolved from the inputs (given, else the model's, else the
 * default), with its logarithm and its time scale. Never changed after construction.
 */
final class Figures {
  final GraphIndex g;
  /** Per node: long-running, so it counts at runtime and needs a figure. */
  final boolean[] counted;
  /** Per node: its figure; null where not counted. */
  final Reliability[] figures;
  /** Per node: the ordinal of its {@link FigureSource}. */
  final byte[] sources;
  /** Per node: its start duration, zero where none was given. */
  final Duration[] starts;
  /** Per node: {@code -log(a)}, at least 0; 0 where not counted. */
  final double[] negLog;

  private Figures(GraphIndex g, boolean[] counted, Reliability[] figures, byte[] sources,
      Duration[] starts, double[] negLog) {
    this.g = g;
    this.counted = counted;
    this.figures = figures;
    this.sources = sources;
    this.starts = starts;
    this.negLog = negLog;
  }

  static Figures resolve(TopologyGraph graph, AvailabilityInputs inputs) {
    if (graph == null) {
      throw new InvalidQueryException(Messages.nullGraph("An availability model"));
    }
    if (inputs == null) {
      throw new InvalidQueryException("An availability model needs inputs, not null; give"
          + " AvailabilityInputs.fromModel(), or fromModel().withDefault(figure).");
    }
    GraphIndex g = Access.graphs().index(graph);
    int n = g.size();
    Reliability[] given = new Reliability[n];
    byNode(g, inputs.figures(), "The availability figures").forEach((v, r) -> given[v] = r);
    Duration[] starts = StartDurations.given(g, inputs.startDurations(),
        "the start durations of the availability inputs");
    Optional<Reliability> fallback = inputs.defaultFigure();
    boolean[] counted = new boolean[n];
    Reliability[] figures = new Reliability[n];
    byte[] sources = new byte[n];
    double[] negLog = new double[n];
    List<String> missing = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      counted[v] = g.runsOn(v);
      if (!counted[v]) {
        continue;
      }
      Reliability figure = given[v];
      FigureSource source = FigureSource.GIVEN;
      if (figure == null && g.service(v).reliability().isPresent()) {
        figure = g.service(v).reliability().get();
        source = FigureSource.MODEL;
      }
      if (figure == null && fallback.isPresent()) {
        figure = fallback.get();
        source = FigureSource.DEFAULT;
      }
      if (figure == null) {
        missing.add(g.name(v));
        continue;
      }
      figures[v] = figure;
      sources[v] = (byte) source.ordinal();
      negLog[v] = negLog(figure);
    }
    if (!missing.isEmpty()) {
      throw new InvalidQueryException(missing(missing));
    }
    return new Figures(g, counted, figures, sources, starts, negLog);
  }

  private static String missing(List<String> missing) {
    StringBuilder names = new StringBuilder();
    for (String name : missing) {
      names.append(names.length() == 0 ? "" : ", ").append(Messages.quote(name));
    }
    return "Availability needs a figure for every long-running service, and "
        + (missing.size() == 1 ? "one has none: " : missing.size() + " have none: ") + names
        + ". Give each a reliability in the model (Service.reliability, the JSON field"
        + " \"reliability\" or the Compose label dev.topology.availability), a figure in"
        + " AvailabilityInputs.figures(), or a default for all with"
        + " AvailabilityInputs.withDefault(Reliability.parse(\"99.9%\")).";
  }

  /**
   * The figures of a map by node, sorted; keys and values are checked by type, not cast, so a
   * raw map cannot cause a ClassCastException.
   */
  static Map<Integer, Reliability> byNode(GraphIndex g, Map<?, ?> given, String what) {
    Map<Integer, Reliability> byNode = new TreeMap<>();
    Map<Integer, String> givenAs = new TreeMap<>();
    for (Map.Entry<?, ?> entry : sorted(given)) {
      String name = name(entry.getKey(), what);
      int v = g.indexOf(name, what);
      Object value = entry.getValue();
      if (!(value instanceof Reliability figure)) {
        throw new InvalidQueryException(what + " give " + Messages.quote(name) + " "
            + (value == null ? "null" : "a " + value.getClass().getName())
            + ", not a figure; give one such as Reliability.parse(\"99.95%\").");
      }
      String before = givenAs.put(v, name);
      if (before != null) {
        throw new InvalidQueryException(what + " name " + Messages.quote(g.name(v))
            + " twice, as " + Messages.quote(before) + " and " + Messages.quote(name)
            + "; give one figure per service.");
      }
      byNode.put(v, figure);
    }
    return byNode;
  }

  private static List<Map.Entry<?, ?>> sorted(Map<?, ?> map) {
    List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
    entries.sort(Comparator.comparing(
        (Map.Entry<?, ?> e) -> e.getKey() == null ? "" : String.valueOf(e.getKey()))
        .thenComparing(e -> e.getKey() != null));
    return entries;
  }

  private static String name(Object key, String what) {
    if (key != null && !(key instanceof String)) {
      throw new InvalidQueryException(Messages.notAName(what, key));
    }
    return (String) key;
  }

  /** {@code -log(a)}, to full precision whether {@code a} is near 1 or near 0; never -0. */
  static double negLog(Reliability figure) {
    if (figure.availability().isPresent()) {
      double a = figure.availability().getAsDouble();
      // 1 - a is exact for a >= 0.5 (Sterbenz); below, log(a) itself is well conditioned.
      return Math.max(0.0, a >= 0.5 ? -Math.log1p(-(1 - a)) : -Math.log(a));
    }
    double mttf = seconds(figure.mttf().orElseThrow());
    double mttr = seconds(figure.mttr().orElseThrow());
    // a = mttf / (mttf + mttr), so -log(a) = log(1 + mttr / mttf).
    return Math.log1p(mttr / mttf);
  }

  static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /** The figures with some changed, given: a what-if. */
  Figures with(Map<Integer, Reliability> changed) {
    Reliability[] nextFigures = figures.clone();
    byte[] nextSources = sources.clone();
    double[] nextNegLog = negLog.clone();
    for (Map.Entry<Integer, Reliability> entry : changed.entrySet()) {
      int v = entry.getKey();
      if (counted[v]) {
        nextFigures[v] = entry.getValue();
        nextSources[v] = (byte) FigureSource.GIVEN.ordinal();
        nextNegLog[v] = negLog(entry.getValue());
      }
    }
    return new Figures(g, counted, nextFigures, nextSources, starts, nextNegLog);
  }

  /** The per-node inputs shared with the simulation. */
  AvailabilityData data(TopologyGraph graph) {
    int n = g.size();
    double[] unavailability = new double[n];
    double[] mttf = new double[n];
    double[] mttr = new double[n];
    double[] start = new double[n];
    for (int v = 0; v < n; v++) {
      start[v] = seconds(starts[v]);
      Reliability figure = figures[v];
      if (figure == null) {
        mttf[v] = Double.NaN;
        mttr[v] = Double.NaN;
        continue;
      }
      unavailability[v] = figure.unavailability();
      mttf[v] = figure.impliedMttf().map(Figures::seconds).orElse(Double.NaN);
      mttr[v] = figure.impliedMttr().map(Figures::seconds).orElse(Double.NaN);
    }
    return new AvailabilityData(graph, g, counted.clone(), unavailability, mttf, mttr, start);
  }
}
