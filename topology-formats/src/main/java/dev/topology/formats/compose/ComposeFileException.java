package dev.topology.formats.compose;

import dev.topology.api.Problem;
import dev.topology.api.TopologyException;
import java.util.List;

/**
 * Thrown when a Compose file cannot be read into a topology: it is not YAML, breaks the
 * Compose specification where the reader looks, refers to other files, exceeds a limit, or
 * describes services the model refuses.
 *
 * <p>The reader does not stop at the first problem: {@link #problems()} lists every one it found,
 * each with its {@linkplain Problem#file() file} and {@linkplain Problem#path() path}, as the
 * {@link Problem} every error of the library is. The message gives one line per distinct cause:
 * problems that differ only in the service they are about (the same message at the same key of
 * 34 services) share one line that names the services, so no cause is lost among repeats and no
 * line is cut.
 */
public class ComposeFileException extends TopologyException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED = 100;

  private final transient List<Problem> problems;

  /**
   * Creates an exception for one problem, of kind {@link Problem.Kind#INVALID_DOCUMENT}.
   *
   * @param path the dotted path of the key in the file; empty for the document as a whole
   * @param message a sentence that states the rule and the value that broke it
   */
  public ComposeFileException(String path, String message) {
    this(List.of(Problems.at(path, message)));
  }

  /**
   * Creates an exception for a list of problems.
   *
   * @param problems every problem found; at least one
   */
  public ComposeFileException(List<Problem> problems) {
    super(messageOf(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns every problem found, in the order of the file.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns one line per distinct cause, as the message lists them: problems that differ only
   * in the service they are about share a line that counts and names the services. Lines are
   * never cut; there is no limit on their number here (the message shows the first 100).
   *
   * @return an unmodifiable, non-empty list, in the order of each cause's first problem
   */
  public List<String> causes() {
    return List.copyOf(ProblemLines.of(problems));
  }

  /**
   * Returns the same problems, each placed in {@code file} unless it names a file already: for
   * a caller that read the text from a file it knows.
   *
   * @param file the file as the caller names it
   * @return a new exception with the problems so placed
   */
  public ComposeFileException inFile(String file) {
    return new ComposeFileException(problems.stream().map(p -> p.inFile(file)).toList());
  }

  /**
   * Returns the path of the first problem, such as {@code services.web.depends_on.db}.
   *
   * @return the dotted path, or {@code line N} for a problem placed by its line; empty for the
   *     document as a whole
   */
  public String path() {
    Problem first = problems.get(0);
    return first.path().orElse(first.line().isPresent() ? "line " + first.line().getAsInt()
        : "");
  }

  private static String messageOf(List<Problem> problems) {
    if (problems == null || problems.isEmpty()) {
      throw new TopologyException("A ComposeFileException needs at least one problem.");
    }
    List<String> lines = ProblemLines.of(problems);
    if (lines.size() == 1) {
      return lines.get(0);
    }
    StringBuilder text = new StringBuilder(problems.size() + " problems:");
    for (String line : lines.subList(0, Math.min(LISTED, lines.size()))) {
      text.append("\n- ").append(line);
    }
    if (lines.size() > LISTED) {
      text.append("\n- and ").append(lines.size() - LISTED).append(" more distinct problems.");
    }
    return text.toString();
  }
}
