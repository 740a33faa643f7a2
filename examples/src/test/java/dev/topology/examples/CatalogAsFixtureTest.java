package dev.topology.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Service;
import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.catalog.CircleCiServer2;
import dev.topology.graph.TopologyGraph;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * Another team's unit test that takes the catalog as its fixture: a realistic topology in one
 * line, a variant of it in three.
 *
 * <p>The code under test is that team's own: a maintenance planner that stops services in the
 * reverse of their startup order, and skips what runs outside the installation. Beyond the
 * catalog, the testing kit's {@code @ForAll TopologyGraph} tries it on random installations.
 */
class CatalogAsFixtureTest {

  /** The other team's code: the order in which to stop an installation's services. */
  static List<String> stopOrder(TopologyGraph installation) {
    List<String> order = new ArrayList<>(installation.startupPlan().order());
    Collections.reverse(order);
    return order;
  }

  @Test
  void stopOrder_catalog_stopsEachServiceBeforeWhatItNeeds() {
    TopologyGraph installation = TopologyGraph.of(CircleCiServer2.topology());

    List<String> order = stopOrder(installation);

    // api-service is alone in the last startup wave, so it stops first.
    assertThat(order).hasSize(39).first().isEqualTo("api-service");
    for (String service : order) {
      for (String prerequisite : installation.prerequisites(service)) {
        assertThat(order.indexOf(service)).isLessThan(order.indexOf(prerequisite));
      }
    }
  }

  @Test
  void stopOrder_externalPostgres_isNotStoppedByUs() {
    TopologyGraph installation = TopologyGraph.of(CircleCiServer2.topology(),
        CircleCiServer2.defaultDeployment().toBuilder().addExternalized("postgres").build());

    assertThat(stopOrder(installation)).hasSize(38).doesNotContain("postgres");
  }

  @Test
  void stopOrder_variantWithACacheOnTheApiAndNoExim_stopsTheCacheBeforeTheApi() {
    Topology variant = CircleCiServer2.topology()
        .withService(Service.of("api-cache", Severity.LOW, "api-service"))
        .withoutService("exim");

    List<String> order = stopOrder(TopologyGraph.of(variant));

    assertThat(order).hasSize(39).doesNotContain("exim");
    assertThat(order.indexOf("api-cache")).isLessThan(order.indexOf("api-service"));
  }

  @Property(tries = 200)
  void stopOrder_anyTopology_stopsEachServiceBeforeWhatItNeedsAndOnlyWhatRunsInside(
      @ForAll TopologyGraph installation) {
    List<String> order = stopOrder(installation);

    assertThat(order).noneMatch(service -> installation.topology().service(service).external());
    for (String service : order) {
      for (String prerequisite : installation.prerequisites(service)) {
        if (!installation.topology().service(prerequisite).external()) {
          assertThat(order.indexOf(service)).as("%s needs %s", service, prerequisite)
              .isLessThan(order.indexOf(prerequisite));
        }
      }
    }
  }

  @Test
  void fixture_misspelledName_failsWithASuggestion() {
    assertThatThrownBy(() -> CircleCiServer2.topology().service("vault-ci"))
        .isInstanceOf(NoSuchServiceException.class)
        .hasMessage("No service is named 'vault-ci'. Did you mean 'vault-cci'?");
  }
}
