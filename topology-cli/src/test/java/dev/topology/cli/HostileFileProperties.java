package dev.topology.cli;

import static dev.topology.cli.TopologyFileErrorsTest.assertOneLinePerProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import dev.topology.catalog.CircleCiServer2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The tool given broken topology files: cut, spliced, token-injected and retyped versions of
 * valid files (the catalog's and random ones). Every run ends in exit code 0, or in exit code 2
 * with one line on standard error and nothing on standard output; never in a fault of the tool.
 */
class HostileFileProperties {
  private static final SettingCondition[] CONDITIONS = {
    SettingCondition.when("sso", "on"), SettingCondition.when("sso", "off"),
    SettingCondition.when("storage", "bucket"), SettingCondition.when("storage", "disk").or("sso", "on")};

  private static final List<String> COMMANDS = List.of("plan", "catalog", "impact %s",
      "impact %s --phase startup", "prerequisites %s", "dependents %s", "restart %s",
      "root-cause %s", "blast-radius", "lint", "graph", "graph --format mermaid --impact %s",
      "diff --against-ldap");
  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("hostile-files");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  /** A broken file and the question asked about it. */
  record Case(String json, String command, String name, boolean asJson, boolean s3) {}

  @Provide
  Arbitrary<Case> textual() {
    return cases(JsonMutations.textual(validDocuments()));
  }

  @Provide
  Arbitrary<Case> retyped() {
    return cases(JsonMutations.retyped(validDocuments()));
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void run_textuallyBrokenFile_answersOrRefusesInOneLine(@ForAll("textual") Case broken) {
    assertAnsweredOrRefused(broken);
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void run_retypedFile_answersOrRefusesInOneLine(@ForAll("retyped") Case broken) {
    assertAnsweredOrRefused(broken);
  }

  /**
   * A broken document and a question. Its properties run random cases only: the edge cases of
   * document, mutation, command, name and flags combine into thousands, of which jqwik would try
   * an arbitrary first few hundred and log so on every run.
   */
  private static Arbitrary<Case> cases(Arbitrary<String> documents) {
    return Combinators.combine(documents, Arbitraries.of(COMMANDS),
            Arbitraries.of("postgres", "frontend", "a", "b-c", "ab", "nope"),
            Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as(Case::new);
  }

  private static void assertAnsweredOrRefused(Case broken) {
    Path file = dir.resolve("t.json");
    try {
      Files.writeString(file, broken.json());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> args = new ArrayList<>(List.of(broken.command().formatted(broken.name())
        .split(" ")));
    args.addAll(List.of("--topology", file.toString()));
    if (broken.asJson() && !broken.command().startsWith("graph")) {
      args.add("--json");
    }
    if (broken.s3()) {
      args.add("--s3");
    }
    long start = System.nanoTime();
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(result.code()).as(result.err()).isIn(0, 2);
    net.jqwik.api.statistics.Statistics.collect(result.code() == 0 ? "answered"
        : result.err().startsWith("topology: '" + file + "'") ? "refused: the file"
        : "refused: the question");
    if (result.code() == 0) {
      assertThat(result.err()).isEmpty();
      assertThat(result.out()).isNotEmpty();
    } else {
      assertThat(result.out()).isEmpty();
      assertOneLinePerProblem(result.err());
    }
  }

  /** The catalog's file, or a random valid one of up to eight services. */
  private static Arbitrary<String> validDocuments() {
    String catalog = TopologyJson.write(CircleCiServer2.topology());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(catalog)),
        net.jqwik.api.Tuple.of(4, Arbitraries.longs().map(seed ->
            TopologyJson.write(randomTopology(new Random(seed))))));
  }

  /**
   * Up to eight services named from a small alphabet, some with an image name, each needing up
   * to three others by any of their names, with random severities, lifecycles and conditions.
   * Dependencies may form startup cycles, which the tool must refuse in one line too.
   */
  static Topology randomTopology(Random random) {
    int n = 1 + random.nextInt(8);
    List<String> names = new ArrayList<>();
    while (names.size() < 2 * n) {
      String name = Integer.toString(random.nextInt(1_000), 6).replace('0', 'a').replace('1', 'b')
          .replace('2', 'c').replace('3', '-').replace('4', 'e').replace('5', 'f');
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    boolean[] imaged = new boolean[n];
    for (int i = 0; i < n; i++) {
      imaged[i] = random.nextBoolean();
    }
    List<Service> services = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Service.Builder service = Service.builder().name(names.get(i))
          .severity(pick(random, Severity.values()))
          .lifecycle(pick(random, Lifecycle.values()))
          .externalizable(random.nextBoolean())
          .startupGate(random.nextInt(8) == 0);
      if (imaged[i]) {
        service.image(names.get(n + i)).addAliases(names.get(n + i));
      }
      if (random.nextInt(4) == 0) {
        service.severityCondition(pick(random, CONDITIONS)).severityOtherwise(Severity.LOW);
      }
      java.util.Set<Integer> targets = new java.util.TreeSet<>();
      for (int d = random.nextInt(4); d > 0; d--) {
        targets.add(random.nextInt(n));
      }
      targets.remove(i);
      for (int target : targets) {
        service.addDependencies(Dependency.builder()
            .target(names.get(imaged[target] && random.nextBoolean() ? n + target : target))
            .kind(random.nextInt(3) == 0 ? DependencyKind.RUNTIME : DependencyKind.STARTUP)
            .required(random.nextInt(6) != 0)
            .condition(random.nextInt(5) == 0 ? Optional.of(pick(random, CONDITIONS))
                : Optional.empty())
            .build());
      }
      services.add(service.build());
    }
    return Topology.of(List.of(Setting.onOff("sso"), Setting.of("storage", "disk", "bucket")),
        services);
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
