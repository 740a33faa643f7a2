package dev.topology.formats.backstage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.topology.api.Problem;
import dev.topology.api.Severity;
import dev.topology.catalog.CircleCiServer2;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No text makes the Backstage reader throw anything but a {@link BackstageException} whose every
 * problem is a sentence placed in a document: valid catalogs (the catalog's export, Backstage's
 * own examples, small random ones) with characters deleted, inserted or duplicated, values
 * retyped, keys renamed or duplicated, references and annotations broken, documents repeated,
 * reordered or cut, aliases, deep nesting and long lines.
 */
class BackstageHostileProperties {
  private static final List<String> CATALOGS = List.of(
      BackstageWriter.write(CircleCiServer2.topology()).text(),
      Resources.text("backstage-examples.yaml"));

  /** Values of every YAML type, put where a value stood. */
  private static final List<String> VALUES = List.of("[]", "[a, b]", "{}", "{a: 1}", "1", "-1",
      "1.5", "true", "false", "null", "~", "''", "\"\"", "99999999999999999999999999999",
      "1e400", "0x1F", "- a\n- b", "&x {a: 1}", "*nowhere", "!!str x", "!custom x",
      "\"\\u0000\"", "\"\\t\\n\"", "'component:'", "':x'", "a:b:c/d/e", "'component:a b'",
      "'component:ünï/cödé'", "[component:, ':x', 'a:b:c/d/e']", "'{\"a\": '", "'[1, 2'",
      "'{\"kind\": 1}'", "'\"text\"'", "'[]'", "'{}'", "'null'", "'-5'", "'1e999'",
      "'99.999999999999%'", "'mttf=0s mttr=-1s'", "'HIGH'", "'maybe'");

  /** Keys put in place of a key, or added. */
  private static final List<String> KEYS = List.of("kind", "apiVersion", "metadata", "name",
      "namespace", "spec", "dependsOn", "dependencyOf", "annotations", "type", "lifecycle",
      "dev.topology/severity", "dev.topology/name", "dev.topology/dependencies",
      "dev.topology/reliability", "dev.topology/labels", "dev.topology/", "<<", "? [a]", "''",
      "Kind", "KIND", "x".repeat(1100));

  /** YAML tokens injected anywhere. */
  private static final List<String> TOKENS = List.of("&a ", "*a", "<<: *a\n", "? ", ": ", "- ",
      "{", "}", "[", "]", ",", "\n", "\n  ", "\t", "---\n", "...\n", "'", "\"", "#", "|\n",
      ">-\n", "~", "\u0000", "\u0007", "\ufeff", "\ud800", "%YAML 1.1\n",
      "%TAG ! tag:example.com,2000:\n", "!!python/object:os.system ", "!reset ", "!!binary ",
      "component:", ":x", "a:b:c/d/e", "resource:default/", "dependsOn: [x]\n",
      "dependencyOf: [component:nowhere]\n", "kind: Component\n", "metadata: {name: x}\n",
      "dev.topology/severity: high\n", "dev.topology/dependencies: '[{'\n");

  @Provide
  Arbitrary<String> mutated() {
    Arbitrary<String> catalogs = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.of(CATALOGS)),
        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(0, 1_000_000)
            .map(seed -> BackstageWriter.write(RandomServices.topology(seed)).text())));
    return Combinators.combine(catalogs, Arbitraries.integers().between(0, 13),
            Arbitraries.longs(), Arbitraries.integers().between(1, 3))
        .as((yaml, mutation, seed, times) -> {
          Random random = new Random(seed);
          String text = yaml;
          for (int i = 0; i < times; i++) {
            text = mutate(text, i == 0 ? mutation : random.nextInt(14), random);
          }
          return text;
        });
  }

  // No edge cases: those of the mutation's parameters combine into more than its tries.
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void read_mutatedCatalog_readOrRefusedWithPlacedSentences(@ForAll("mutated") String yaml) {
    assertReadOrRefused(yaml);
  }

  @Property(tries = 200)
  void read_anyText_readOrRefusedWithPlacedSentences(@ForAll String text) {
    assertReadOrRefused(text);
  }

  /** Reading, strictly and with a default severity, ends in a topology or placed sentences. */
  static void assertReadOrRefused(String yaml) {
    for (BackstageReadOptions options : List.of(BackstageReadOptions.strict(),
        BackstageReadOptions.assuming(Severity.LOW))) {
      Throwable thrown = catchThrowable(() -> {
        BackstageImport read = BackstageReader.read(yaml, options);
        assertThat(read.topology()).isNotNull();
        assertThat(read.entities().keySet()).containsExactlyElementsOf(read.topology().names());
      });
      if (thrown == null) {
        continue;
      }
      assertThat(thrown).as(yaml).isInstanceOf(BackstageException.class);
      List<Problem> problems = ((BackstageException) thrown).problems();
      assertThat(problems).isNotEmpty();
      for (Problem problem : problems) {
        String line = problem.path().orElse("") + ": " + problem.message();
        assertThat(line).as(yaml).doesNotContainPattern("\\p{Cntrl}")
            .containsPattern("document \\d+")
            .doesNotContain("dev.topology.api.", "dev.topology.formats.", "org.yaml",
                "java.lang", "java.util");
        assertThat(problem.message()).as(line).matches("(?s)[\\p{L}'\"].*[.)?]");
      }
    }
  }

  /** One edit of kind {@code mutation} at a random place of {@code text}. */
  static String mutate(String text, int mutation, Random random) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = random.nextInt(text.length() + 1);
    int end = Math.min(text.length(), at + random.nextInt(40));
    int line = random.nextInt(lines.size());
    switch (mutation) {
      case 0:
        return text.substring(0, at) + text.substring(end);
      case 1:
        return text.substring(0, at) + pick(random, TOKENS) + text.substring(at);
      case 2:
        return text.substring(0, end) + text.substring(at, end) + text.substring(end);
      case 3:
        return text.substring(0, at) + pick(random, TOKENS) + text.substring(end);
      case 4: {
        // A value retyped: the text after the line's first ": " (or "- ") replaced.
        String l = lines.get(line);
        int colon = l.indexOf(": ");
        int dash = l.indexOf("- ");
        int cut = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : l.length();
        String value = pick(random, VALUES);
        String indent = " ".repeat(cut);
        lines.set(line, l.substring(0, cut) + value.replace("\n", "\n" + indent));
        return String.join("\n", lines);
      }
      case 5: {
        // A key renamed, or a line (and so its key) duplicated.
        String l = lines.get(line);
        int colon = l.indexOf(':');
        int start = l.length() - l.stripLeading().length();
        if (random.nextBoolean() && colon > start) {
          lines.set(line, l.substring(0, start) + pick(random, KEYS) + l.substring(colon));
        } else {
          lines.add(line, l);
        }
        return String.join("\n", lines);
      }
      case 6:
        return refs(text, random);
      case 7:
        return annotations(text, random);
      case 8:
        return documents(text, random);
      case 9: {
        // Deep nesting, flow or block, as a value.
        int depth = random.nextBoolean() ? 40 + random.nextInt(100) : 2000 + random.nextInt(5000);
        String nest = random.nextBoolean()
            ? "[".repeat(depth) + "]".repeat(depth)
            : "{a: ".repeat(depth) + "1" + "}".repeat(depth);
        if (random.nextBoolean()) {
          StringBuilder block = new StringBuilder("\n");
          for (int d = 1; d <= Math.min(depth, 300); d++) {
            block.append(" ".repeat(d)).append("k:\n");
          }
          nest = block.toString();
        }
        return text.substring(0, at) + nest + text.substring(at);
      }
      case 10:
        return text.substring(0, at) + "x".repeat(random.nextInt(200_000)) + text.substring(at);
      case 11: {
        // An anchor on one line's value, an alias of it on another.
        String l = lines.get(line);
        int colon = l.indexOf(": ");
        if (colon < 0) {
          return text;
        }
        lines.set(line, l.substring(0, colon + 2) + "&a " + l.substring(colon + 2));
        int other = random.nextInt(lines.size());
        String o = lines.get(other);
        int otherColon = o.indexOf(": ");
        if (otherColon >= 0) {
          lines.set(other, o.substring(0, otherColon + 2) + "*a");
        }
        return String.join("\n", lines);
      }
      case 12:
        return text.substring(0, at);
      default:
        return text.substring(0, at) + text.substring(random.nextInt(text.length() + 1));
    }
  }

  /** An entity reference made malformed. */
  private static String refs(String text, Random random) {
    List<String> bad = List.of("component:", ":x", "a:b:c/d/e", "component:a b", "component:ünï/cödé",
        "component:/", "component:a/", "COMPONENT:DEFAULT/X", "x", "", "resource:default/");
    int ref = text.indexOf("component:", random.nextInt(text.length() + 1));
    if (ref < 0) {
      ref = text.indexOf("resource:");
    }
    if (ref < 0) {
      return text;
    }
    int end = ref;
    while (end < text.length() && "\n,]'\"".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(0, ref) + pick(random, bad) + text.substring(end);
  }

  /** A {@code dev.topology/} annotation given broken JSON or a value of the wrong type. */
  private static String annotations(String text, Random random) {
    int start = text.indexOf("dev.topology/", random.nextInt(text.length() + 1));
    if (start < 0) {
      start = text.indexOf("dev.topology/");
    }
    if (start < 0) {
      return text;
    }
    int colon = text.indexOf(": ", start);
    int end = text.indexOf('\n', start);
    if (colon < 0 || end < 0 || colon > end) {
      return text;
    }
    return text.substring(0, colon + 2) + pick(random, VALUES) + text.substring(end);
  }

  /** Documents repeated, reordered or cut. */
  private static String documents(String text, Random random) {
    List<String> documents = new ArrayList<>(List.of(text.split("\n---\n", -1)));
    int i = random.nextInt(documents.size());
    switch (random.nextInt(3)) {
      case 0 -> documents.add(random.nextInt(documents.size() + 1), documents.get(i));
      case 1 -> Collections.shuffle(documents, random);
      default -> {
        String d = documents.get(i);
        documents.set(i, d.substring(0, random.nextInt(d.length() + 1)));
      }
    }
    return String.join("\n---\n", documents);
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
