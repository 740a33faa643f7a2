package dev.topology.graph;

import static dev.topology.graph.Fixtures.graph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Deployment;
import dev.topology.api.NoSuchServiceException;
import dev.topology.api.Setting;
import dev.topology.api.SettingCondition;
import org.junit.jupiter.api.Test;

class PrerequisitesTest {

  /*
   *   web ──► api ──► db
   *    │       └────► logs
   *    └──► cdn          poller ~~► web (runtime only)
   */
  private final TopologyGraph graph =
      graph("web>api", "web>cdn", "api>db", "api>logs", "poller~>web");

  @Test
  void prerequisites_top_listsEverythingBelowInStartupOrder() {
    assertThat(graph.prerequisites("web")).containsExactly("cdn", "db", "logs", "api");
  }

  @Test
  void prerequisites_leaf_isEmpty() {
    assertThat(graph.prerequisites("db")).isEmpty();
  }

  @Test
  void prerequisites_runtimeInteraction_isNoPrerequisite() {
    assertThat(graph.prerequisites("poller")).isEmpty();
  }

  @Test
  void dependents_leaf_listsWhoNeedsItInStartupOrder() {
    assertThat(graph.dependents("db")).containsExactly("api", "web");
    assertThat(graph.dependents("web")).isEmpty();
  }

  @Test
  void prerequisites_externalService_comeFirstAndEndTheSearch() {
    //   api ──► db (external) ──► disk   : db's own needs are met wherever it runs
    var topology = Fixtures.externalizable(Fixtures.topology("api>db", "db>disk", "api>cache"),
        "db");
    var external = TopologyGraph.of(topology, Deployment.builder().addExternalized("db").build());
    assertThat(external.prerequisites("api")).containsExactly("db", "cache");
    assertThat(external.prerequisites("db")).isEmpty();
    assertThat(external.dependents("disk")).isEmpty();
  }

  @Test
  void prerequisites_unknownOrNullName_throws() {
    assertThatThrownBy(() -> graph.prerequisites("wbe"))
        .isInstanceOf(NoSuchServiceException.class)
        .hasMessage("No service is named 'wbe'. Did you mean 'web'?");
    assertThatThrownBy(() -> graph.dependents(null))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("A service name passed to dependents is null.");
  }

  @Test
  void prerequisites_serviceAbsentInDeployment_saysWhenItIsPresent() {
    var topology = Fixtures.topology("api>db", "files").toBuilder()
        .setting(Setting.of("storage", "files", "bucket")).build()
        .withService("files", s -> s.toBuilder()
            .presentWhen(SettingCondition.when("storage", "files")).build());
    var bucket = TopologyGraph.of(topology, Deployment.defaults().with("storage", "bucket"));
    assertThatThrownBy(() -> bucket.prerequisites("files"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage(
            "Service 'files' is absent in this deployment; it is present when storage is files.");
  }
}
