package dev.topology.formats.backstage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.ContainerState;
import dev.topology.api.Dependency;
import dev.topology.api.Observation;
import dev.topology.api.ObservedContainer;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import dev.topology.graph.impact.Impact;
import dev.topology.graph.rootcause.RootCauses;
import dev.topology.graph.startup.Phase;
import dev.topology.graph.triage.Triage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader on Backstage's own example catalog and on small hand-written files. */
class BackstageReaderTest {
  private static final String HEAD = "apiVersion: backstage.io/v1alpha1\n";

  private static String component(String name, String spec) {
    return "---\n" + HEAD + "kind: Component\nmetadata:\n  name: " + name + "\nspec:\n"
        + "  type: service\n  lifecycle: production\n  owner: team-a\n" + spec;
  }

  @Test
  void read_backstageExamples_componentsAndResourcesBecomeServices() {
    BackstageImport read = BackstageReader.read(Resources.text("backstage-examples.yaml"),
        BackstageReadOptions.assuming(Severity.MEDIUM));

    Topology topology = read.topology();
    assertThat(topology.names()).containsExactly("artist-lookup", "artists-db",
        "wayback-archive", "wayback-archive-ingestion", "wayback-archive-storage");
    assertThat(read.ignored()).containsExactly(Map.entry("Domain", 1), Map.entry("Location", 1),
        Map.entry("System", 1));
    assertThat(read.assumedSeverity()).containsExactlyElementsOf(topology.names());
    assertThat(topology.service("artist-lookup").dependencies())
        .containsExactly(Dependency.startup("artists-db"));
    assertThat(topology.service("artist-lookup").role()).isEqualTo("Artist Lookup");
    assertThat(topology.service("artists-db").labels()).containsExactly(
        Map.entry("dev.topology.backstage.kind", "resource"),
        Map.entry("dev.topology.backstage.type", "database"));
    assertThat(read.entities()).containsEntry("artists-db", "resource:default/artists-db");
  }

  @Test
  void analyses_onTheExampleCatalog_byComponentName() {
    TopologyGraph graph = TopologyGraph.of(BackstageReader.read(
        Resources.text("backstage-examples.yaml"),
        BackstageReadOptions.assuming(Severity.HIGH)).topology());

    // artist-lookup depends on artists-db: the database takes the component down.
    Impact impact = graph.impact(Phase.RUNTIME, "artists-db");
    assertThat(impact.affectedNames()).containsExactly("artist-lookup");

    RootCauses causes = graph.rootCauses(Phase.RUNTIME, "artist-lookup", "artists-db");
    assertThat(causes.best()).hasValueSatisfying(best ->
        assertThat(best.toString()).contains("artists-db"));

    Observation seen = Observation.of(
        ObservedContainer.of("artists-db", ContainerState.EXITED, 1),
        ObservedContainer.of("artist-lookup", ContainerState.RUNNING),
        ObservedContainer.of("wayback-archive", ContainerState.RUNNING),
        ObservedContainer.of("wayback-archive-storage", ContainerState.RUNNING),
        ObservedContainer.of("wayback-archive-ingestion", ContainerState.RUNNING));
    Triage triage = graph.triage(seen, Phase.RUNTIME);
    assertThat(triage.failed()).containsExactly("artists-db");
    assertThat(triage.atRisk()).containsExactly("artist-lookup");
  }

  @Test
  void read_dependencyOf_isTheInverseOfDependsOn() {
    String text = component("web", "")
        + "---\n" + HEAD + "kind: Resource\nmetadata:\n  name: db\nspec:\n  type: database\n"
        + "  owner: team-a\n  dependencyOf: ['component:web']\n";

    Topology topology = BackstageReader.read(text, BackstageReadOptions.assuming(Severity.LOW))
        .topology();

    assertThat(topology.service("web").dependencies()).containsExactly(Dependency.startup("db"));
  }

  @Test
  void read_namespaces_keptApartAndDefaultToTheEntitysOwn() {
    String text = component("api", "")
        + "---\n" + HEAD + "kind: Component\nmetadata:\n  name: api\n  namespace: payments\n"
        + "spec:\n  type: service\n  lifecycle: production\n  owner: team-b\n"
        + "---\n" + HEAD + "kind: Component\nmetadata:\n  name: web\n  namespace: payments\n"
        + "spec:\n  type: service\n  lifecycle: production\n  owner: team-b\n"
        + "  dependsOn: ['component:api', 'component:default/api']\n";

    Topology topology = BackstageReader.read(text, BackstageReadOptions.assuming(Severity.LOW))
        .topology();

    assertThat(topology.names()).containsExactly("api", "payments/api", "payments/web");
    assertThat(topology.service("payments/web").dependencies()).containsExactly(
        Dependency.startup("payments/api"), Dependency.startup("api"));
  }

  @Test
  void read_referencesCompareWithoutCase() {
    String text = component("Web", "  dependsOn: ['Component:Default/API']\n")
        + component("api", "");

    assertThat(BackstageReader.read(text, BackstageReadOptions.assuming(Severity.LOW)).topology()
        .service("Web").dependencies()).containsExactly(Dependency.startup("api"));
  }

  @Test
  void read_missingReferences_everyOneListed_orPlaceholders() {
    String text = component("web", "  dependsOn: ['component:api', 'resource:db']\n")
        + component("worker", "  dependsOn: ['resource:queue']\n");

    assertThatThrownBy(() -> BackstageReader.read(text,
        BackstageReadOptions.assuming(Severity.LOW)))
        .isInstanceOf(BackstageException.class)
        .hasMessage("2 problems:\n"
            + "- document 1 (component:default/web): The entity refers to 2 entities the file"
            + " does not have: component:default/api, resource:default/db; add them to the file,"
            + " or read it with missingAsExternal to keep them as external placeholders.\n"
            + "- document 2 (component:default/worker): The entity refers to an entity the file"
            + " does not have: resource:default/queue; add them to the file, or read it with"
            + " missingAsExternal to keep them as external placeholders.");

    BackstageImport read = BackstageReader.read(text, BackstageReadOptions.builder()
        .defaultSeverity(Severity.LOW).missingAsExternal(true).build());
    assertThat(read.placeholders()).containsExactly("api", "db", "queue");
    assertThat(read.topology().service("db").external()).isTrue();
    assertThat(TopologyGraph.of(read.topology()).startupPlan().toString()).contains("web");
  }

  @Test
  void read_withoutSeverity_refusedNamingEveryEntity() {
    String text = component("web", "") + component("api", "");

    assertThatThrownBy(() -> BackstageReader.read(text))
        .isInstanceOf(BackstageException.class)
        .hasMessage("2 problems:\n"
            + "- document 1 (component:default/web): The entity states no severity (annotation"
            + " dev.topology/severity); give a default severity to read it.\n"
            + "- document 2 (component:default/api): The entity states no severity (annotation"
            + " dev.topology/severity); give a default severity to read it.");
  }

  @Test
  void read_brokenEntities_everyProblemPlaced() {
    String text = component("web", "  dependsOn: ['api', {a: b}]\n")
        + component("web", "")
        + "---\n- a list\n"
        + "---\n" + HEAD + "kind: Component\nmetadata: {}\nspec: {}\n"
        + "---\nkind: Component\nmetadata:\n  name: x\n";

    BackstageException e = org.junit.jupiter.api.Assertions.assertThrows(
        BackstageException.class,
        () -> BackstageReader.read(text, BackstageReadOptions.assuming(Severity.LOW)));

    assertThat(e.problems()).extracting(p -> p.path().orElse("") + ": " + p.message())
        .containsExactly(
            "document 1 (component:default/web).spec.dependsOn[1]: An entity reference is text"
                + " such as component:default/web, not a mapping.",
            "document 2 (component:default/web): The entity component:default/web is also"
                + " defined in document 1; each entity may be defined once.",
            "document 3: A Backstage entity is a mapping with apiVersion, kind, metadata and"
                + " spec; this document is a list.",
            "document 4.metadata.name: The Component has no metadata.name; every Backstage"
                + " entity is named.",
            "document 5: The Component has no apiVersion; write apiVersion:"
                + " backstage.io/v1alpha1.",
            "document 1 (component:default/web).spec.dependsOn[0]: The reference 'api' has no"
                + " kind; Backstage requires one in this relation: write component:default/api"
                + " or resource:default/api.");
  }

  @Test
  void read_referenceWithoutKind_refusedAsBackstageDoes() {
    String text = component("web", "  dependsOn: ['api']\n") + component("api", "");

    assertThatThrownBy(() -> BackstageReader.read(text,
        BackstageReadOptions.assuming(Severity.LOW)))
        .hasMessage("document 1 (component:default/web).spec.dependsOn[0]: The reference 'api'"
            + " has no kind; Backstage requires one in this relation: write"
            + " component:default/api or resource:default/api.");
  }

  @Test
  void read_referencesToOtherKinds_droppedAndReported() {
    String text = component("web", "  dependsOn: ['api:default/orders', 'component:api']\n")
        + component("api", "");

    BackstageImport read = BackstageReader.read(text, BackstageReadOptions.assuming(Severity.LOW));

    assertThat(read.droppedReferences())
        .containsExactly("component:default/web -> api:default/orders");
    assertThat(read.topology().service("web").dependencies())
        .containsExactly(Dependency.startup("api"));
  }

  @Test
  void read_badAnnotations_reportedAtTheirKeys() {
    String text = "---\n" + HEAD + "kind: Component\nmetadata:\n  name: web\n  annotations:\n"
        + "    dev.topology/severity: SEVERE\n    dev.topology/lifecycle: daily\n"
        + "    dev.topology/labels: '[1]'\n    dev.topology/reliability: '200%'\n"
        + "    dev.topology/dependencies: '[{\"target\":\"component:default/web\","
        + "\"kind\":\"later\"}]'\nspec:\n  type: service\n  lifecycle: production\n"
        + "  owner: a\n";

    BackstageException e = org.junit.jupiter.api.Assertions.assertThrows(
        BackstageException.class, () -> BackstageReader.read(text));

    assertThat(e.problems()).extracting(p -> p.path().orElse(""))
        .containsExactly(
            "document 1 (component:default/web).metadata.annotations.dev.topology/dependencies[0]",
            "document 1 (component:default/web).metadata.annotations.dev.topology/severity",
            "document 1 (component:default/web).metadata.annotations.dev.topology/lifecycle",
            "document 1 (component:default/web).metadata.annotations.dev.topology/reliability",
            "document 1 (component:default/web).metadata.annotations.dev.topology/labels");
  }

  @Test
  void read_hostileText_refusedWithTheComposeReadersLimits() {
    assertThatThrownBy(() -> BackstageReader.read("a: !custom {}\n"))
        .isInstanceOf(BackstageException.class)
        .hasMessage("document 1.a: The tag !custom is not allowed; a Backstage catalog holds"
            + " plain mappings, lists and text.");
    assertThatThrownBy(() -> BackstageReader.read("a: !!java.lang.Object {}\n"))
        .isInstanceOf(BackstageException.class)
        .hasMessageContaining("Global tag is not allowed");
    assertThatThrownBy(() -> BackstageReader.read("a: [\n"))
        .isInstanceOf(BackstageException.class)
        .hasMessageStartingWith("document 1: The file is not valid YAML: ");
    assertThatThrownBy(() -> BackstageReader.read("a: 1\na: 2\n"))
        .isInstanceOf(BackstageException.class).hasMessageContaining("duplicate key");
    StringBuilder laughs = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      laughs.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        laughs.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      laughs.append("]\n");
    }
    assertThatThrownBy(() -> BackstageReader.read(laughs.toString()))
        .isInstanceOf(BackstageException.class).hasMessageContaining("billion laughs");
    assertThatThrownBy(() -> BackstageReader.read("x".repeat((8 << 20) + 1)))
        .isInstanceOf(BackstageException.class).hasMessageContaining("more than the limit");
    assertThatThrownBy(() -> BackstageReader.read("a: !reset x\n"))
        .isInstanceOf(BackstageException.class).hasMessageContaining("not allowed");
  }

  @Test
  void read_emptyAndOtherKindsOnly_emptyTopology() {
    BackstageImport read = BackstageReader.read("---\n---\n" + HEAD
        + "kind: Group\nmetadata:\n  name: team-a\nspec:\n  type: team\n");

    assertThat(read.topology().size()).isZero();
    assertThat(read.ignored()).containsExactly(Map.entry("Group", 1));
    assertThat(read.droppedReferences()).isEqualTo(List.of());
  }
}
