package dev.topology.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.catalog.CircleCiServer2;
import dev.topology.formats.diagram.Exports;
import dev.topology.graph.TopologyGraph;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The picture in docs/startup-graph.md is the engine's Mermaid export of the bundled
 * catalog, byte for byte, and small enough for the renderers of code hosts.
 */
class ReadmeGraphTest {
  private static final Path README = Path.of("..", "docs", "startup-graph.md");
  private static final String OPEN = "```mermaid\n";
  private static final String CLOSE = "```\n";

  /** Mermaid's default limits on the text it renders and on its number of edges. */
  private static final int MAX_TEXT_SIZE = 50_000;
  private static final int MAX_EDGES = 500;

  private static String picture() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int section = readme.indexOf("# Startup graph");
    assertThat(section).as("a heading '# Startup graph' in %s", README).isNotNegative();
    int end = readme.indexOf("\n## ", section + 1);
    String text = readme.substring(section, end < 0 ? readme.length() : end);
    int open = text.indexOf(OPEN);
    assertThat(open).as("a ```mermaid block in the section").isNotNegative();
    int close = text.indexOf("\n" + CLOSE, open);
    assertThat(close).as("the end of the ```mermaid block").isNotNegative();
    assertThat(text.indexOf(OPEN, close)).as("one ```mermaid block in the section").isNegative();
    return text.substring(open + OPEN.length(), close + 1);
  }

  @Test
  void startupGraph_isTheExportOfTheCatalogInTheDefaultDeployment() throws IOException {
    String export = Exports.mermaid(TopologyGraph.of(CircleCiServer2.topology()));
    assertThat(picture())
        .as("the picture of docs/startup-graph.md; paste the output of 'topology graph --format mermaid' there")
        .isEqualTo(export);
  }

  @Test
  void startupGraph_fitsTheRenderersDefaultLimits() throws IOException {
    String picture = picture();
    long edges = picture.lines()
        .filter(line -> line.contains("-->") || line.contains("-.->") || line.contains("==>"))
        .count();
    assertThat(picture.length()).isLessThan(MAX_TEXT_SIZE);
    assertThat(edges).isPositive().isLessThan(MAX_EDGES);
    assertThat(picture.lines().filter(line -> !line.startsWith("%%")).findFirst())
        .hasValue("flowchart BT");
  }
}
