package dev.topology.examples;

import dev.topology.api.Observation;
import dev.topology.api.Topology;
import dev.topology.api.TopologyException;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.formats.docker.DockerPs;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.triage.RecoveryStep;
import dev.topology.graph.triage.TriageOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Triage from what is running: reads a file of {@code docker ps -a --format json} output taken on
 * the CircleCI services machine, and says what failed, why, and what to restart in which order.
 *
 * <pre>
 * docker ps -a --format json &gt; now.jsonl
 * java -cp examples/target/examples.jar dev.topology.examples.Triage now.jsonl
 * 10 services down, 1 root cause: postgres (HIGH). 1 more at risk. Restart: postgres, ...
 *   wave 0: restart postgres (exited (137))
 *   ...
 * </pre>
 *
 * <p>Exits 0 once answered, whatever the state; 2 for a mistake (no file, an unreadable file,
 * output that is not docker ps's, containers that are not the catalog's).
 */
public final class Triage {
  private Triage() {}

  /**
   * Triages one captured output.
   *
   * @param args the file of {@code docker ps -a --format json} output
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("Usage: Triage FILE   (the output of docker ps -a --format json)");
      System.exit(2);
    }
    try {
      Topology catalog = CircleCiServer2.topology();
      Observation seen = DockerPs.read(Files.readString(Path.of(args[0]),
          StandardCharsets.UTF_8), catalog);
      // The catalog is no Compose project: containers a Compose project created are not its.
      dev.topology.graph.triage.Triage triage = TopologyGraph.of(catalog)
          .triage(seen, TriageOptions.inferred().withoutProject());
      System.out.println(triage.summary());
      for (RecoveryStep step : triage.recovery()) {
        System.out.println("  wave " + step.wave() + ": " + step.action().word() + " "
            + step.service() + " (" + step.reason() + ")");
      }
      triage.notes().forEach(note -> System.out.println("  note: " + note));
    } catch (IOException | TopologyException e) {
      System.err.println(args[0] + ": " + e.getMessage());
      System.exit(2);
    }
  }
}
