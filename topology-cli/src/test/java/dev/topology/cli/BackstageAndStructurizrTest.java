package dev.topology.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.topology.api.Deployment;
import dev.topology.api.Topology;
import dev.topology.api.json.TopologyJson;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.formats.backstage.BackstageOptions;
import dev.topology.formats.backstage.BackstageWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export --format backstage|structurizr}, and {@code --backstage FILE} as a source.
 *
 * <p>The small catalog the source tests read:
 *
 * <pre>
 *   web --&gt; api --&gt; db (a Resource)       payments (a System: no service)
 * </pre>
 */
class BackstageAndStructurizrTest {
  private static final String CATALOG = """
      apiVersion: backstage.io/v1alpha1
      kind: Component
      metadata:
        name: web
      spec: {type: website, lifecycle: production, owner: team-a,
             dependsOn: ['component:api']}
      ---
      apiVersion: backstage.io/v1alpha1
      kind: Component
      metadata:
        name: api
      spec: {type: service, lifecycle: production, owner: team-a, dependsOn: ['resource:db']}
      ---
      apiVersion: backstage.io/v1alpha1
      kind: Resource
      metadata:
        name: db
      spec: {type: database, owner: team-a}
      ---
      apiVersion: backstage.io/v1alpha1
      kind: System
      metadata:
        name: payments
      spec: {owner: team-a}
      """;

  @TempDir
  Path dir;

  @Test
  void exportBackstage_catalog_isTheLibrarysTextAndSaysTheRename() {
    Cli.Result result = Cli.run("export", "--format", "backstage", "--owner", "team-platform",
        "--system", "circleci-server");

    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(BackstageWriter.write(CircleCiServer2.topology(),
        BackstageOptions.builder().owner("team-platform").system("circleci-server").build())
        .text());
    assertThat(result.err()).isEqualTo("topology: The service 'tutum/logrotate' is the"
        + " Backstage entity 'tutum-logrotate': Backstage names are letters and digits"
        + " separated by one of - _ .\n");
  }

  @Test
  void exportBackstage_readBack_isTheResolvedCatalog() {
    Path file = Cli.write(dir, "catalog-info.yaml",
        Cli.run("export", "--format", "backstage", "--s3").out());

    Cli.Result back = Cli.run("export", "--backstage", file.toString());

    Deployment s3 = Deployment.defaults().with("objectStorage", "s3");
    assertThat(back.err()).isEmpty();
    assertThat(back.out()).isEqualTo(TopologyJson.write(Topology.of(List.of(),
        CircleCiServer2.topology().resolve(s3).services()).canonical()) + "\n");
  }

  @Test
  void exportStructurizr_namedSystem_andIdentifierOnStandardError() {
    Cli.Result result = Cli.run("export", "--format", "structurizr", "--system",
        "CircleCI Server");

    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("workspace \"CircleCI Server\" ")
        .contains("tutum_logrotate = container \"tutum/logrotate\"")
        .contains("frontend -> postgres \"requires\"");
    assertThat(result.err()).isEqualTo("topology: The service 'tutum/logrotate' has the"
        + " Structurizr identifier 'tutum_logrotate': identifiers are letters, digits, - and _,"
        + " and not keywords.\n");
  }

  @Test
  void exportJson_withBackstageOption_refused() {
    Cli.Result result = Cli.run("export", "--owner", "team-a");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).startsWith("topology: --owner applies to --format backstage.\n");
  }

  @Test
  void exportBackstage_asJson_holdsTextAndRenames() {
    Cli.Result result = Cli.run("export", "--format", "backstage", "--json");

    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("\"format\" : \"BACKSTAGE\"")
        .contains("\"tutum/logrotate\" : \"tutum-logrotate\"");
  }

  @Test
  void backstageSource_withDefaultSeverity_answersAndSaysWhatItAssumed() {
    Path file = Cli.write(dir, "catalog-info.yaml", CATALOG);

    Cli.Result impact = Cli.run("impact", "db", "--backstage", file.toString(),
        "--default-severity", "high", "--json");

    assertThat(impact.code()).isZero();
    assertThat(impact.out()).contains("\"api\"").contains("\"web\"");
    assertThat(impact.err()).isEqualTo("topology: 3 services of '" + file + "' state no"
        + " severity and took high: api, db, web.\n"
        + "topology: '" + file + "' also holds entities of other kinds, which carry no"
        + " dependencies: 1 System.\n");
  }

  @Test
  void backstageSource_withoutSeverity_refusedNamingEveryEntity() {
    Cli.Result result = Cli.runWithInput(CATALOG, "plan", "--backstage", "-");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("topology: standard input: 3 problems:\n"
        + "- document 1 (component:default/web): The entity states no severity (annotation"
        + " dev.topology/severity); give a default severity to read it.\n");
  }

  @Test
  void backstageSource_withTopology_refused() {
    Path file = Cli.write(dir, "catalog-info.yaml", CATALOG);

    Cli.Result result = Cli.run("plan", "--backstage", file.toString(), "--topology",
        file.toString());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: --backstage and --topology both name a"
        + " topology; give one of them.\n");
  }

  @Test
  void defaultSeverity_withoutBackstage_refused() {
    Cli.Result result = Cli.run("plan", "--default-severity", "low");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("topology: --default-severity applies to a Backstage"
        + " catalog; give it with --backstage FILE.\n");
  }
}
