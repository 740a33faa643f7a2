package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.topology.api.Problem;
import dev.topology.api.Reliability;
import dev.topology.api.Topology;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The labels {@code dev.topology.availability}, {@code dev.topology.mttf} and {@code
 * dev.topology.mttr} give a service's reliability figure.
 */
class ComposeReliabilityLabelsTest {
  private static final String DURATION_HINT = "write numbers each followed by a unit (ms, s, m,"
      + " h, d or w), largest first, such as 5m, 1h30m or 30d, or ISO-8601 such as PT5M.";

  private static String resource(String name) throws IOException {
    try (InputStream in = ComposeReliabilityLabelsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static ComposeFileException refused(String yaml) {
    return catchThrowableOfType(ComposeFileException.class,
        () -> ComposeReader.defaults().read(List.of(ComposeFile.of("stack.yml", yaml))));
  }

  @Test
  void read_stackWithFigures_eachServiceItsFigure() throws IOException {
    Topology topology = ComposeReader.defaults()
        .read(List.of(ComposeFile.of("reliability.yml", resource("/compose/reliability.yml"))))
        .topology();

    assertThat(topology.service("postgres").reliability()).contains(Reliability.builder()
        .availability(0.9995).mttr(Duration.ofMinutes(15)).build());
    assertThat(topology.service("redis").reliability())
        .contains(Reliability.of(Duration.ofDays(30), Duration.ofMinutes(2)));
    assertThat(topology.service("api").reliability()).contains(Reliability.builder()
        .availability(0.999).mttf(Duration.ofDays(7)).build());
    assertThat(topology.service("web").reliability()).contains(Reliability.of(1.0));
    assertThat(topology.service("migrate").reliability()).isEmpty();
    assertThat(topology.service("worker").reliability()).isEmpty();
    assertThat(topology.service("api").labels()).isEqualTo(Map.of("team", "shop"));
  }

  @Test
  void read_figureFromAVariable_interpolated() throws IOException {
    Topology topology = ComposeReader.builder().variables(Map.of("WEB_AVAILABILITY", "99.5%"))
        .build().read(resource("/compose/reliability.yml")).topology();

    assertThat(topology.service("web").reliability()).contains(Reliability.of(0.995));
  }

  @Test
  void read_badValues_everyProblemWithServiceLabelAndFile() {
    ComposeFileException e = refused("""
        services:
          web:
            labels:
              dev.topology.availability: "101%"
              dev.topology.mttr: 5x
          api:
            labels: [dev.topology.mttf=30d]
          db:
            labels: {dev.topology.availability: 100%, dev.topology.mttr: 0s}
          cache:
            labels: {dev.topology.availabilty: 99%}
        """);

    assertThat(e.problems()).extracting(Problem::kind).containsExactly(
        Problem.Kind.INVALID_VALUE, Problem.Kind.INVALID_VALUE, Problem.Kind.MISSING_VALUE,
        Problem.Kind.INVALID_VALUE, Problem.Kind.INCONSISTENT_VALUE,
        Problem.Kind.INVALID_DOCUMENT);
    assertThat(e.problems()).extracting(Problem::services).containsExactly(
        List.of("web"), List.of("web"), List.of("api"), List.of("db"), List.of("db"), List.of());
    assertThat(e.problems()).extracting(Problem::file).allMatch(f -> f.equals(
        java.util.Optional.of("stack.yml")));
    assertThat(e.problems()).extracting(Problem::toString).containsExactly(
        "stack.yml: services.web.labels.dev.topology.availability: An availability must lie in"
            + " (0, 1] (as a percentage, above 0% and at most 100%); '101%' does not.",
        "stack.yml: services.web.labels.dev.topology.mttr: A duration of '5x' uses the unit"
            + " 'x', which is not one of [ms, s, m, h, d, w]; " + DURATION_HINT,
        "stack.yml: services.api.labels: A reliability figure has only an MTTF; give the MTTR or"
            + " the availability too.",
        "stack.yml: services.db.labels.dev.topology.mttr: A duration must be positive; '0s' is"
            + " not.",
        "stack.yml: services.db.labels: A reliability figure of 100% never fails, so it has no"
            + " MTTR; give the availability alone.",
        "stack.yml: services.cache.labels.dev.topology.availabilty: 'dev.topology.availabilty'"
            + " is not a label this reader knows; the dev.topology. labels are"
            + " dev.topology.severity, dev.topology.role, dev.topology.failure-effect,"
            + " dev.topology.lifecycle, dev.topology.optional, dev.topology.availability,"
            + " dev.topology.mttf, dev.topology.mttr. Did you mean 'dev.topology.availability' or"
            + " 'dev.topology.severity'?");
  }

  @Test
  void read_allThreeLabels_refusedAsContradictable() {
    ComposeFileException e = refused("services: {db: {labels: {dev.topology.availability: 99%,"
        + " dev.topology.mttf: 30d, dev.topology.mttr: 5m}}}");

    assertThat(e.problems()).singleElement().hasToString("stack.yml: services.db.labels: A"
        + " reliability figure has an availability, an MTTF and an MTTR; give two of them (the"
        + " third follows), so they cannot disagree.");
  }

  @Test
  void read_overrideFile_addsTheFigure() {
    Topology topology = ComposeReader.defaults().read(List.of(
        ComposeFile.of("compose.yaml", "services: {db: {labels: {dev.topology.mttf: 30d}}}"),
        ComposeFile.of("compose.override.yaml",
            "services: {db: {labels: {dev.topology.mttr: 5m}}}"))).topology();

    assertThat(topology.service("db").reliability())
        .contains(Reliability.of(Duration.ofDays(30), Duration.ofMinutes(5)));
  }
}
