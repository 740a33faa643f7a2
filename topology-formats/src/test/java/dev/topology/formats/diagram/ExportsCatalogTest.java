package dev.topology.formats.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.DependencyKind;
import dev.topology.api.Severity;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.blast.BlastRadius;
import dev.topology.graph.blast.ServiceBlast;
import dev.topology.graph.diff.Change;
import dev.topology.graph.diff.TopologyDiff;
import dev.topology.graph.lint.LintFinding;
import dev.topology.graph.lint.LintRule;
import dev.topology.graph.restart.RestartPlan;
import dev.topology.graph.rootcause.RootCause;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Restart plans, root causes, blast radii, lint, diffs and exports of the CircleCI Server 2.x
 * catalog, worked out by hand; see {@link CatalogScenarioTest} for the dependencies of the table.
 * Runtime interactions: picard-dispatcher to schedulerer, schedulerer to nomad_server,
 * nomad-metrics to nomad_server and telegraf, output-processor to mongo, shutdown-hook-poller to
 * frontend, vm-gc and vm-scaler to vm-service, contexts-service to contexts-vault, and
 * audit-log-service and output-processor to fileserved (without S3).
 */
class ExportsCatalogTest {
  private final TopologyGraph graph = TopologyGraph.of(CircleCiServer2.topology());

  @Test
  void exports_catalog_holdEveryServiceOnceAndQuoteOddNames() {
    String dot = Exports.dot(graph);
    String mermaid = Exports.mermaid(graph);
    for (String name : graph.topology().names()) {
      assertThat(dot).containsOnlyOnce("\n  \"" + name + "\";\n");
      assertThat(mermaid).containsOnlyOnce("\"" + name + "\"");
    }
    // 43 startup dependencies and 11 runtime interactions, plus the legend's two examples.
    assertThat(dot.split(" -> ", -1)).hasSize(43 + 11 + 2 + 1);
    // Ids by name order: frontend s13, nomad_server s17, shutdown-hook-poller s28,
    // tutum/logrotate s32.
    assertThat(mermaid).contains("\n  s32(\"tutum/logrotate\"):::medium\n",
        "\n  s17(\"nomad_server\"):::high\n", "\n  s28 -.-> s13\n");
  }

  @Test
  void exports_catalogWithS3_titleNamesTheDeployment() {
    // S3 for object storage: fileserved is left out, 38 services; no service externalized.
    TopologyGraph s3 = TopologyGraph.of(CircleCiServer2.topology(),
        CircleCiServer2.s3Deployment());
    String title = "Topology of 38 services (ldap=off, objectStorage=s3): ";
    assertThat(Exports.dot(s3)).startsWith("// " + title);
    assertThat(Exports.mermaid(s3)).startsWith("%% " + title);
  }

  /** A candidate as its services and how many services are also down with it. */
  private static String counted(RootCause cause) {
    return String.join(" + ", cause.services()) + " " + cause.alsoDownCount();
  }
}
