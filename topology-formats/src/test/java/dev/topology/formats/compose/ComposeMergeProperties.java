package dev.topology.formats.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.topology.api.Deployment;
import dev.topology.formats.internal.HardenedYaml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The merge of files, fuzzed: random override files (generated, and real files cut and spliced
 * with merge tags, extends and include) never make the reader throw anything but its own
 * exception; an empty override changes nothing; merging is associative, as the specification's
 * rules (mappings by key, sequences appended, unique entries replaced) are.
 */
class ComposeMergeProperties {
  private static final List<String> NAMES = List.of("s0", "s1", "s2", "s3", "s4");
  /** Files a resolver can give: extends and include in the fuzzed files name them. */
  private static final Map<String, String> RESOLVABLE = Map.of(
      "base.yml", "services: {s0: {image: base}, s1: {extends: s0, depends_on: [s0]}}",
      "loop.yml", "include: [loop.yml]\nservices: {}",
      "small.yml", Fixtures.compose("small.yml"));
  private static final List<String> TOKENS = List.of("!reset ", "!override ", "!reset null\n",
      "!override []\n", "extends: s0\n", "extends: {file: base.yml, service: s1}\n",
      "extends: {file: nowhere.yml, service: s1}\n", "extends: {service: s9}\n",
      "include: [base.yml]\n", "include: [loop.yml]\n", "include: [{path: [small.yml]}]\n",
      "name: other\n", "depends_on: !override {s0: {}}\n", "labels: [a=b]\n", "- ", ": ",
      "{", "}", "[", "]", "\n  ", "&a ", "*a");

  private static ComposeReader reader() {
    return ComposeReader.builder()
        .resolver(path -> Optional.ofNullable(RESOLVABLE.get(path))).build();
  }

  /** A small Compose file: services of a shared pool, with the settings merges touch. */
  @Provide
  Arbitrary<String> project() {
    Arbitrary<String> service = Combinators.combine(Arbitraries.of(NAMES),
            Arbitraries.of(NAMES).list().ofMaxSize(3), Arbitraries.integers().between(0, 5),
            Arbitraries.of("app:1", "app:2", ""), Arbitraries.of("a", "b", "c").list()
                .ofMaxSize(2))
        .as((name, needs, form, image, labels) -> {
          StringBuilder text = new StringBuilder("  ").append(name).append(":\n");
          if (!image.isEmpty()) {
            text.append("    image: ").append(image).append('\n');
          }
          List<String> targets = needs.stream().filter(n -> !n.equals(name)).distinct().toList();
          if (!targets.isEmpty()) {
            text.append(form % 2 == 0 ? "    depends_on: [" + String.join(", ", targets) + "]\n"
                : "    depends_on: {" + String.join(", ", targets.stream()
                    .map(t -> t + ": {condition: service_started}").toList()) + "}\n");
          }
          if (!labels.isEmpty()) {
            text.append(form < 3 ? "    labels: {" + String.join(", ", labels.stream()
                    .distinct().map(l -> l + ": '" + form + "'").toList()) + "}\n"
                : "    labels: [" + String.join(", ", labels.stream().distinct()
                    .map(l -> l + "=" + form).toList()) + "]\n");
          }
          if (form == 5) {
            text.append("    profiles: [extra]\n");
          }
          return text.toString();
        });
    return service.list().ofMaxSize(4).map(services -> {
      StringBuilder text = new StringBuilder("services:\n");
      List<String> seen = new ArrayList<>();
      for (String s : services) {
        String name = s.substring(2, s.indexOf(':'));
        if (!seen.contains(name)) {
          seen.add(name);
          text.append(s);
        }
      }
      return seen.isEmpty() ? "services: {}\n" : text.toString();
    });
  }

  @Provide
  Arbitrary<String> mutatedOverride() {
    return Combinators.combine(project(), Arbitraries.doubles().between(0, 1),
            Arbitraries.integers().between(0, 2), Arbitraries.of(TOKENS))
        .as((yaml, at, mutation, token) -> {
          int start = (int) (at * yaml.length());
          return switch (mutation) {
            case 0 -> yaml.substring(0, start) + token + yaml.substring(start);
            case 1 -> yaml.substring(0, start);
            default -> yaml.substring(0, start) + token + yaml.substring(Math.min(yaml.length(),
                start + 8));
          };
        });
  }

  @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
  void read_randomOverride_onlyComposeFileException(@ForAll("project") String base,
      @ForAll("mutatedOverride") String override) {
    Throwable thrown = catchThrowable(() -> {
      ComposeProject project = reader().read(List.of(ComposeFile.of("compose.yaml", base),
          ComposeFile.of("override.yaml", override)));
      project.resolve(Deployment.defaults());
    });
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(ComposeFileException.class);
      assertThat(thrown.getMessage()).isNotBlank().doesNotContain("dev.topology.", "java.");
    }
  }

  @Property(tries = 200)
  void read_emptyOverride_sameProject(@ForAll("project") String base) {
    Object alone = outcome(List.of(ComposeFile.of("compose.yaml", base)));
    assertThat(outcome(List.of(ComposeFile.of("compose.yaml", base),
        ComposeFile.of("override.yaml", "services: {}")))).isEqualTo(alone);
    assertThat(outcome(List.of(ComposeFile.of("compose.yaml", base),
        ComposeFile.of("override.yaml", "")))).isEqualTo(alone);
  }

  // No edge cases: those of three generated files combine into more than the tries.
  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void merge_threeFiles_associative(@ForAll("project") String a, @ForAll("project") String b,
      @ForAll("project") String c) {
    Object x = HardenedYaml.read(a);
    Object y = HardenedYaml.read(b);
    Object z = HardenedYaml.read(c);
    ComposeMerge merge = new ComposeMerge("f", new ArrayList<>());
    assertThat(merge.documents(merge.documents(x, y), z))
        .isEqualTo(merge.documents(x, merge.documents(y, z)));
  }

  /** The topology read, or the message of the exception: what a caller sees. */
  private static Object outcome(List<ComposeFile> files) {
    try {
      return reader().read(files).topology();
    } catch (ComposeFileException e) {
      // A problem of the merged project names no file when there are two; compare the rest.
      return e.problems().stream().map(p -> p.path().orElse("") + ": " + p.message()).toList();
    }
  }
}
