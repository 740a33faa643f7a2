package dev.topology.cli;

/**
 * A mistake of the person running the tool that the library does not see, such as a topology
 * file that cannot be read: reported in one line, exit code 2.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient java.util.List<String> lines;

  UserError(String message) {
    super(message);
    this.lines = java.util.List.of(message);
  }

  /** A mistake with several causes: each printed on a line of its own. */
  UserError(java.util.List<String> lines) {
    super(String.join("\n", lines));
    this.lines = java.util.List.copyOf(lines);
  }

  /** The lines to print, one per cause. */
  java.util.List<String> lines() {
    return lines;
  }
}
