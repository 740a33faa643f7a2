package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Colour on a terminal, plain text everywhere else. */
class ColourTest {
  private static final Terminal TERMINAL = new Terminal(true, false);
  private static final String HIGH = "\u001b[1;31mHIGH\u001b[0m";
  private static final String MEDIUM = "\u001b[33mMEDIUM\u001b[0m";
  private static final String LOW = "\u001b[32mLOW\u001b[0m";

  @Test
  void terminal_coloursSeveritiesAndAlignsOnThePlainText() {
    String out = Cli.run(TERMINAL, "prerequisites", "api-service").out();
    assertThat(out).contains("""
        \u001b[1mSERVICE                    SEVERITY  WAVE\u001b[0m
        contexts-vault             %s    0
        postgres                   %s      0
        frontend                   %s    1
        contexts-service-migrator  %s       2
        """.formatted(MEDIUM, HIGH, MEDIUM, LOW));
  }

  @Test
  void terminal_impactTitleShowsSeveritiesInColour() {
    String out = Cli.run(TERMINAL, "impact", "ready-agent", "--phase", "startup").out();
    assertThat(out).startsWith("Failure of ready-agent (" + LOW + ") at startup: \u001b[1;31m"
        + "the whole system is down\u001b[0m, 38 services affected (worst " + HIGH + ")\n");
  }

  @Test
  void terminal_newCommandsColourSeverities() {
    assertThat(Cli.run(TERMINAL, "blast-radius").out()).contains(
        "\npostgres                      " + HIGH + "      10          " + HIGH + "\n");
    assertThat(Cli.run(TERMINAL, "restart", "postgres").out())
        .startsWith("Restart of postgres (" + HIGH + ") while running:")
        .contains("0     frontend              " + MEDIUM + "    postgres -> frontend\n");
    assertThat(Cli.run(TERMINAL, "diff", "--against-ldap").out())
        .contains("\nseverity                federation-service           " + MEDIUM
            + " ".repeat(18) + HIGH + "\n");
  }

  @Test
  void piped_isPlain() {
    assertThat(Cli.run("plan").out()).doesNotContain("\u001b");
  }

  @Test
  void noColorFlag_isPlain() {
    assertThat(Cli.run(TERMINAL, "plan", "--no-color").out())
        .isEqualTo(Cli.run("plan").out());
  }

  @Test
  void noColorEnvironment_isPlain() {
    assertThat(Cli.run(new Terminal(true, true), "catalog").out())
        .isEqualTo(Cli.run("catalog").out());
  }

  @Test
  void json_isNeverColoured() {
    assertThat(Cli.run(TERMINAL, "impact", "postgres", "--json").out())
        .isEqualTo(Cli.run("impact", "postgres", "--json").out())
        .doesNotContain("\u001b");
  }
}
