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
import dev.topology.formats.backstage.BackstageWriter;
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
  private static final java.util.regex.Pattern NOTES = java.util.regex.Pattern.compile(
      "^topology: (\\d+ services of .* state no severity and took |\\d+ entities that .* are"
      + " external placeholders: |.* also holds entities of other kinds, which carry no"
      + " dependencies: )");
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

  /** YAML tokens a Backstage catalog is broken with, besides the JSON ones. */
  private static final List<String> YAML_TOKENS = List.of("&a ", "*a", "? ", ": ", "- ", "\n",
      "\n  ", "\t", "---\n", "...\n", "'", "!custom ", "!!java.lang.Object ", "~", "\u0007",
      "component:", ":x", "a:b:c/d/e", "dependsOn: [component:nowhere]\n", "kind: Component\n",
      "dev.topology/severity: maybe\n", "dev.topology/dependencies: '[{'\n",
      "dev.topology/reliability: '99%%'\n", "[".repeat(100), "x".repeat(5000));

  @Provide
  Arbitrary<Case> textual() {
    return cases(JsonMutations.textual(validDocuments()));
  }

  @Provide
  Arbitrary<Case> retyped() {
    return cases(JsonMutations.retyped(validDocuments()));
  }

  @Provide
  Arbitrary<Case> backstage() {
    Arbitrary<String> valid = validDocuments(true);
    Arbitrary<String> yaml = Combinators.combine(valid, Arbitraries.integers().between(0, 3),
            Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
            Arbitraries.of(YAML_TOKENS))
        .as((text, mutation, at, length, token) -> {
          int start = (int) (at * text.length());
          int end = Math.min(text.length(), start + (int) (length * 40));
          return switch (mutation) {
            case 0 -> text.substring(0, start) + token + token + text.substring(start);
            case 1 -> text.substring(0, start) + text.substring(start, end) + text.substring(start);
            case 2 -> text.substring(0, start) + token + text.substring(start);
            default -> text.substring(0, start) + token + text.substring(end);
          };
        });
    return cases(Arbitraries.oneOf(yaml, JsonMutations.textual(valid)));
  }

  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void run_textuallyBrokenFile_answersOrRefusesInOneLine(@ForAll("textual") Case broken) {
    assertAnsweredOrRefused(broken);
  }

  /**
   * Hand-made hostile catalogs: each refused with exit code 2, one line a problem naming its
   * document, nothing on standard output.
   */
  @net.jqwik.api.Example
  void impact_hostileBackstageCatalogs_refusedOneLineAProblem() throws IOException {
    String head = "apiVersion: backstage.io/v1alpha1\nkind: Component\n";
    // Two broken entities: one problem each, listed under a heading.
    assertRefused(head + "metadata: {name: a, annotations: {dev.topology/severity: HIGH}}\n"
        + "spec: {dependsOn: 3}\n---\n" + head
        + "metadata: {name: b, annotations: {dev.topology/severity: maybe}}\nspec: {}\n",
        2, "document 1", "document 2");
    // Not YAML in the second document.
    assertRefused(head + "metadata: {name: a}\n---\nkind: [\n", 1, "document 2");
    // A billion laughs.
    StringBuilder laughs = new StringBuilder(head + "metadata: {name: a}\nspec:\n  l0: &l0 [x, x,"
        + " x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; i++) {
      laughs.append("  l").append(i).append(": &l").append(i).append(" [").append(
          String.join(", ", java.util.Collections.nCopies(10, "*l" + (i - 1)))).append("]\n");
    }
    assertRefused(laughs.toString(), 1, "document 1");
    // Deep flow nesting.
    assertRefused(head + "metadata: {name: a}\nspec: " + "[".repeat(5000) + "]".repeat(5000)
        + "\n", 1, "document 1");
  }

  private static void assertRefused(String yaml, int problems, String... places)
      throws IOException {
    Path file = dir.resolve("hostile.yaml");
    Files.writeString(file, yaml);
    Cli.Result result = Cli.run("impact", "x", "--backstage", file.toString());
    assertThat(result.code()).as(result.err()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertOneLinePerProblem(result.err());
    List<String> lines = result.err().lines().toList();
    assertThat(lines).hasSize(problems == 1 ? 1 : problems + 1);
    for (int i = 0; i < places.length; i++) {
      assertThat(lines.get(problems == 1 ? 0 : i + 1)).containsPattern(places[i] + "[ :.]");
    }
  }

  /** The Backstage catalog as a source: answered, or refused with one line a problem. */
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  @StatisticsReport(onFailureOnly = true)
  void run_brokenBackstageCatalog_answersOrRefusesInOneLineAProblem(
      @ForAll("backstage") Case broken) {
    assertAnsweredOrRefused(broken, "--backstage", "t.yaml");
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
    assertAnsweredOrRefused(broken, "--topology", "t.json");
  }

  private static void assertAnsweredOrRefused(Case broken, String source, String name) {
    Path file = dir.resolve(name);
    try {
      Files.writeString(file, broken.json());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> args = new ArrayList<>(List.of(broken.command().formatted(broken.name())
        .split(" ")));
    args.addAll(List.of(source, file.toString()));
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
    // A catalog read is described in notes first: services that took the default severity,
    // placeholders, entities of other kinds. What follows them is the answer or the refusal.
    String err = result.err().lines().filter(line -> !NOTES.matcher(line).find())
        .map(line -> line + "\n").collect(java.util.stream.Collectors.joining());
    net.jqwik.api.statistics.Statistics.collect(result.code() == 0 ? "answered"
        : err.startsWith("topology: '" + file + "'") ? "refused: the file"
        : "refused: the question");
    if (result.code() == 0) {
      assertThat(err).isEmpty();
      assertThat(result.out()).isNotEmpty();
    } else {
      assertThat(result.out()).isEmpty();
      assertOneLinePerProblem(err);
    }
  }

  /** The catalog's file, or a random valid one of up to eight services. */
  private static Arbitrary<String> validDocuments() {
    return validDocuments(false);
  }

  /** The catalog's file, or a random valid one, as JSON or as a Backstage catalog. */
  private static Arbitrary<String> validDocuments(boolean backstage) {
    java.util.function.Function<Topology, String> write = backstage
        ? topology -> BackstageWriter.write(topology).text() : TopologyJson::write;
    String catalog = write.apply(CircleCiServer2.topology());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(catalog)),
        net.jqwik.api.Tuple.of(4, Arbitraries.longs().map(seed ->
            write.apply(randomTopology(new Random(seed))))));
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
