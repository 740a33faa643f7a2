package dev.topology.examples.cli;

/**
 * A mistake of the person running the tool that the library does not see, such as a topology
 * file that cannot be read: reported in one line, exit code 2.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
