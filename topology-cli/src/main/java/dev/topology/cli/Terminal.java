package dev.topology.cli;

/**
 * What the tool knows of where its output goes, which decides whether it is coloured.
 *
 * <p>Colour is used only when standard output is a terminal and neither the {@code NO_COLOR}
 * convention (<a href="https://no-color.org">no-color.org</a>) nor {@code --no-color} asks
 * otherwise, so that piped output is plain text to parse.
 *
 * @param interactive whether standard output is a terminal
 * @param noColor whether the environment asks for no colour ({@code NO_COLOR} set, not empty)
 */
public record Terminal(boolean interactive, boolean noColor) {

  /**
   * Returns what the running process has: a console, and the {@code NO_COLOR} variable.
   *
   * @return the terminal of this process
   */
  public static Terminal detect() {
    String noColor = System.getenv("NO_COLOR");
    return new Terminal(System.console() != null, noColor != null && !noColor.isEmpty());
  }

  /**
   * Returns a terminal that is not one, as when output is piped: never coloured.
   *
   * @return a plain terminal
   */
  public static Terminal plain() {
    return new Terminal(false, false);
  }

  boolean colour() {
    return interactive && !noColor;
  }
}
