package dev.topology.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.topology.api.Severity;
import dev.topology.api.Topology;
import dev.topology.formats.compose.ComposeFileException;
import dev.topology.formats.compose.ComposeProject;
import dev.topology.graph.TopologyGraph;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Compose files and topology JSON read from the test class path. */
class ResourceFixturesTest {

  @Test
  void compose_readsTheFile_withExtendsFromTheClassPath_andDotEnvVariables() {
    Topology stack = Fixtures.compose("kit/compose/stack.yml");

    assertThat(stack.names()).containsExactlyInAnyOrder("api", "db", "web");
    // dev.topology.severity: HIGH comes only from common.yml, through extends.
    assertThat(stack.service("api").severity()).isEqualTo(Severity.HIGH);
    assertThat(stack.service("web").severity()).isEqualTo(Severity.MEDIUM);
    // TAG and PG_VERSION come only from the .env beside the file.
    assertThat(stack.service("api").image()).contains("shop/api:1.4");
    assertThat(stack.service("web").image()).contains("shop/web:1.4");
    assertThat(stack.service("db").image()).contains("postgres:16");
    assertThat(TopologyGraph.of(stack).startupPlan().waves())
        .containsExactly(List.of("db"), List.of("api"), List.of("web"));
  }

  @Test
  void composeProject_keepsTheProjectNameAndFiles() {
    ComposeProject project = Fixtures.composeProject("/kit/compose/stack.yml");

    assertThat(project.name()).contains("shop");
    assertThat(project.files()).contains("kit/compose/stack.yml", "kit/compose/common.yml");
  }

  @Test
  void compose_withoutDotEnvInItsFolder_usesTheFilesDefaults() {
    Topology plain = Fixtures.compose("kit/compose/other/plain.yaml");

    assertThat(plain.service("worker").image()).contains("shop/worker:dev");
  }

  @Test
  void compose_include_readsTheIncludedFileFromTheClassPath() {
    Topology stack = Fixtures.compose("kit/compose/with-include.yml");

    assertThat(stack.names()).containsExactlyInAnyOrder("api", "cache", "worker");
    assertThat(stack.service("api").image()).contains("shop/api:1.4");
    assertThat(TopologyGraph.of(stack).startupPlan().waves())
        .containsExactly(List.of("cache"), List.of("worker"), List.of("api"));
  }

  @Test
  void resources_withoutAContextClassLoader_comeFromTheKits() {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(null);
    try {
      assertThat(Fixtures.json("kit/topologies/shop.json").size()).isEqualTo(2);
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void compose_missingResource_namesItAndWhereItWasLookedFor() {
    assertThatThrownBy(() -> Fixtures.compose("kit/compose/nothing.yml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("There is no class-path resource 'kit/compose/nothing.yml' for a Compose"
            + " file; looked for it with the thread's context class loader and the testing"
            + " kit's class loader. Put the file under src/test/resources/kit/compose/nothing.yml"
            + " (or another folder of the test class path) and give its path from there.");
  }

  @Test
  void compose_readersErrors_passThroughUnchanged() {
    assertThatThrownBy(() -> Fixtures.compose("kit/compose/broken.yml"))
        .isExactlyInstanceOf(ComposeFileException.class)
        .hasMessageContaining("dbb")
        .hasMessageContaining("'db'");
  }

  @Test
  void compose_extendsAFileNotOnTheClassPath_isTheReadersError() {
    assertThatThrownBy(() -> Fixtures.compose("kit/compose/missing-extends.yml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining("nowhere.yml");
  }

  @Test
  void compose_extendsAFileOutsideTheClassPathRoot_isRefused() {
    assertThatThrownBy(() -> Fixtures.compose("kit/compose/escapes.yml"))
        .isInstanceOf(ComposeFileException.class)
        .hasMessageContaining("leaves the class path's root folder");
  }

  @Test
  void compose_blankOrNullResource_isRefused() {
    assertThatThrownBy(() -> Fixtures.compose(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A Compose file is read from a class-path resource, such as"
            + " \"compose/stack.yml\", not blank text.");
    assertThatThrownBy(() -> Fixtures.json(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A topology's JSON is read from a class-path resource, such as"
            + " \"compose/stack.yml\", not null.");
  }

  @Test
  void json_readsTheLibrarysFormat() {
    Topology shop = Fixtures.json("kit/topologies/shop.json");

    assertThat(shop.names()).containsExactlyInAnyOrder("api", "db");
    assertThat(TopologyGraph.of(shop).prerequisites("api")).containsExactly("db");
  }

  @Test
  void resources_comeFromTheContextClassLoaderFirst() throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    URL root = getClass().getResource("/kit/topologies/");
    try (URLClassLoader other = new URLClassLoader(new URL[] {new URL(root, "../compose/")},
        null)) {
      thread.setContextClassLoader(other);
      // Only the context class loader has "other/plain.yaml" at its root.
      assertThat(Fixtures.compose("other/plain.yaml").names())
          .containsExactlyInAnyOrder("cache", "worker");
      // The kit's own class loader still finds what the context one does not.
      assertThat(Fixtures.json("kit/topologies/shop.json").size()).isEqualTo(2);
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
