package dev.topology.formats.json;

import dev.topology.graph.InvalidQueryException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes any answer of the engine as JSON in one call, the same text the {@code topology}
 * tool's {@code --json} prints for it: {@code AnswerJson.write(graph.startupPlan())}. An
 * application with its own Jackson 3 mapper registers {@link TopologyAnswersModule} instead.
 *
 * <p>The shapes, fields in this order (lists of services by name unless said; severities,
 * phases and kinds by their enum names):
 *
 * <ul>
 *   <li>{@code StartupPlan}: {@code {"order", "waves": [[names]], "external"}}.
 *   <li>{@code StartupSchedule}: the plan's fields, then {@code "totalMillis", "criticalChain",
 *       "services": [{"name", "startMillis", "readyMillis"}]} in startup order, times in
 *       milliseconds from the start of wave 0.
 *   <li>{@code ServiceReach}: {@code {"service", "prerequisites"}} or {@code {"service",
 *       "dependents"}}, names in startup order.
 *   <li>{@code Impact}: {@code {"failed", "phase", "affected": [{"name", "severity", "path",
 *       "pathLength", "via", "cause", "failureEffect"}], "worstSeverity", "failedSeverity",
 *       "propagatedSeverity", "wholeSystemDown", "unnamedDependents",
 *       "unnamedDependentsCitations": [{"service", "citation"}], "notes": [{"service", "kind",
 *       "citation"}]}}; each {@code path} is cut to its last {@value #PATH_SHOWN} services
 *       ({@link dev.topology.graph.impact.AffectedService#pathEnd(int)}), so that the text stays
 *       linear in the number of affected services; {@code pathLength} is the whole path's.
 *   <li>{@code RestartPlan}: {@code {"service", "restarted", "rule", "restart", "waves", "toCheck",
 *       "externalDependents"}}.
 *   <li>{@code RootCauses}: {@code {"observed", "phase", "exhaustive", "found", "candidates":
 *       [{"services", "exact", "explains", "alsoDown", "alsoDownCount"}]}}; {@code found} counts
 *       every candidate, {@code candidates} lists those of the answer (see {@code
 *       RootCauses.limit(int)}).
 *   <li>{@code BlastRadius}: {@code {"phase", "services": [{"name", "severity", "takesDown",
 *       "worstSeverity", "propagatedSeverity"}]}}.
 *   <li>{@code LintFinding}: {@code {"rule", "services", "message"}}; {@code ComposeFinding}:
 *       {@code {"rule", "path", "services", "message"}}.
 *   <li>{@code TopologyDiff}: {@code {"addedServices", "removedServices", "severityChanges",
 *       "addedDependencies", "removedDependencies", "waveChanges", "blastRadiusChanges"}}.
 *   <li>{@code Triage}: the fields of {@code docs/triage.md}'s JSON answer.
 *   <li>{@code Deployment}: {@code {"choices": {"name": "value"}, "externalized"}}.
 *   <li>{@code Availability}: {@code {"services": [{"name", "severity", "source",
 *       "availability", "unavailability", "downtimePerMonthMillis", "costliest",
 *       "costliestShare", "dependsOn"}], "high": {"threshold", "services", "dependsOn",
 *       "availability", "unavailability", "downtimePerMonthMillis"}, "mediumOrWorse": {...},
 *       "assumed"}}; services by name, {@code source} {@code MODEL}, {@code GIVEN} or {@code
 *       DEFAULT}, {@code costliest} {@code null} when the service depends on no other that can
 *       fail. {@code Importance}: {@code {"name", "availability", "birnbaum", "gainPerNine"}};
 *       {@code ServiceFigure}: {@code {"name", "figure", "source"}}, the figure as {@code
 *       Reliability.parse} reads it.
 *   <li>{@code Recovery}: {@code {"failed", "rule", "repairMillis", "totalMillis", "waves":
 *       [{"wave", "services", "startMillis", "durationMillis"}], "services": [{"name", "way",
 *       "wave", "backAtMillis"}]}}, times from the failure; a service's {@code wave} is {@code
 *       null} unless it restarts in one.
 *   <li>{@code Simulation}: {@code {"seed", "horizonMillis", "simulatedMillis", "events", "end",
 *       "stoppedEarly", "confidence", "services": [{"name", "severity", "availability", "lower",
 *       "upper", "downtimePerMonthMillis", "downtimePerMonthSpreadMillis", "failures",
 *       "outages", "restarts"}], "systems": [{"threshold", "availability", "lower", "upper",
 *       "downtimePerMonthMillis", "downtimePerMonthSpreadMillis", "outages"}]}}; services by
 *       name, systems worst first ({@code HIGH}, {@code MEDIUM}, {@code LOW}), {@code end}
 *       {@code HORIZON}, {@code EVENT_BOUND} or {@code CANCELLED}, {@code lower} and {@code
 *       upper} the confidence interval at {@code confidence}, {@code
 *       downtimePerMonthSpreadMillis} {@code null} when the run covered fewer than two whole
 *       months.
 * </ul>
 *
 * <p>The full shapes, field by field, are in the repository's {@code docs/cli.md}, which a test
 * checks against this writer. Values with no service, such as a propagated severity when
 * nothing is affected, are {@code null}, never left out. Thread-safe; does no I/O.
 */
public final class AnswerJson {
  /** The most services of one impact path written: the end of the path that reaches a service. */
  public static final int PATH_SHOWN = 10;

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new TopologyAnswersModule()).build();

  /** Objects indented two spaces a level, arrays on one line, {@code \n} whatever the platform. */
  private static final ObjectWriter PRETTY = MAPPER.writer()
      .with(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

  private static final ObjectWriter COMPACT = MAPPER.writer();

  private AnswerJson() {}

  /**
   * Writes an answer as indented JSON: objects two spaces a level, arrays on one line, lines
   * ending in {@code \n}, no line end after the last brace.
   *
   * @param answer an answer of the engine, or a list of them (such as lint findings)
   * @return the JSON text
   * @throws InvalidQueryException if the answer is null, or is not of a type this writer
   *     writes (nor a list of them), naming the types it writes
   */
  public static String write(Object answer) {
    return PRETTY.writeValueAsString(checked(answer));
  }

  /**
   * Writes an answer as JSON on one line, with no spaces between tokens.
   *
   * @param answer an answer of the engine, or a list of them (such as lint findings)
   * @return the JSON text
   * @throws InvalidQueryException if the answer is null, or is not of a type this writer
   *     writes (nor a list of them), naming the types it writes
   */
  public static String writeCompact(Object answer) {
    return COMPACT.writeValueAsString(checked(answer));
  }

  /**
   * Returns an answer as a tree of JSON nodes, fields in the order {@link #write(Object)}
   * writes them, for a caller that wraps it in a document of its own.
   *
   * @param answer an answer of the engine, or a list of them (such as lint findings)
   * @return a new tree, the caller's to change
   * @throws InvalidQueryException if the answer is null, or is not of a type this writer
   *     writes (nor a list of them), naming the types it writes
   */
  public static JsonNode toTree(Object answer) {
    return MAPPER.valueToTree(checked(answer));
  }

  private static Object checked(Object answer) {
    if (answer == null) {
      throw new InvalidQueryException("AnswerJson writes an answer of the engine, not null;"
          + " pass one such as graph.startupPlan().");
    }
    Collection<?> items = answer instanceof Collection<?> list ? list : List.of(answer);
    for (Object item : items) {
      if (item == null || !written(item.getClass())) {
        throw new InvalidQueryException("AnswerJson writes the engine's answers ("
            + String.join(", ", typeNames()) + ") and lists of them, not "
            + (item == null ? "a list that holds null" : "a " + item.getClass().getName())
            + ".");
      }
    }
    return answer;
  }

  private static boolean written(Class<?> type) {
    for (ValueSerializer<?> serializer : TopologyAnswersModule.serializers()) {
      if (serializer.handledType().isAssignableFrom(type)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> typeNames() {
    List<String> names = new ArrayList<>();
    for (ValueSerializer<?> serializer : TopologyAnswersModule.serializers()) {
      names.add(serializer.handledType().getSimpleName());
    }
    return names;
  }
}
