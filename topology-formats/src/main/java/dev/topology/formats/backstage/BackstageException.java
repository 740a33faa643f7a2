package dev.topology.formats.backstage;

import dev.topology.api.Problem;
import dev.topology.api.TopologyException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a Backstage catalog cannot be read into a topology, or a topology cannot be
 * written as one: the text is not YAML or exceeds a limit, an entity breaks the descriptor
 * format where the reader looks, refers to entities the file does not have, or describes
 * services the model refuses; or the options are not valid.
 *
 * <p>The reader does not stop at the first problem: {@link #problems()} lists every one, each
 * placed by its {@linkplain Problem#path() path}, which starts with the document's index (from
 * 1) and names the entity: {@code document 3 (component:default/web).spec.dependsOn}.
 */
public class BackstageException extends TopologyException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED = 100;

  private final transient List<Problem> problems;

  /**
   * Creates an exception for one problem, of kind {@link Problem.Kind#INVALID_DOCUMENT}, about
   * the file as a whole.
   *
   * @param message a sentence that states the rule and the value that broke it
   */
  public BackstageException(String message) {
    this(List.of(Problem.builder().kind(Problem.Kind.INVALID_DOCUMENT).message(message).build()));
  }

  /**
   * Creates an exception for a list of problems. Control characters in their paths and
   * messages (from values quoted out of the file) are written as escapes, so each problem stays
   * on one line.
   *
   * @param problems every problem found; at least one
   */
  public BackstageException(List<Problem> problems) {
    this(visible(problems), true);
  }

  private BackstageException(List<Problem> problems, boolean visible) {
    super(messageOf(problems));
    this.problems = problems;
  }

  /**
   * The problems with every control character of their paths and messages written as an escape
   * ({@code \t}, {@code \n}, {@code &#92;u0007}): a value quoted from the file keeps each problem
   * on one line.
   */
  private static List<Problem> visible(List<Problem> problems) {
    if (problems == null || problems.isEmpty()) {
      throw new TopologyException("A BackstageException needs at least one problem.");
    }
    return problems.stream().map(p -> {
      String message = visible(p.message());
      String path = p.path().map(BackstageException::visible).orElse(null);
      return message.equals(p.message()) && Objects.equals(path, p.path().orElse(null))
          ? p : p.toBuilder().message(message).path(Optional.ofNullable(path)).build();
    }).toList();
  }

  private static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isISOControl(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      out.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r"
          : String.format("\\u%04x", (int) c));
    }
    return out == null ? text : out.toString();
  }

  /**
   * Returns every problem found, in the order of the file.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String messageOf(List<Problem> problems) {
    if (problems == null || problems.isEmpty()) {
      throw new TopologyException("A BackstageException needs at least one problem.");
    }
    if (problems.size() == 1) {
      return line(problems.get(0));
    }
    StringBuilder text = new StringBuilder(problems.size() + " problems:");
    for (Problem problem : problems.subList(0, Math.min(LISTED, problems.size()))) {
      text.append("\n- ").append(line(problem));
    }
    if (problems.size() > LISTED) {
      text.append("\n- and ").append(problems.size() - LISTED).append(" more.");
    }
    return text.toString();
  }

  private static String line(Problem problem) {
    return problem.path().filter(p -> !p.isEmpty()).map(p -> p + ": ").orElse("")
        + problem.message();
  }
}
