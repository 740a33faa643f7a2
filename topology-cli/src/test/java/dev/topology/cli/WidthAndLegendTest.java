package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text answers fit a terminal of 100 columns unless {@code --wide} asks for every cell whole. */
class WidthAndLegendTest {
  @ParameterizedTest
  @ValueSource(strings = {"catalog", "catalog --ldap --s3 --externalize postgres", "plan",
      "impact postgres", "impact rabbitmq", "impact ready-agent --phase startup",
      "impact mongodb-upgrader --phase startup", "prerequisites api-service",
      "dependents postgres", "restart postgres", "root-cause api-service cron-service",
      "blast-radius", "blast-radius --phase startup", "lint",
      "diff --against-ldap --against-s3 --against-externalize postgres"})
  void text_bundledCatalog_staysWithinAHundredColumns(String command) {
    Cli.Result result = Cli.run(command.split(" "));
    assertThat(result.code()).isZero();
    assertThat(result.out().lines())
        .allSatisfy(line -> assertThat(line.codePointCount(0, line.length()))
            .as(line).isLessThanOrEqualTo(100));
  }

  @ParameterizedTest
  @ValueSource(strings = {"catalog", "diff --against-ldap --against-s3 --against-externalize"
      + " postgres", "lint"})
  void text_wide_keepsEveryCellAndLineWhole(String command) {
    String wide = Cli.run((command + " --wide").split(" ")).out();
    assertThat(wide.lines().mapToInt(String::length).max().orElse(0)).isGreaterThan(100);
    assertThat(wide.lines().count()).isLessThan(Cli.run(command.split(" ")).out().lines().count());
  }

  @ParameterizedTest
  @ValueSource(strings = {"dot", "mermaid"})
  void graph_noLegend_leavesOutTheLegend(String format) {
    String with = Cli.run("graph", "--format", format).out();
    String without = Cli.run("graph", "--format", format, "--no-legend").out();
    assertThat(with).contains("Legend");
    assertThat(without).doesNotContain("Legend").doesNotContain("legend");
    assertThat(with).contains(without.lines().filter(l -> l.contains("->"))
        .findFirst().orElseThrow());
    assertThat(Cli.run("graph", "--format", format, "--no-legend", "--impact", "postgres").out())
        .doesNotContain("Legend");
  }
}
