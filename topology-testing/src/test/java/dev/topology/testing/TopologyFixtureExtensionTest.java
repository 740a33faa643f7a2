package dev.topology.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.graph.TopologyGraph;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Parameters marked {@link TopologyFixture}, resolved without any {@code @ExtendWith}. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TopologyFixtureExtensionTest {
  private static final AtomicReference<Topology> FIRST = new AtomicReference<>();

  @Test
  @Order(1)
  void composeFile_resolvesATopology(@TopologyFixture("kit/compose/stack.yml") Topology stack) {
    assertThat(stack.names()).containsExactlyInAnyOrder("api", "db", "web");
    assertThat(stack.service("api").severity()).isEqualTo(Severity.HIGH);
    FIRST.set(stack);
  }

  @Test
  @Order(2)
  void theSameFile_inTheSameClass_isReadOnce(
      @TopologyFixture("kit/compose/stack.yml") Topology again,
      @TopologyFixture("kit/compose/stack.yml") Topology twice) {
    assertThat(again).isSameAs(FIRST.get()).isSameAs(twice);
  }

  @Test
  @Order(3)
  void graphs_areBuiltOnce_fromJsonOrCompose(
      @TopologyFixture("kit/topologies/shop.json") TopologyGraph shop,
      @TopologyFixture("kit/topologies/shop.json") TopologyGraph same,
      @TopologyFixture("kit/compose/other/plain.yaml") TopologyGraph plain) {
    assertThat(shop.prerequisites("api")).containsExactly("db");
    assertThat(same).isSameAs(shop);
    assertThat(plain.startupPlan().waves()).containsExactly(List.of("cache"), List.of("worker"));
  }

  @Test
  @Order(4)
  void unresolvableParameters_failWithTheParameterTheFileAndWhatIsAllowed() {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(FixtureParameterCases.class)).build(), listener);
    TestExecutionSummary summary = listener.getSummary();
    Map<String, Throwable> failures = new TreeMap<>();
    summary.getFailures().forEach(f -> failures.put(f.getTestIdentifier().getDisplayName()
        .replaceAll("\\(.*", ""), f.getException()));

    assertThat(failures).containsOnlyKeys("wrongType", "unknownExtension", "missing", "broken",
        "cyclic");
    assertThat(failures.values()).allMatch(e -> e instanceof ParameterResolutionException);
    assertThat(failures.get("wrongType")).hasMessage("Cannot resolve parameter 0 of"
        + " FixtureParameterCases.wrongType from @TopologyFixture(\"kit/compose/stack.yml\"):"
        + " it is of type java.lang.String; @TopologyFixture gives a parameter of type Topology"
        + " or TopologyGraph.");
    assertThat(failures.get("unknownExtension")).hasMessage("Cannot resolve parameter 0 of"
        + " FixtureParameterCases.unknownExtension from"
        + " @TopologyFixture(\"kit/compose/stack.txt\"): the file's name ends with none of"
        + " .json, .yml, .yaml; @TopologyFixture reads a Compose file (.yml, .yaml) or a"
        + " topology's JSON (.json).");
    assertThat(failures.get("missing")).hasMessageStartingWith("Cannot resolve parameter 0 of"
        + " FixtureParameterCases.missing from @TopologyFixture(\"kit/compose/nothing.yml\"):"
        + " There is no class-path resource 'kit/compose/nothing.yml'")
        .hasCauseInstanceOf(IllegalArgumentException.class);
    assertThat(failures.get("broken")).hasMessageContaining("kit/compose/broken.yml")
        .hasMessageContaining("dbb")
        .hasCauseInstanceOf(dev.topology.formats.compose.ComposeFileException.class);
    assertThat(failures.get("cyclic")).hasMessageContaining("its topology has no engine")
        .hasMessageContaining("api").hasMessageContaining("db");
  }
}
