package dev.topology.cli;

import dev.topology.api.InvalidTopologyException;
import dev.topology.api.Problem;
import dev.topology.api.TopologyException;
import dev.topology.formats.backstage.BackstageException;
import dev.topology.graph.startup.StartupCycle;
import dev.topology.graph.startup.StartupCycleException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Turns every failure into an exit code and a message on standard error.
 *
 * <ul>
 *   <li>Mistakes of the user (a bad option, an unknown service, a broken or hostile topology
 *       file, a startup cycle): exit code {@value #USER_ERROR}, one line that says what and
 *       where, never a stack trace; several problems come one a line after a heading line,
 *       long lists cut after {@value #LISTED} items, picocli's own "Error: " replaced by the
 *       tool's prefix, control characters escaped, and the line cut at
 *       {@value #LONGEST} characters, so a hostile file cannot flood or garble the terminal.
 *       Problems of Compose files are printed one line per distinct cause (repeats across
 *       services share a line), each line whole but for that last bound.
 *   <li>Anything else is a fault of the tool: exit code {@value #FAULT}, with the stack trace
 *       to report it.
 * </ul>
 */
final class Errors implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final int USER_ERROR = 2;
  static final int FAULT = 1;
  static final String PREFIX = "topology: ";
  private static final int LISTED = 3;
  private static final int LONGEST = 2000;
  /** The most lines a message prints: a heading, {@value #LISTED} problems and a count. */
  private static final int MOST_LINES = LISTED + 2;
  /**
   * Where the tool breaks a message of several problems into lines: a separator of its own, so
   * that a line break inside a problem (a hostile file's name for a field) stays escaped.
   */
  static final char NEXT_LINE = '\u001e';
  /** What picocli puts before its own messages, which the tool's prefix replaces. */
  private static final String PICOCLI_ERROR = "Error: ";

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    String message = userMessage(e);
    if (message == null) {
      err.println(PREFIX + "unexpected failure; please report it with this trace:");
      e.printStackTrace(err);
      err.flush();
      return FAULT;
    }
    if (e instanceof UserError user && user.lines().size() > 1) {
      // One line per cause, each whole: a long list is never joined and cut mid-line.
      for (String line : user.lines()) {
        err.print(PREFIX + oneLine(line) + "\n");
      }
    } else {
      String[] lines = message.split(String.valueOf(NEXT_LINE), MOST_LINES + 1);
      for (int i = 0; i < Math.min(lines.length, MOST_LINES); i++) {
        err.print((i == 0 ? PREFIX : "") + oneLine(lines[i]) + "\n");
      }
    }
    err.flush();
    return USER_ERROR;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String message = e.getMessage() == null ? null : e.getMessage().startsWith(PICOCLI_ERROR)
        ? e.getMessage().substring(PICOCLI_ERROR.length()) : e.getMessage();
    err.print(PREFIX + oneLine(message) + "\n");
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        err.print("Did you mean " + String.join(" or ", suggestions) + "?\n");
      }
    }
    err.print("Try '" + command.getCommandSpec().qualifiedName() + " --help' for usage.\n");
    err.flush();
    return USER_ERROR;
  }

  /** The message for a mistake of the user, or null if the failure is a fault of the tool. */
  static String userMessage(Throwable e) {
    if (e instanceof TopologyFiles.FileProblem problem) {
      return problem.shown() + ": " + libraryMessage(problem.problem());
    }
    if (e instanceof TopologyException library) {
      return libraryMessage(library);
    }
    if (e instanceof UserError user) {
      return user.getMessage();
    }
    return null;
  }

  private static String libraryMessage(TopologyException e) {
    if (e instanceof InvalidTopologyException invalid && invalid.problems().size() > 1) {
      List<String> messages = new ArrayList<>();
      for (Problem problem : invalid.problems()) {
        messages.add(problem.message());
      }
      return invalid.problems().size() + " problems:" + list(messages);
    }
    if (e instanceof BackstageException backstage && backstage.problems().size() > 1) {
      List<String> messages = new ArrayList<>();
      for (Problem problem : backstage.problems()) {
        messages.add(problem.path().filter(p -> !p.isEmpty()).map(p -> p + ": ").orElse("")
            + problem.message());
      }
      return backstage.problems().size() + " problems:" + list(messages);
    }
    if (e instanceof StartupCycleException cycles && cycles.cycles().size() > 1) {
      List<String> messages = new ArrayList<>();
      for (StartupCycle cycle : cycles.cycles()) {
        messages.add(cycle.toString());
      }
      return "The startup dependencies form " + cycles.cycles().size()
          + " cycles, so no startup order exists:" + list(messages);
    }
    return e.getMessage();
  }

  private static String list(List<String> messages) {
    StringBuilder text = new StringBuilder();
    int shown = Math.min(messages.size(), LISTED);
    for (String message : messages.subList(0, shown)) {
      text.append(NEXT_LINE).append("- ").append(message)
          .append(message.endsWith(".") || message.endsWith("?") ? "" : ".");
    }
    if (shown < messages.size()) {
      text.append(NEXT_LINE).append("And ").append(messages.size() - shown).append(" more.");
    }
    return text.toString();
  }

  /** One printable line: line breaks become spaces, other control characters escapes. */
  static String oneLine(String message) {
    String text = message == null ? "no details." : message;
    StringBuilder line = new StringBuilder(Math.min(text.length(), LONGEST) + 40);
    int i = 0;
    for (; i < text.length() && line.length() < LONGEST; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
          line.append(' ');
        }
      } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        line.append(String.format("\\u%04x", (int) c));
      } else {
        line.append(c);
      }
    }
    if (i < text.length()) {
      line.append(" [cut after ").append(LONGEST).append(" characters]");
    }
    return line.toString();
  }
}
