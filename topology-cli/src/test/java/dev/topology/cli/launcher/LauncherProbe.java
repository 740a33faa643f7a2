package dev.topology.cli.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Stands in for the tool in {@link LauncherTest}: prints each argument on a line of its own
 * between brackets, then standard input, and exits with the code its first argument names, or
 * 0 when it names none (as in the launcher's own run that makes the archive).
 */
public final class LauncherProbe {
  private LauncherProbe() {}

  /**
   * Echoes and exits.
   *
   * @param args the exit code, then anything
   * @throws IOException if standard input cannot be read
   */
  public static void main(String[] args) throws IOException {
    for (String arg : args) {
      System.out.println("[" + arg + "]");
    }
    System.out.print(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
    System.exit(args.length > 0 && args[0].matches("[0-9]+") ? Integer.parseInt(args[0]) : 0);
  }
}
