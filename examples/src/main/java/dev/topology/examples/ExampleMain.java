package dev.topology.examples;

import dev.topology.api.TopologyException;

/**
 * How every example program ends, as the command-line tool does: a mistake of the user (an
 * argument a program does not take, a service name that does not exist) is one line on standard
 * error and exit code {@value #USER_ERROR}, never a stack trace.
 */
final class ExampleMain {
  /** The exit code for a mistake of the user, as the tool's. */
  static final int USER_ERROR = 2;

  private ExampleMain() {}

  /** A program's work, which may throw the library's exceptions or a {@link Usage}. */
  interface Body {
    void run();
  }

  /** A mistake in the arguments, said in one sentence. */
  static final class Usage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Usage(String message) {
      super(message);
    }
  }

  /**
   * Runs a program's work; on a mistake of the user, prints one line and exits with {@value
   * #USER_ERROR}. Returns normally otherwise, so that tests can call {@code main}.
   */
  static void run(String program, Body body) {
    try {
      body.run();
    } catch (TopologyException | Usage e) {
      System.out.flush();
      System.err.println(program + ": " + e.getMessage().replaceAll("\\s*\\R\\s*", " "));
      System.err.flush();
      System.exit(USER_ERROR);
    }
  }

  /** Refuses arguments, for a program that takes none: one line, exit code 2. */
  static void noArguments(String program, String[] args) {
    run(program, () -> {
      if (args.length > 0) {
        throw new Usage(program + " takes no arguments, so '" + args[0] + "' is not understood;"
            + " run it without any.");
      }
    });
  }
}
