package dev.topology.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs {@code examples/tour.jsh} through the JShell API, snippet by snippet as the jshell tool
 * splits a script, so that the tour cannot drift from the library. A snippet that does not
 * compile or throws fails the test.
 */
class TourScriptTest {
  private static final Path SCRIPT = Path.of("tour.jsh");

  @Test
  void tour_runsEverySnippetAndShowsTheSuggestion() throws IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    try (JShell shell = JShell.builder().out(out).err(out).build()) {
      libraryClassPath().forEach(shell::addToClasspath);
      for (String snippet : snippets(shell, Files.readString(SCRIPT))) {
        for (SnippetEvent event : shell.eval(snippet)) {
          if (event.status() == Snippet.Status.REJECTED) {
            fail("The tour's snippet does not compile: " + snippet + "\n"
                + diagnostics(shell, event.snippet()));
          }
          if (event.exception() != null) {
            fail("The tour's snippet throws: " + snippet + "\n" + event.exception());
          }
        }
      }
    }
    assertThat(output.toString(StandardCharsets.UTF_8))
        .contains("Topology[39 services: api-service,")
        .contains("Service[contexts-vault aka vault-cci (image vault-cci), MEDIUM, long-running,"
            + " externalizable, labels {dev.topology.backstage.kind=resource,"
            + " dev.topology.backstage.type=secret-store}]")
        .contains("StartupPlan[39 services in 5 waves")
        .contains("Impact[STARTUP failure of postgres (HIGH): 15 services affected (worst HIGH)")
        .contains("No service is named 'fronted'. Did you mean 'frontend'?\n"
            + "suggestions: [frontend]\n")
        .contains("RestartPlan[after postgres: 10 services in 3 waves\n"
            + "  wave 0: frontend, shutdown-hook-poller\n")
        .contains("RootCauses[RUNTIME failure of api-service, cron-service: 2 candidates\n"
            + "  1. frontend (8 also down: ")
        .contains("TopologyGraph[38 services (1 external)")
        .contains("TopologyDiff[services removed (1):\n  fileserved\n"
            + "severity changes (1):\n  federation-service: MEDIUM -> HIGH\n")
        // 9 HIGH services need 12; 11 at 99.9% and postgres at 129600/129615 (a 90-day MTTF,
        // a 15-minute repair): 0.999^11 * 0.99988427 = 0.98889... With no start durations,
        // every wave of the restart is instant: all back at the repair.
        .contains("HIGH or worse: 98.89%")
        .contains("(9 services, depending on 12)")
        .contains("Recovery[after postgres: repaired at 15m, all back at 15m, all at risk\n"
            + "  wave 0 at 15m for 0s: [frontend, shutdown-hook-poller]\n");
  }

  /** The script cut into complete snippets, as the jshell tool cuts a file it loads. */
  private static List<String> snippets(JShell shell, String script) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    List<String> snippets = new ArrayList<>();
    String rest = script;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      if (!info.completeness().isComplete()) {
        fail("The tour ends in an incomplete snippet: " + rest);
      }
      snippets.add(info.source());
      rest = info.remaining();
    }
    return snippets;
  }

  private static String diagnostics(JShell shell, Snippet snippet) {
    StringBuilder text = new StringBuilder();
    shell.diagnostics(snippet).map(Diag::toString).forEach(d -> text.append(d).append('\n'));
    return text.toString();
  }

  /** Where the library and its dependencies are: what the shaded jar holds. */
  private static Set<String> libraryClassPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> type : List.of(Topology.class, CircleCiServer2.class, TopologyGraph.class,
        org.jgrapht.Graph.class, ObjectMapper.class, tools.jackson.core.JsonParser.class,
        com.fasterxml.jackson.annotation.JsonInclude.class)) {
      try {
        entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return entries;
  }
}
