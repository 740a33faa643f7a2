package dev.topology.formats.compose;

import dev.topology.api.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a list of problems, one per distinct cause: problems with the same file, the
 * same message and the same path but for the service named in it ({@code services.NAME.key})
 * share one line that counts and names the services.
 */
final class ProblemLines {
  /** Services named on a shared line before the rest are counted. */
  static final int NAMED = 8;

  private ProblemLines() {}

  /** One line per distinct cause, in the order of each cause's first problem. */
  static List<String> of(List<Problem> problems) {
    Map<String, List<Problem>> causes = new LinkedHashMap<>();
    int index = 0;
    for (Problem problem : problems) {
      causes.computeIfAbsent(cause(problem, index++), k -> new ArrayList<>()).add(problem);
    }
    List<String> lines = new ArrayList<>(causes.size());
    for (List<Problem> same : causes.values()) {
      lines.add(same.size() == 1 ? same.get(0).toString() : shared(same));
    }
    return lines;
  }

  private static String shared(List<Problem> same) {
    Problem first = same.get(0);
    java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
    for (Problem problem : same) {
      distinct.add(service(Problems.path(problem)));
    }
    List<String> names = new ArrayList<>(distinct);
    StringBuilder line = new StringBuilder();
    first.file().ifPresent(file -> line.append(file).append(": "));
    line.append(pattern(Problems.path(first))).append(" (").append(names.size())
        .append(" services: ")
        .append(String.join(", ", names.subList(0, Math.min(NAMED, names.size()))));
    if (names.size() > NAMED) {
      line.append(" and ").append(names.size() - NAMED).append(" more");
    }
    return line.append("): ").append(first.message()).toString();
  }

  /** What problems share a line by; a problem about no service is a cause of its own. */
  private static String cause(Problem problem, int index) {
    String path = Problems.path(problem);
    if (service(path) == null) {
      return "#" + index;
    }
    return Problems.file(problem) + "\u0000" + pattern(path) + "\u0000" + problem.message();
  }

  /** The service a path is about, or null if it is not {@code services.NAME...}. */
  private static String service(String path) {
    if (!path.startsWith("services.") || path.length() == "services.".length()) {
      return null;
    }
    int end = path.indexOf('.', "services.".length());
    return end < 0 ? path.substring("services.".length())
        : path.substring("services.".length(), end);
  }

  private static String pattern(String path) {
    int end = path.indexOf('.', "services.".length());
    return "services.*" + (end < 0 ? "" : path.substring(end));
  }
}
