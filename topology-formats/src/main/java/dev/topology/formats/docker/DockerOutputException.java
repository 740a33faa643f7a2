package dev.topology.formats.docker;

import dev.topology.api.Problem;
import dev.topology.api.TopologyException;
import java.util.List;

/**
 * Thrown when the output of {@code docker ps} or {@code docker compose ps} cannot be read: text
 * that is not JSON, a container without a name, a state Docker does not have, input beyond the
 * reader's limits. The message starts with the line, which {@link #line()} returns too; {@link
 * #problems()} lists what is wrong on it, each {@link Problem} placed by that line.
 */
public class DockerOutputException extends TopologyException {
  private static final long serialVersionUID = 1L;

  /** The line of the input the problem is on, from 1. */
  private final int line;

  private final transient List<Problem> problems;

  /**
   * Creates the exception for one problem, of kind {@link Problem.Kind#INVALID_DOCUMENT}.
   *
   * @param line the line of the input, from 1
   * @param message a full sentence that names what is wrong and what would be valid, without
   *     the line, which is put in front of it
   */
  public DockerOutputException(int line, String message) {
    this(line, List.of(Problem.of(Problem.Kind.INVALID_DOCUMENT, message)));
  }

  /**
   * Creates the exception for every problem found on one line.
   *
   * @param line the line of the input, from 1
   * @param problems every problem found on it, at least one; each is placed on the line
   */
  public DockerOutputException(int line, List<Problem> problems) {
    super("Line " + line + ": " + messageOf(problems));
    this.line = line;
    this.problems = problems.stream().map(p -> p.toBuilder().line(Math.max(1, line)).build())
        .toList();
  }

  /**
   * Returns the line of the input the problem is on.
   *
   * @return the line number, from 1
   */
  public int line() {
    return line;
  }

  /**
   * Returns every problem found, each placed on {@link #line()}.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String messageOf(List<Problem> problems) {
    if (problems == null || problems.isEmpty()) {
      throw new TopologyException("A DockerOutputException needs at least one problem.");
    }
    List<String> lines = problems.stream().map(Problem::message).toList();
    return lines.size() == 1 ? lines.get(0)
        : lines.size() + " problems:\n- " + String.join("\n- ", lines);
  }
}
