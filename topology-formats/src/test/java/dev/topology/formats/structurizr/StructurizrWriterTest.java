package dev.topology.formats.structurizr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.structurizr.Workspace;
import com.structurizr.dsl.StructurizrDslParser;
import com.structurizr.model.Container;
import com.structurizr.model.Relationship;
import com.structurizr.model.SoftwareSystem;
import com.structurizr.view.ContainerView;
import com.structurizr.view.ElementStyle;
import dev.topology.api.Dependency;
import dev.topology.api.DependencyKind;
import dev.topology.api.Deployment;
import dev.topology.api.Lifecycle;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.formats.backstage.RandomServices;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The Structurizr DSL writer, checked with Structurizr's own parser: the model it builds has a
 * container per service and a relationship per dependency, tagged and styled by severity.
 */
class StructurizrWriterTest {
  static Workspace parse(String dsl) {
    StructurizrDslParser parser = new StructurizrDslParser();
    try {
      parser.parse(dsl);
    } catch (Exception e) {
      throw new AssertionError("Structurizr's parser refused the text: " + e.getMessage(), e);
    }
    return parser.getWorkspace();
  }

  static String golden(String name) {
    try (InputStream in = StructurizrWriterTest.class.getResourceAsStream("/structurizr/"
        + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The description the writer's contract gives a dependency, restated from its javadoc. */
  private static String expected(Dependency d, Service target) {
    if (d.kind() == DependencyKind.RUNTIME) {
      return d.required() ? "talks to" : "talks to, optional";
    }
    return !d.required() ? "optional"
        : target.lifecycle() == Lifecycle.LONG_RUNNING ? "requires" : "startup only";
  }

  /** "source -> destination: description", for every dependency of the resolved topology. */
  private static List<String> edges(Topology resolved) {
    return resolved.services().stream().flatMap(s -> s.dependencies().stream().map(d -> {
      Service target = resolved.service(d.target());
      return s.name() + " -> " + target.name() + ": " + expected(d, target);
    })).sorted().toList();
  }

  private static List<String> edges(Collection<Relationship> relationships) {
    return relationships.stream().map(r -> r.getSource().getName() + " -> "
        + r.getDestination().getName() + ": " + r.getDescription()).sorted().toList();
  }

  @Test
  void write_catalog_givesTheGoldenFile_whichParsesToTheCatalog() {
    StructurizrExport export = StructurizrWriter.write(CircleCiServer2.topology(),
        StructurizrOptions.named("CircleCI Server"));
    assertThat(export.text()).isEqualTo(golden("catalog.dsl"));
    assertThat(export.identifiers())
        .containsExactly(Map.entry("tutum/logrotate", "tutum_logrotate"));

    Topology resolved = CircleCiServer2.topology().resolve(Deployment.defaults());
    Workspace workspace = parse(golden("catalog.dsl"));
    SoftwareSystem system = workspace.getModel().getSoftwareSystemWithName("CircleCI Server");
    assertThat(workspace.getModel().getSoftwareSystems()).hasSize(1);
    assertThat(system.getContainers()).hasSize(resolved.size());
    for (Service service : resolved.services()) {
      Container container = system.getContainerWithName(service.name());
      assertThat(container.getDescription()).isEqualTo(service.role());
      assertThat(container.getTechnology()).isEqualTo(service.image().orElse(""));
      assertThat(container.getTagsAsSet()).contains(service.severity() + " severity");
    }
    assertThat(system.getContainerWithName("ready-agent").getTagsAsSet())
        .contains("needed only at startup", "startup gate");
    assertThat(system.getContainerWithName("mongodb-upgrader").getTagsAsSet())
        .contains("one-shot task");

    assertThat(edges(workspace.getModel().getRelationships())).isEqualTo(edges(resolved));
    Relationship runtime = workspace.getModel().getRelationships().stream()
        .filter(r -> r.getDescription().equals("talks to")).findFirst().orElseThrow();
    assertThat(runtime.getTagsAsSet()).contains("runtime");

    Collection<ContainerView> views = workspace.getViews().getContainerViews();
    assertThat(views).hasSize(1);
    ContainerView view = views.iterator().next();
    assertThat(view.getSoftwareSystem()).isSameAs(system);
    assertThat(view.getAutomaticLayout()).isNotNull();
    assertThat(view.getElements()).hasSize(resolved.size());
    Map<String, String> fills = workspace.getViews().getConfiguration().getStyles()
        .getElements().stream().filter(s -> s.getBackground() != null)
        .collect(Collectors.toMap(ElementStyle::getTag, ElementStyle::getBackground,
            (a, b) -> a, TreeMap::new));
    // The DOT and Mermaid pictures' colours: green LOW, amber MEDIUM, red HIGH.
    assertThat(fills).containsExactly(Map.entry("HIGH severity", "#f4cccc"),
        Map.entry("LOW severity", "#d9ead3"), Map.entry("MEDIUM severity", "#fff2cc"));
  }

  @Test
  void write_namesTheDslRefuses_identifiersMadeAndReported() {
    Topology topology = Topology.of(
        Service.builder().name("model").severity(Severity.LOW)
            .role("Says \"hello\"\nover two lines \\ with a backslash \\\" and one last \\")
            .addDependencies(Dependency.startup("lib/a:1")).build(),
        Service.of("lib/a:1", Severity.HIGH, "lib_a_1"),
        Service.of("lib_a_1", Severity.MEDIUM),
        Service.of("Lib-A-1", Severity.LOW));

    StructurizrExport export = StructurizrWriter.write(topology);

    assertThat(export.identifiers()).containsExactly(Map.entry("lib/a:1", "lib_a_1_2"),
        Map.entry("model", "s_model"));
    SoftwareSystem system = parse(export.text()).getModel().getSoftwareSystemWithName(
        "Services");
    assertThat(system.getContainerWithName("model").getDescription())
        .isEqualTo("Says \"hello\" over two lines \\ with a backslash \\ \" and one last \\ ");
    assertThat(system.getContainers()).extracting(Container::getName)
        .containsExactlyInAnyOrder("model", "lib/a:1", "lib_a_1", "Lib-A-1");
  }

  @Test
  void options_blankName_refused() {
    assertThatThrownBy(() -> StructurizrOptions.named(" "))
        .isInstanceOf(StructurizrException.class)
        .hasMessage("A Structurizr software system needs a name on one line, not ' '.");
  }

  @Property(tries = 60)
  void write_randomTopologies_parseToOneContainerPerServiceAndEdgePerDependency(
      @ForAll long seed) {
    Topology topology = RandomServices.topology(seed);
    Topology resolved = topology.resolve(Deployment.defaults());

    Workspace workspace = parse(StructurizrWriter.write(topology).text());

    SoftwareSystem system = workspace.getModel().getSoftwareSystemWithName("Services");
    assertThat(system.getContainers()).extracting(Container::getName)
        .containsExactlyInAnyOrderElementsOf(resolved.names());
    assertThat(edges(workspace.getModel().getRelationships())).isEqualTo(edges(resolved));
  }
}
