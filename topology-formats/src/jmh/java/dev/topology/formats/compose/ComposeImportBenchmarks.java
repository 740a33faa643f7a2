package dev.topology.formats.compose;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Importing a generated Compose file against the floor: SnakeYAML, set up as the reader sets it
 * up, parsing the same text into plain maps. The import parses, checks the expansion, maps to
 * services and validates the topology; the ratio of the two is the reader's own cost.
 *
 * <p>The file: {@code services} services sharing an {@code x-defaults} block by a merge key, each
 * with an image, two labels, and {@code depends_on} on the five services before it (long form,
 * healthy, for the first, short form for the rest): 5 dependencies per service but for the first
 * five.
 *
 * <p>The merged case adds an override file that touches every service, as {@code docker compose
 * -f compose.yaml -f compose.override.yaml} merges it: a new image, one more label, and one more
 * short-form dependency (on the service six before it, appended to the file's own); its floor is
 * SnakeYAML parsing both files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ComposeImportBenchmarks {
  @Param({"1000", "10000"})
  int services;

  String yaml;
  String override;

  @Setup
  public void generate() {
    yaml = generated(services);
    override = override(services);
  }

  /** An override of every service of {@link #generated(int)}. */
  static String override(int count) {
    StringBuilder text = new StringBuilder(count * 90);
    text.append("services:\n");
    for (int i = 0; i < count; i++) {
      text.append("  s").append(i).append(":\n    image: registry.local/s").append(i)
          .append(":2\n    labels: {stage: prod}\n");
      if (i >= 6) {
        text.append("    depends_on: [s").append(i - 6).append("]\n");
      }
    }
    return text.toString();
  }

  /** A Compose file of {@code count} services, each depending on up to five before it. */
  static String generated(int count) {
    StringBuilder text = new StringBuilder(count * 160);
    text.append("x-defaults: &defaults\n  restart: unless-stopped\n  labels: {team: core}\n");
    text.append("services:\n");
    for (int i = 0; i < count; i++) {
      text.append("  s").append(i).append(":\n    <<: *defaults\n")
          .append("    image: registry.local/s").append(i).append(":${TAG:-1}\n")
          .append("    labels:\n      team: t").append(i % 50)
          .append("\n      dev.topology.severity: ").append(i % 3 == 0 ? "HIGH" : "LOW")
          .append('\n');
      if (i >= 5) {
        text.append("    depends_on:\n      s").append(i - 1)
            .append(":\n        condition: service_healthy\n");
        for (int k = 2; k <= 5; k++) {
          text.append("      s").append(i - k).append(": {}\n");
        }
      }
    }
    return text.toString();
  }

  @Benchmark
  public Object importTopology() {
    return ComposeReader.defaults().read(yaml);
  }

  @Benchmark
  public Object parseToMapsFloor() {
    return ComposeYaml.newParser().yaml().load(yaml);
  }

  @Benchmark
  public Object importMergedTopology() {
    return ComposeReader.defaults().read(List.of(ComposeFile.of("compose.yaml", yaml),
        ComposeFile.of("compose.override.yaml", override)));
  }

  @Benchmark
  public Object parseBothToMapsFloor() {
    return List.of(ComposeYaml.newParser().yaml().load(yaml),
        ComposeYaml.newParser().yaml().load(override));
  }
}
