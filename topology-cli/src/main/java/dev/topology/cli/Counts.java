package dev.topology.cli;

/** Counted nouns for people: "1 service", "5 waves". */
final class Counts {
  private Counts() {}

  static String of(int count, String noun) {
    return count + " " + (count == 1 ? noun : noun + "s");
  }
}
